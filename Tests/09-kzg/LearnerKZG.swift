import Chapter09Exercises
import Chapter09Suites
import Curves
import Fields
import KZG
import Polynomials

/// The learner's chapter 9 functions, seen through the protocol the shared checks are written against.
struct LearnerKZG: KZGImplementation {
    func commit(to polynomial: PolynomialInEvaluationForm, setup: TrustedSetup) -> G1Affine {
        Chapter09Exercises.commit(to: polynomial, setup: setup)
    }
    func open(_ polynomial: PolynomialInEvaluationForm, at z: Fr, setup: TrustedSetup) -> (proof: G1Affine, value: Fr) {
        Chapter09Exercises.open(polynomial, at: z, setup: setup)
    }
    func verify(commitment: G1Affine, point: Fr, value: Fr, proof: G1Affine, setup: TrustedSetup) -> Bool {
        Chapter09Exercises.verify(commitment: commitment, point: point, value: value, proof: proof, setup: setup)
    }
    func verifyBatch(_ claims: [KZGOpeningClaim], setup: TrustedSetup, randomness: Fr) -> Bool {
        Chapter09Exercises.verifyBatch(claims, setup: setup, randomness: randomness)
    }
}

enum Learner {
    static let checks = KZGChecks(LearnerKZG())

    /// An exercise file, as failure messages name it.
    static func file(_ name: String) -> String { "Sources/Exercises/09-kzg/\(name)" }
}
