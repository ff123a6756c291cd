import Chapter06Exercises
import Chapter06Suites
import Curves
import ExtensionFields

/// The learner's chapter 6 functions, seen through the protocol the shared checks are written against.
struct LearnerPairing: PairingImplementation {
    func millerLoop(_ pairs: [(G1Affine, G2Affine)]) -> Fp12 { Chapter06Exercises.multiMillerLoop(pairs) }
    func finalExponentiation(_ f: Fp12) -> Fp12 { Chapter06Exercises.finalExponentiation(f) }
    func pairing(_ p: G1Affine, _ q: G2Affine) -> Fp12 { Chapter06Exercises.pairing(p, q) }
    func pairingProductIsOne(_ pairs: [(G1Affine, G2Affine)]) -> Bool {
        Chapter06Exercises.pairingProductIsOne(pairs)
    }
}

enum Learner {
    static let checks = PairingChecks(LearnerPairing())

    /// An exercise file, as failure messages name it.
    static func file(_ name: String) -> String { "Sources/Exercises/06-pairing/\(name)" }
}
