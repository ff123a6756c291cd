import Fields
import Limbs

/// A point of G1 (over Fp).
public typealias G1Projective = JacobianPoint<G1>
/// A point of G2 (over Fp2).
public typealias G2Projective = JacobianPoint<G2>

/// A point of y² = x³ + b in Jacobian coordinates: (X, Y, Z) stands for (X/Z², Y/Z³), and Z = 0 is the identity.
///
/// Jacobian rather than homogeneous coordinates because their doubling and mixed addition are the cheapest known
/// for a = 0 (the formulas are those of the Explicit-Formulas Database, Bernstein and Lange, cited at each one).
/// The group law is variable time: it branches on the identity and on doubling inside an addition.
///
/// Everything on the hot paths is `@inlinable`, so a caller in another module gets code specialised to Fp or Fp2,
/// exactly as if the type had been written out for each group.
public struct JacobianPoint<Curve: CurveGroup>: Sendable {
    public var x: Curve.Field
    public var y: Curve.Field
    public var z: Curve.Field

    @inlinable
    public init(x: Curve.Field, y: Curve.Field, z: Curve.Field) {
        self.x = x
        self.y = y
        self.z = z
    }

    @inlinable
    public init(_ point: AffinePoint<Curve>) {
        self = point.isIdentity ? .identity : JacobianPoint(x: point.x, y: point.y, z: .one)
    }

    @inlinable
    public static var identity: JacobianPoint { JacobianPoint(x: .one, y: .one, z: .zero) }

    @inlinable
    public static var generator: JacobianPoint { JacobianPoint(Curve.generator) }

    @inlinable
    public var isIdentity: Bool { z.isZero }

    /// dbl-2009-l (EFD, a = 0): 2M + 5S, in place.
    ///
    /// In place and always inlined because the doubling chains of scalar multiplication and of the subgroup tests
    /// run it in their inner loops: written as `p = p.doubled()` on the generic point, the optimiser called it out
    /// of line and kept the loop's point in memory, copying it twice an iteration.
    @inlinable @inline(__always)
    public mutating func double() {
        if isIdentity { return }
        let a = x.squared()
        let b = y.squared()
        let c = b.squared()
        let d = ((x + b).squared() - a - c).doubled()
        let e = a.doubled() + a
        let f = e.squared()
        let x3 = f - d.doubled()
        let eightC = c.doubled().doubled().doubled()
        z = (y * z).doubled()
        y = e * (d - x3) - eightC
        x = x3
    }

    /// 2P; see `double()`.
    @inlinable @inline(__always)
    public func doubled() -> JacobianPoint {
        var point = self
        point.double()
        return point
    }

    /// add-2007-bl (EFD, a = 0): 11M + 5S, falling back to doubling when the points are equal.
    @inlinable
    public static func + (p: JacobianPoint, q: JacobianPoint) -> JacobianPoint {
        if p.isIdentity { return q }
        if q.isIdentity { return p }
        let z1z1 = p.z.squared()
        let z2z2 = q.z.squared()
        let u1 = p.x * z2z2
        let u2 = q.x * z1z1
        let s1 = p.y * q.z * z2z2
        let s2 = q.y * p.z * z1z1
        let h = u2 - u1
        let r = (s2 - s1).doubled()
        if h.isZero {
            return r.isZero ? p.doubled() : .identity
        }
        let i = h.doubled().squared()
        let j = h * i
        let v = u1 * i
        let x3 = r.squared() - j - v.doubled()
        let y3 = r * (v - x3) - (s1 * j).doubled()
        let z3 = ((p.z + q.z).squared() - z1z1 - z2z2) * h
        return JacobianPoint(x: x3, y: y3, z: z3)
    }

    /// madd-2007-bl (EFD, a = 0), adding an affine point: 7M + 4S.
    @inlinable
    public static func + (p: JacobianPoint, q: AffinePoint<Curve>) -> JacobianPoint {
        if q.isIdentity { return p }
        if p.isIdentity { return JacobianPoint(q) }
        let z1z1 = p.z.squared()
        let u2 = q.x * z1z1
        let s2 = q.y * p.z * z1z1
        let h = u2 - p.x
        let r = (s2 - p.y).doubled()
        if h.isZero {
            return r.isZero ? p.doubled() : .identity
        }
        let hh = h.squared()
        let i = hh.doubled().doubled()
        let j = h * i
        let v = p.x * i
        let x3 = r.squared() - j - v.doubled()
        let y3 = r * (v - x3) - (p.y * j).doubled()
        let z3 = (p.z + h).squared() - z1z1 - hh
        return JacobianPoint(x: x3, y: y3, z: z3)
    }

    @inlinable
    public static prefix func - (p: JacobianPoint) -> JacobianPoint {
        JacobianPoint(x: p.x, y: -p.y, z: p.z)
    }

