import Fields

/// An element c0 + c1·v + c2·v² of Fp6 = Fp2[v]/(v³ − ξ), ξ = u + 1.
///
/// Formulas: Devegili, Ó hÉigeartaigh, Scott and Dahab, "Multiplication and squaring on pairing-friendly fields"
/// (eprint 2006/471): Karatsuba multiplication (§4, six Fp2 multiplications) and Chung–Hasan squaring
/// (CH-SQR2, §4).
public struct Fp6: Hashable, Sendable {
    public var c0: Fp2
    public var c1: Fp2
    public var c2: Fp2

    @inlinable
    public init(c0: Fp2, c1: Fp2, c2: Fp2) {
        self.c0 = c0
        self.c1 = c1
        self.c2 = c2
    }

    public static let zero = Fp6(c0: .zero, c1: .zero, c2: .zero)
    public static let one = Fp6(c0: .one, c1: .zero, c2: .zero)

    @inlinable
    public var isZero: Bool { c0.isZero && c1.isZero && c2.isZero }

    @inlinable
    public static func + (a: Fp6, b: Fp6) -> Fp6 {
        Fp6(c0: a.c0 + b.c0, c1: a.c1 + b.c1, c2: a.c2 + b.c2)
    }

    @inlinable
    public static func - (a: Fp6, b: Fp6) -> Fp6 {
        Fp6(c0: a.c0 - b.c0, c1: a.c1 - b.c1, c2: a.c2 - b.c2)
    }

    @inlinable
    public static prefix func - (a: Fp6) -> Fp6 {
        Fp6(c0: -a.c0, c1: -a.c1, c2: -a.c2)
    }

    @inlinable
    public static func * (a: Fp6, b: Fp6) -> Fp6 {
        let t0 = a.c0 * b.c0
        let t1 = a.c1 * b.c1
        let t2 = a.c2 * b.c2
        let c0 = ((a.c1 + a.c2) * (b.c1 + b.c2) - t1 - t2).multipliedByNonResidue() + t0
        let c1 = (a.c0 + a.c1) * (b.c0 + b.c1) - t0 - t1 + t2.multipliedByNonResidue()
        let c2 = (a.c0 + a.c2) * (b.c0 + b.c2) - t0 - t2 + t1
        return Fp6(c0: c0, c1: c1, c2: c2)
    }

    @inlinable
    public static func += (a: inout Fp6, b: Fp6) { a = a + b }
    @inlinable
    public static func -= (a: inout Fp6, b: Fp6) { a = a - b }
    @inlinable
    public static func *= (a: inout Fp6, b: Fp6) { a = a * b }

    /// Multiplication by an element of Fp2, coefficient-wise.
    @inlinable
    public static func * (a: Fp6, b: Fp2) -> Fp6 {
        Fp6(c0: a.c0 * b, c1: a.c1 * b, c2: a.c2 * b)
    }

    /// CH-SQR2: two multiplications and three squarings in Fp2.
    @inlinable
    public func squared() -> Fp6 {
        let s0 = c0.squared()
        let s1 = (c0 * c1).doubled()
        let s2 = (c0 - c1 + c2).squared()
        let s3 = (c1 * c2).doubled()
        let s4 = c2.squared()
        return Fp6(
            c0: s3.multipliedByNonResidue() + s0,
            c1: s4.multipliedByNonResidue() + s1,
            c2: s1 + s2 + s3 - s0 - s4)
    }

    @inlinable
    public func doubled() -> Fp6 {
        Fp6(c0: c0.doubled(), c1: c1.doubled(), c2: c2.doubled())
    }

    /// Multiplication by v, the non-residue that defines Fp12 = Fp6[w]/(w² − v): the coefficients rotate and
    /// the one that wraps around picks up v³ = ξ.
    @inlinable
    public func multipliedByNonResidue() -> Fp6 {
        Fp6(c0: c2.multipliedByNonResidue(), c1: c0, c2: c1)
    }

    /// Multiplication by b0 + b1·v (c2 = 0), the shape of the constant part of a Miller-loop line:
    /// five Fp2 multiplications instead of six.
    @inlinable
    public func multiplied(by b0: Fp2, _ b1: Fp2) -> Fp6 {
        let t0 = c0 * b0
        let t1 = c1 * b1
        return Fp6(
            c0: ((c1 + c2) * b1 - t1).multipliedByNonResidue() + t0,
            c1: (c0 + c1) * (b0 + b1) - t0 - t1,
            c2: (c0 + c2) * b0 - t0 + t1)
    }

    /// Multiplication by b1·v: three Fp2 multiplications.
    @inlinable
    public func multiplied(byV b1: Fp2) -> Fp6 {
        Fp6(c0: (c2 * b1).multipliedByNonResidue(), c1: c0 * b1, c2: c1 * b1)
    }

    /// 1/a via the adjugate (Scott, "Implementing cryptographic pairings", 2007, §3.2): one Fp2 inversion.
    /// Nil for zero. Variable time.
    public func inverse() -> Fp6? {
        let a = c0.squared() - (c1 * c2).multipliedByNonResidue()
        let b = c2.squared().multipliedByNonResidue() - c0 * c1
        let c = c1.squared() - c0 * c2
        let determinant = c0 * a + (c2 * b + c1 * c).multipliedByNonResidue()
        guard let determinantInverse = determinant.inverse() else { return nil }
        return Fp6(c0: a * determinantInverse, c1: b * determinantInverse, c2: c * determinantInverse)
    }

    /// The Frobenius map a ↦ a^p: each coefficient is conjugated, and v^p = ξ^((p − 1)/3)·v supplies the
    /// constants (see `FrobeniusCoefficients`).
    public func frobenius() -> Fp6 {
        Fp6(
            c0: c0.conjugate(),
            c1: c1.conjugate() * FrobeniusCoefficients.vToP,
            c2: c2.conjugate() * FrobeniusCoefficients.vSquaredToP)
    }

    public static func random(using generator: inout some RandomNumberGenerator) -> Fp6 {
        Fp6(c0: .random(using: &generator), c1: .random(using: &generator), c2: .random(using: &generator))
    }
}

extension Fp6: CustomStringConvertible {
    public var description: String { "(\(c0)) + (\(c1))·v + (\(c2))·v²" }
}
