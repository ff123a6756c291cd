import Chapter05Suites
import ExtensionFields
import Testing

@testable import Curves

/// The reference's G2 through chapter 5's protocol: the same hidden checks as the learner's twist equation, ψ,
/// subgroup check and encoding (`Tests/Suites/05-g2`). ψ and its constants are internal to `Curves`.
struct ReferenceG2: G2Implementation {
    func isOnTwist(_ point: G2Affine) -> Bool { point.isOnCurve }
    func psiCoefficients() -> (x: Fp2, y: Fp2) { (G2.psiCoefficientX, G2.psiCoefficientY) }
    func psi(_ point: G2Projective) -> G2Projective { G2.endomorphism(point) }
    func isInG2(_ point: G2Projective) -> Bool { point.isInSubgroup }
    func isLexicographicallyLargest(_ y: Fp2) -> Bool { y.isLexicographicallyLargest }
    func compress(_ point: G2Affine) -> [UInt8] { point.compressed }
    func decompress(_ bytes: [UInt8]) throws(PointDecodingError) -> G2Affine { try G2Affine(compressed: bytes) }
}

@Suite("G2 against chapter 5's shared checks")
struct G2SuiteTests {
    static let checks = G2Checks(ReferenceG2())
    static let file = "Sources/Reference/Curves"

    @Test func twistEquation() { Self.checks.twistEquation(file: Self.file) }

    @Test func psiCoefficients() { Self.checks.psiCoefficients(file: Self.file) }

    @Test func psi() { Self.checks.psi(file: Self.file) }

    @Test func subgroupCheck() { Self.checks.subgroupCheck(file: Self.file) }

    @Test func sign() { Self.checks.sign(file: Self.file) }

    @Test func compress() { Self.checks.compress(file: Self.file) }

    @Test func decompress() { Self.checks.decompress(file: Self.file) }
}