    @inlinable
    public static func - (p: JacobianPoint, q: JacobianPoint) -> JacobianPoint { p + -q }
    @inlinable
    public static func - (p: JacobianPoint, q: AffinePoint<Curve>) -> JacobianPoint { p + -q }
    @inlinable
    public static func += (p: inout JacobianPoint, q: JacobianPoint) { p = p + q }
    @inlinable
    public static func += (p: inout JacobianPoint, q: AffinePoint<Curve>) { p = p + q }
    @inlinable
    public static func -= (p: inout JacobianPoint, q: JacobianPoint) { p = p - q }
    @inlinable
    public static func -= (p: inout JacobianPoint, q: AffinePoint<Curve>) { p = p - q }

    /// Y² = X³ + b·Z⁶, the curve equation in Jacobian coordinates; the identity counts as on the curve.
    @inlinable
    public var isOnCurve: Bool {
        if isIdentity { return true }
        let z2 = z.squared()
        return y.squared() == x.squared() * x + Curve.b * z2.squared() * z2
    }

    /// Membership in the order-r subgroup, by the group's endomorphism test (see `G1.isInSubgroup`,
    /// `G2.isInSubgroup`).
    @inlinable
    public var isInSubgroup: Bool { Curve.isInSubgroup(self) }

    /// [k]P for k in Fr, split along the group's endomorphism (see `G1.multiply`, `G2.multiply`). Only for points
    /// of the subgroup, where the endomorphism has the eigenvalue the split assumes (every point this module hands
    /// out is; `multiplied(by:)` works on any point). Variable time in the scalar.
    @inlinable
    public static func * (point: JacobianPoint, scalar: Fr) -> JacobianPoint { Curve.multiply(point, by: scalar) }

    @inlinable
    public static func * (scalar: Fr, point: JacobianPoint) -> JacobianPoint { Curve.multiply(point, by: scalar) }

    /// [k]P for a scalar of any width, by width-w NAF. Variable time in the scalar.
    @inlinable
    public func multiplied(by scalar: some FixedWidthLimbs) -> JacobianPoint {
        JacobianPoint.linearCombination([(self, scalar.limbs)])
    }

    /// [|x|]P by plain double and add: |x| = 0xd201000000010000 has only six bits set, so its five additions beat
    /// any window table.
    ///
    /// Always inlined, like `linearCombination`, into the G1 and G2 functions that call it: compiled as a
    /// separate generic specialisation, its calls to the Fp operations went through forwarding thunks; inlined,
    /// it runs as many instructions as the G1-only code it replaced (counted with callgrind).
    @inlinable @inline(__always)
    func multipliedByParameterMagnitude() -> JacobianPoint {
        var result = self
        for bit in (0..<63).reversed() {
            result.double()
            if (blsParameterMagnitude >> UInt64(bit)) & 1 == 1 { result += self }
        }
        return result
    }

    /// Σ [k_i]P_i by interleaved width-w NAFs: one shared chain of doublings (Möller's interleaving, see Hankerson,
    /// Menezes and Vanstone, Alg. 3.51). w = 5 for full-width scalars; for the 64- and 128-bit pieces of the
    /// endomorphism splits, w = 4 costs as many additions with half the table. Variable time. Always inlined (see
    /// `multipliedByParameterMagnitude`).
    @inlinable @inline(__always)
    static func linearCombination(_ terms: [(point: JacobianPoint, scalar: [UInt64])]) -> JacobianPoint {
        let window = terms.contains { $0.scalar.count > 2 } ? 5 : 4
        let digits = terms.map { widthNonAdjacentForm($0.scalar, window: window) }
        // Odd multiples P, 3P, …, (2^(w−1) − 1)P of each base.
        let tables = terms.map { term -> [JacobianPoint] in
            let double = term.point.doubled()
            var table = [term.point]
            for _ in 1..<(1 << (window - 2)) { table.append(table[table.count - 1] + double) }
            return table
        }
        var result = JacobianPoint.identity
        for position in (0..<(digits.map(\.count).max() ?? 0)).reversed() {
            result.double()
            // By index rather than over zip(digits, tables): the specialised zip iterator was left out of line,
            // retaining and releasing both arrays at every step of this loop.
            for term in terms.indices where position < digits[term].count {
                let digit = Int(digits[term][position])
                if digit > 0 {
                    result += tables[term][digit >> 1]
                } else if digit < 0 {
                    result -= tables[term][-digit >> 1]
                }
            }
        }
        return result
    }
}

extension JacobianPoint: Equatable {
    /// Equality of the points represented: X1·Z2² = X2·Z1² and Y1·Z2³ = Y2·Z1³.
    @inlinable
    public static func == (p: JacobianPoint, q: JacobianPoint) -> Bool {
        if p.isIdentity || q.isIdentity { return p.isIdentity && q.isIdentity }
        let z1z1 = p.z.squared()
        let z2z2 = q.z.squared()
        return p.x * z2z2 == q.x * z1z1 && p.y * z2z2 * q.z == q.y * z1z1 * p.z
    }
}

extension JacobianPoint: CustomStringConvertible {
    public var description: String { AffinePoint(self).description }
}
