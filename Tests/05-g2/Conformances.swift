import Chapter05Exercises
import Chapter05Suites
import Curves
import ExtensionFields

/// The learner's chapter 5 functions, seen through the protocol the shared checks are written against.
struct LearnerG2: G2Implementation {
    func isOnTwist(_ point: G2Affine) -> Bool { Chapter05Exercises.isOnTwist(point) }
    func psiCoefficients() -> (x: Fp2, y: Fp2) {
        let coefficients = PsiCoefficients.derived()
        return (coefficients.x, coefficients.y)
    }
    func psi(_ point: G2Projective) -> G2Projective { Chapter05Exercises.psi(point) }
    func isInG2(_ point: G2Projective) -> Bool { Chapter05Exercises.isInG2(point) }
    func isLexicographicallyLargest(_ y: Fp2) -> Bool { Chapter05Exercises.isLexicographicallyLargest(y) }
    func compress(_ point: G2Affine) -> [UInt8] { Chapter05Exercises.compress(point) }
    func decompress(_ bytes: [UInt8]) throws(PointDecodingError) -> G2Affine {
        try Chapter05Exercises.decompress(bytes)
    }
}

enum Learner {
    static let checks = G2Checks(LearnerG2())

    /// An exercise file, as failure messages name it.
    static func file(_ name: String) -> String { "Sources/Exercises/05-g2/\(name)" }
}
