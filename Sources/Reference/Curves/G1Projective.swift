import Fields
import Limbs

/// A point of G1 ⊂ E(Fp), E: y² = x³ + 4, in Jacobian coordinates: (X, Y, Z) stands for (X/Z², Y/Z³), and Z = 0
/// is the identity.
///
/// Jacobian rather than homogeneous coordinates because their doubling and mixed addition are the cheapest known
/// for a = 0 (the formulas are those of the Explicit-Formulas Database, Bernstein and Lange, cited at each one).
/// The group law is variable time: it branches on the identity and on doubling inside an addition.
public struct G1Projective: Sendable {
    public var x: Fp
    public var y: Fp
    public var z: Fp

    @inlinable
    public init(x: Fp, y: Fp, z: Fp) {
        self.x = x
        self.y = y
        self.z = z
    }

    @inlinable
    public init(_ point: G1Affine) {
        self = point.isIdentity ? .identity : G1Projective(x: point.x, y: point.y, z: .one)
    }

    public static let identity = G1Projective(x: .one, y: .one, z: .zero)
    public static let generator = G1Projective(G1Affine.generator)

    @inlinable
    public var isIdentity: Bool { z.isZero }

    /// dbl-2009-l (EFD, a = 0): 2M + 5S.
    @inlinable
    public func doubled() -> G1Projective {
        if isIdentity { return self }
        let a = x.squared()
        let b = y.squared()
        let c = b.squared()
        let d = ((x + b).squared() - a - c).doubled()
        let e = a.doubled() + a
        let f = e.squared()
        let x3 = f - d.doubled()
        let eightC = c.doubled().doubled().doubled()
        return G1Projective(x: x3, y: e * (d - x3) - eightC, z: (y * z).doubled())
    }

    /// add-2007-bl (EFD, a = 0): 11M + 5S, falling back to doubling when the points are equal.
    @inlinable
    public static func + (p: G1Projective, q: G1Projective) -> G1Projective {
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
        return G1Projective(x: x3, y: y3, z: z3)
    }

    /// madd-2007-bl (EFD, a = 0), adding an affine point: 7M + 4S.
    @inlinable
    public static func + (p: G1Projective, q: G1Affine) -> G1Projective {
        if q.isIdentity { return p }
        if p.isIdentity { return G1Projective(q) }
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
        return G1Projective(x: x3, y: y3, z: z3)
    }

    @inlinable
    public static prefix func - (p: G1Projective) -> G1Projective {
        G1Projective(x: p.x, y: -p.y, z: p.z)
    }

    @inlinable
    public static func - (p: G1Projective, q: G1Projective) -> G1Projective { p + -q }
    @inlinable
    public static func - (p: G1Projective, q: G1Affine) -> G1Projective { p + -q }
    @inlinable
    public static func += (p: inout G1Projective, q: G1Projective) { p = p + q }
    @inlinable
    public static func += (p: inout G1Projective, q: G1Affine) { p = p + q }
    @inlinable
    public static func -= (p: inout G1Projective, q: G1Projective) { p = p - q }
    @inlinable
    public static func -= (p: inout G1Projective, q: G1Affine) { p = p - q }

    /// Y² = X³ + 4Z⁶, the curve equation in Jacobian coordinates; the identity counts as on the curve.
    public var isOnCurve: Bool {
        if isIdentity { return true }
        let z2 = z.squared()
        let z6 = z2.squared() * z2
        return y.squared() == x.squared() * x + z6.doubled().doubled()
    }

    /// σ(x, y) = (βx, y), β a primitive cube root of unity in Fp: an endomorphism of E that acts on G1 as
    /// multiplication by λ = −x² (the root of λ² + λ + 1 ≡ 0 mod r that goes with this β).
    @inlinable
    func endomorphism() -> G1Projective {
        G1Projective(x: x * G1Affine.cubeRootOfUnity, y: y, z: z)
    }

