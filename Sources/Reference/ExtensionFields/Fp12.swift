import Fields
import Limbs

/// An element c0 + c1·w of Fp12 = Fp6[w]/(w² − v), the field the pairing takes its values in.
///
/// In powers of w (w⁶ = ξ) the six Fp2 coefficients are, in order, c0.c0 ↦ 1, c1.c0 ↦ w, c0.c1 ↦ w²,
/// c1.c1 ↦ w³, c0.c2 ↦ w⁴, c1.c2 ↦ w⁵.
public struct Fp12: Hashable, Sendable {
    public var c0: Fp6
    public var c1: Fp6

    @inlinable
    public init(c0: Fp6, c1: Fp6) {
        self.c0 = c0
        self.c1 = c1
    }

    public static let zero = Fp12(c0: .zero, c1: .zero)
    public static let one = Fp12(c0: .one, c1: .zero)

    @inlinable
    public var isZero: Bool { c0.isZero && c1.isZero }

    @inlinable
    public var isOne: Bool { self == .one }

    @inlinable
    public static func + (a: Fp12, b: Fp12) -> Fp12 {
        Fp12(c0: a.c0 + b.c0, c1: a.c1 + b.c1)
    }

    @inlinable
    public static func - (a: Fp12, b: Fp12) -> Fp12 {
        Fp12(c0: a.c0 - b.c0, c1: a.c1 - b.c1)
    }

    @inlinable
    public static prefix func - (a: Fp12) -> Fp12 {
        Fp12(c0: -a.c0, c1: -a.c1)
    }

    /// Karatsuba over Fp6: three Fp6 multiplications.
    @inlinable
    public static func * (a: Fp12, b: Fp12) -> Fp12 {
        let t0 = a.c0 * b.c0
        let t1 = a.c1 * b.c1
        return Fp12(
            c0: t0 + t1.multipliedByNonResidue(),
            c1: (a.c0 + a.c1) * (b.c0 + b.c1) - t0 - t1)
    }

    @inlinable
    public static func += (a: inout Fp12, b: Fp12) { a = a + b }
    @inlinable
    public static func -= (a: inout Fp12, b: Fp12) { a = a - b }
    @inlinable
    public static func *= (a: inout Fp12, b: Fp12) { a = a * b }

    /// Complex squaring: (a0 + a1·w)² = (a0 + a1)(a0 + v·a1) − (1 + v)·a0·a1 + 2·a0·a1·w, two Fp6
    /// multiplications.
    @inlinable
    public func squared() -> Fp12 {
        let product = c0 * c1
        let c0 =
            (self.c0 + c1) * (self.c0 + c1.multipliedByNonResidue())
            - product - product.multipliedByNonResidue()
        return Fp12(c0: c0, c1: product.doubled())
    }

    /// Multiplication by a sparse element with non-zero coefficients only at 1, w² and w³ (c0.c0, c0.c1, c1.c1),
    /// which is the shape of every line of the Miller loop on the M-type twist: 13 Fp2 multiplications instead
    /// of 18.
    @inlinable
    public func multiplied(byLineWith constant: Fp2, _ wSquared: Fp2, _ wCubed: Fp2) -> Fp12 {
        let t0 = c0.multiplied(by: constant, wSquared)
        let t1 = c1.multiplied(byV: wCubed)
        let c1 = (self.c0 + self.c1).multiplied(by: constant, wSquared + wCubed) - t0 - t1
        return Fp12(c0: t0 + t1.multipliedByNonResidue(), c1: c1)
    }

    /// a0 − a1·w, which is a^(p⁶): the Frobenius of Fp12 over Fp6. On the cyclotomic subgroup, where the pairing
    /// values live after the easy part of the final exponentiation, it is the inverse.
    @inlinable
    public func conjugate() -> Fp12 {
        Fp12(c0: c0, c1: -c1)
    }

    /// 1/a = (a0 − a1·w)/(a0² − v·a1²): one Fp6 inversion. Nil for zero. Variable time.
    public func inverse() -> Fp12? {
        guard let denominatorInverse = (c0.squared() - c1.squared().multipliedByNonResidue()).inverse()
        else { return nil }
        return Fp12(c0: c0 * denominatorInverse, c1: -(c1 * denominatorInverse))
    }

    /// The Frobenius map a ↦ a^p, using w^p = ξ^((p − 1)/6)·w.
    public func frobenius() -> Fp12 {
        Fp12(c0: c0.frobenius(), c1: c1.frobenius() * FrobeniusCoefficients.wToP)
    }

    /// a^e by left-to-right square and multiply. Variable time in the exponent.
    public func pow(_ exponent: some FixedWidthLimbs) -> Fp12 {
        var result = Fp12.one
        var bit = exponent.bitWidth
        while bit > 0 {
            bit -= 1
            result = result.squared()
            if exponent.bit(at: bit) { result *= self }
        }
        return result
    }

    public static func random(using generator: inout some RandomNumberGenerator) -> Fp12 {
        Fp12(c0: .random(using: &generator), c1: .random(using: &generator))
    }
}

extension Fp12: CustomStringConvertible {
    public var description: String { "(\(c0)) + (\(c1))·w" }
}
