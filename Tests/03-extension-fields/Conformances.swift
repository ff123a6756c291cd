import Chapter03Exercises
import Chapter03Suites

// The learner's tower, stated in the terms of the shared checks (Tests/Suites/03-extension-fields): the names are
// the same as the reference's, so the conformances need no code beyond the Frobenius constants' shape.
extension Fp2: QuadraticExtensionField {}
extension Fp6: CubicExtensionField {}
extension Fp12: DodecicExtensionField {
    public static func frobeniusCoefficients() -> [Fp2] {
        let derived = FrobeniusCoefficients.derived()
        return [derived.vToP, derived.vSquaredToP, derived.wToP]
    }
}

/// Where the learner's files are, for the failure reports.
let exerciseFolder = "Sources/Exercises/03-extension-fields"