    /// Membership in the order-r subgroup by Scott's test ("A note on group membership tests for G1, G2 and GT on
    /// BLS pairing-friendly curves", eprint 2021/1130, §6): a point of E(Fp) is in G1 exactly when σ(P) = −[x²]P.
    /// Two 64-bit multiplications instead of one by the 255-bit r.
    public var isInSubgroup: Bool {
        let xSquaredP = multipliedByParameterMagnitude().multipliedByParameterMagnitude()
        return (endomorphism() + xSquaredP).isIdentity
    }

    /// [k]P for a scalar of any width, by width-w NAF. Variable time in the scalar.
    public func multiplied(by scalar: some FixedWidthLimbs) -> G1Projective {
        G1Projective.linearCombination([(self, scalar.limbs)])
    }

    /// [|x|]P by plain double and add: |x| = 0xd201000000010000 has only six bits set, so its five additions beat
    /// any window table.
    func multipliedByParameterMagnitude() -> G1Projective {
        var result = self
        for bit in (0..<63).reversed() {
            result = result.doubled()
            if (blsParameterMagnitude >> UInt64(bit)) & 1 == 1 { result += self }
        }
        return result
    }

    /// [k]P for k in Fr, with the GLV split k ≡ k0 − k1·λ (mod r) into two 128-bit halves from the base-|x|
    /// digits of k: since λ = −x², [k]P = [a0 + a1·|x|]P − [a2 + a3·|x|]σ(P). Only for points of G1, where σ has
    /// that eigenvalue (every point this module hands out is; `multiplied(by:)` works on any point). Variable time
    /// in the scalar.
    public static func * (point: G1Projective, scalar: Fr) -> G1Projective {
        let digits = baseXDigits(scalar)
        return linearCombination([
            (point, combine(low: digits[0], high: digits[1])),
            (-point.endomorphism(), combine(low: digits[2], high: digits[3])),
        ])
    }

    public static func * (scalar: Fr, point: G1Projective) -> G1Projective { point * scalar }

    /// low + high·|x| as two 64-bit limbs (it is below |x|² < 2¹²⁸).
    private static func combine(low: UInt64, high: UInt64) -> [UInt64] {
        let product = high.multipliedFullWidth(by: blsParameterMagnitude)
        let (sum, carry) = product.low.addingReportingOverflow(low)
        return [sum, product.high + (carry ? 1 : 0)]
    }

    /// Σ [k_i]P_i by interleaved width-w NAFs: one shared chain of doublings (Möller's interleaving, see Hankerson,
    /// Menezes and Vanstone, Alg. 3.51). w = 5 for full-width scalars; for the 64- and 128-bit pieces of the
    /// endomorphism splits, w = 4 costs as many additions with half the table. Variable time.
    static func linearCombination(_ terms: [(point: G1Projective, scalar: [UInt64])]) -> G1Projective {
        let window = terms.contains { $0.scalar.count > 2 } ? 5 : 4
        let digits = terms.map { widthNonAdjacentForm($0.scalar, window: window) }
        // Odd multiples P, 3P, …, (2^(w−1) − 1)P of each base.
        let tables = terms.map { term -> [G1Projective] in
            let double = term.point.doubled()
            var table = [term.point]
            for _ in 1..<(1 << (window - 2)) { table.append(table[table.count - 1] + double) }
            return table
        }
        var result = G1Projective.identity
        for position in (0..<(digits.map(\.count).max() ?? 0)).reversed() {
            result = result.doubled()
            for (termDigits, table) in zip(digits, tables) where position < termDigits.count {
                let digit = Int(termDigits[position])
                if digit > 0 {
                    result += table[digit >> 1]
                } else if digit < 0 {
                    result -= table[-digit >> 1]
                }
            }
        }
        return result
    }
}

extension G1Projective: Equatable {
    /// Equality of the points represented: X1·Z2² = X2·Z1² and Y1·Z2³ = Y2·Z1³.
    public static func == (p: G1Projective, q: G1Projective) -> Bool {
        if p.isIdentity || q.isIdentity { return p.isIdentity && q.isIdentity }
        let z1z1 = p.z.squared()
        let z2z2 = q.z.squared()
        return p.x * z2z2 == q.x * z1z1 && p.y * z2z2 * q.z == q.y * z1z1 * p.z
    }
}

extension G1Projective: CustomStringConvertible {
    public var description: String { G1Affine(self).description }
}
