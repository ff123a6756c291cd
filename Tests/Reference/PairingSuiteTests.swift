import Chapter06Suites
import Curves
import ExtensionFields
import Pairing
import Testing

/// The reference's `Pairing` through chapter 6's protocol: the same hidden checks as the learner's final
/// exponentiation, pairing and products (`Tests/Suites/06-pairing`). The chapter's lines, single Miller loop and
/// the two parts of the final exponentiation have no public counterpart in the reference (its lines are scaled
/// differently and its parts are inside `finalExponentiation`).
struct ReferencePairing: PairingImplementation {
    func millerLoop(_ pairs: [(G1Affine, G2Affine)]) -> Fp12 { Pairing.millerLoop(pairs) }
    func finalExponentiation(_ f: Fp12) -> Fp12 { Pairing.finalExponentiation(f) }
    func pairing(_ p: G1Affine, _ q: G2Affine) -> Fp12 { Pairing.pairing(p, q) }
    func pairingProductIsOne(_ pairs: [(G1Affine, G2Affine)]) -> Bool { Pairing.pairingProductIsOne(pairs) }
}

@Suite("Pairing against chapter 6's shared checks")
struct PairingSuiteTests {
    static let checks = PairingChecks(ReferencePairing())
    static let file = "Sources/Reference/Pairing"

    @Test func finalExponentiation() { Self.checks.finalExponentiation(file: Self.file) }

    @Test func pairingValues() { Self.checks.pairingValues(file: Self.file) }

    @Test func pairingProperties() { Self.checks.pairingProperties(file: Self.file) }

    @Test func productMillerLoop() { Self.checks.productMillerLoop(function: "millerLoop(_:)", file: Self.file) }

    @Test func pairingProductIsOne() { Self.checks.pairingProductIsOne(file: Self.file) }
}
