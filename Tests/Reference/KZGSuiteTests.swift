import Chapter09Suites
import Curves
import Fields
import KZG
import Polynomials
import Testing

/// The reference's `KZG` through chapter 9's protocol: the same hidden checks as the learner's commitments,
/// openings and verifications (`Tests/Suites/09-kzg`). The chapter's setup and quotient checks have no reference
/// counterpart to run on (the reference checks a setup while loading it, and keeps its quotient inside `open`).
struct ReferenceKZG: KZGImplementation {
    func commit(to polynomial: PolynomialInEvaluationForm, setup: TrustedSetup) -> G1Affine {
        try! setup.commit(to: polynomial)  // every check uses the setup's domain
    }
    func open(_ polynomial: PolynomialInEvaluationForm, at z: Fr, setup: TrustedSetup) -> (proof: G1Affine, value: Fr) {
        try! setup.open(polynomial, at: z)  // every check uses the setup's domain
    }
    func verify(commitment: G1Affine, point: Fr, value: Fr, proof: G1Affine, setup: TrustedSetup) -> Bool {
        setup.verify(commitment: commitment, point: point, value: value, proof: proof)
    }
    func verifyBatch(_ claims: [KZGOpeningClaim], setup: TrustedSetup, randomness: Fr) -> Bool {
        setup.verifyBatch(claims, challenge: randomness)
    }
}

@Suite("KZG against chapter 9's shared checks")
struct KZGSuiteTests {
    static let checks = KZGChecks(ReferenceKZG())
    static let file = "Sources/Reference/KZG"

    @Test func commit() { Self.checks.commit(file: Self.file) }

    @Test func open() { Self.checks.open(file: Self.file) }

    @Test func verify() { Self.checks.verify(file: Self.file) }

    @Test func verifyBatch() { Self.checks.verifyBatch(file: Self.file) }
}
