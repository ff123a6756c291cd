import ExerciseSupport
import Fields

extension Fp6 {
    /// The product in Fp2[v]/(v³ − ξ), by Karatsuba: six Fp2 products instead of nine.
    ///
    /// Devegili, Ó hÉigeartaigh, Scott and Dahab, "Multiplication and squaring on pairing-friendly fields"
    /// (eprint 2006/471), §4.
    public static func * (a: Fp6, b: Fp6) -> Fp6 {
        unimplemented()
    }

    /// 1/a, or nil for zero: one inversion in Fp2.
    ///
    /// Multiplying a by A + B·v + C·v² with A = a0² − ξ·a1a2, B = ξ·a2² − a0a1, C = a1² − a0a2 leaves only the
    /// constant a0·A + ξ(a2·B + a1·C) (Scott, "Implementing cryptographic pairings", 2007, §3.2). Variable time.
    public func inverse() -> Fp6? {
        unimplemented()
    }
}
