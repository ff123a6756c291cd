// The product folds v³ back as 1 instead of ξ in the constant coefficient.
import ExerciseSupport
import Fields

extension Fp6 {
    /// The product in Fp2[v]/(v³ − ξ), by Karatsuba: six Fp2 products instead of nine.
    ///
    /// Devegili, Ó hÉigeartaigh, Scott and Dahab, "Multiplication and squaring on pairing-friendly fields"
    /// (eprint 2006/471), §4.
    public static func * (a: Fp6, b: Fp6) -> Fp6 {
        let t0 = a.c0 * b.c0
        let t1 = a.c1 * b.c1
        let t2 = a.c2 * b.c2
        // Schoolbook: c0 = a0b0 + ξ(a1b2 + a2b1), c1 = a0b1 + a1b0 + ξ·a2b2, c2 = a0b2 + a1b1 + a2b0; each
        // cross sum is one product of sums minus two of t0, t1, t2.
        let c0 = ((a.c1 + a.c2) * (b.c1 + b.c2) - t1 - t2) + t0
        let c1 = (a.c0 + a.c1) * (b.c0 + b.c1) - t0 - t1 + t2.multipliedByNonResidue()
        let c2 = (a.c0 + a.c2) * (b.c0 + b.c2) - t0 - t2 + t1
        return Fp6(c0: c0, c1: c1, c2: c2)
    }

    /// 1/a, or nil for zero: one inversion in Fp2.
    ///
    /// Multiplying a by A + B·v + C·v² with A = a0² − ξ·a1a2, B = ξ·a2² − a0a1, C = a1² − a0a2 leaves only the
    /// constant a0·A + ξ(a2·B + a1·C) (Scott, "Implementing cryptographic pairings", 2007, §3.2). Variable time.
    public func inverse() -> Fp6? {
        let a = c0.squared() - (c1 * c2).multipliedByNonResidue()
        let b = c2.squared().multipliedByNonResidue() - c0 * c1
        let c = c1.squared() - c0 * c2
        let determinant = c0 * a + (c2 * b + c1 * c).multipliedByNonResidue()
        // The determinant is zero only for a = 0: Fp2's inverse rejects it.
        guard let determinantInverse = determinant.inverse() else { return nil }
        return Fp6(c0: a, c1: b, c2: c) * determinantInverse
    }
}
