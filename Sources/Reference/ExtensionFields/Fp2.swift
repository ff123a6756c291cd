import Fields
import Limbs

/// An element c0 + c1·u of Fp2 = Fp[u]/(u² + 1), the base field of the G2 twist.
///
/// u² = −1 is a valid reduction because p ≡ 3 (mod 4), so −1 is not a square in Fp. The tower above this
/// (Fp6, Fp12) is the one of the BLS12-381 specification and of every deployed implementation, so encodings and
/// Frobenius constants match theirs.
///
/// Arithmetic is variable time only where Fp's is (inversion, square root); the rest runs the same code whatever
/// the values.
public struct Fp2: Hashable, Sendable {
    public var c0: Fp
    public var c1: Fp

    @inlinable
    public init(c0: Fp, c1: Fp) {
        self.c0 = c0
        self.c1 = c1
    }

    public static let zero = Fp2(c0: .zero, c1: .zero)
    public static let one = Fp2(c0: .one, c1: .zero)
    /// ξ = u + 1, the non-residue (neither a square nor a cube) that defines Fp6 = Fp2[v]/(v³ − ξ) and the
    /// twist E': y² = x³ + 4ξ.
    public static let nonResidue = Fp2(c0: .one, c1: .one)

    @inlinable
    public var isZero: Bool { c0.isZero && c1.isZero }

    @inlinable
    public static func + (a: Fp2, b: Fp2) -> Fp2 {
        Fp2(c0: a.c0 + b.c0, c1: a.c1 + b.c1)
    }

    @inlinable
    public static func - (a: Fp2, b: Fp2) -> Fp2 {
        Fp2(c0: a.c0 - b.c0, c1: a.c1 - b.c1)
    }

    @inlinable
    public static prefix func - (a: Fp2) -> Fp2 {
        Fp2(c0: -a.c0, c1: -a.c1)
    }

    /// Multiplication by an element of the base field: two multiplications.
    @inlinable
    public static func * (a: Fp2, b: Fp) -> Fp2 {
        Fp2(c0: a.c0 * b, c1: a.c1 * b)
    }

    @inlinable
    public static func += (a: inout Fp2, b: Fp2) { a = a + b }
    @inlinable
    public static func -= (a: inout Fp2, b: Fp2) { a = a - b }
    @inlinable
    public static func *= (a: inout Fp2, b: Fp2) { a = a * b }

    @inlinable
    public func doubled() -> Fp2 {
        Fp2(c0: c0.doubled(), c1: c1.doubled())
    }

    /// Multiplication by ξ = u + 1: (a0 + a1·u)(1 + u) = (a0 − a1) + (a0 + a1)·u, additions only.
    @inlinable
    public func multipliedByNonResidue() -> Fp2 {
        Fp2(c0: c0 - c1, c1: c0 + c1)
    }

    /// The conjugate a0 − a1·u, which is also the Frobenius map a ↦ a^p (because u^p = −u when p ≡ 3 mod 4).
    @inlinable
    public func conjugate() -> Fp2 {
        Fp2(c0: c0, c1: -c1)
    }

    /// The norm a0² + a1² = a·ā, an element of Fp.
    @inlinable
    public var norm: Fp { c0.squared() + c1.squared() }

    /// 1/a = ā / (a·ā): one inversion in Fp. Nil for zero. Variable time (Fp inversion is).
    public func inverse() -> Fp2? {
        guard let normInverse = norm.inverse() else { return nil }
        return Fp2(c0: c0 * normInverse, c1: -(c1 * normInverse))
    }

    /// a^e by left-to-right square and multiply over the bits of `exponent`. Variable time in the exponent.
    public func pow(_ exponent: some FixedWidthLimbs) -> Fp2 {
        var result = Fp2.one
        var bit = exponent.bitWidth
        while bit > 0 {
            bit -= 1
            result = result.squared()
            if exponent.bit(at: bit) { result *= self }
        }
        return result
    }

    public static func random(using generator: inout some RandomNumberGenerator) -> Fp2 {
        Fp2(c0: .random(using: &generator), c1: .random(using: &generator))
    }
}

extension Fp2: CustomStringConvertible {
    public var description: String { "\(c0) + \(c1)·u" }
}

extension Fp2 {
    /// Replaces every element by its inverse with one Fp2 inversion and 3(n − 1) multiplications (Montgomery's
    /// trick); zeros stay zero. Variable time.
    public static func batchInverse(_ elements: inout [Fp2]) {
        // prefix[i] is the product of the non-zero elements before index i.
        var prefix = [Fp2]()
        prefix.reserveCapacity(elements.count)
        var product = Fp2.one
        for element in elements {
            prefix.append(product)
            if !element.isZero { product *= element }
        }
        guard var inverse = product.inverse() else { return }
        for index in elements.indices.reversed() where !elements[index].isZero {
            let element = elements[index]
            elements[index] = inverse * prefix[index]
            inverse *= element
        }
    }
}
