import Chapter06Exercises
import Chapter06Suites
import Curves
import ExtensionFields
import HiddenTestSupport
import Testing

/// `pairing-product`: the shared loop exactly equal to the product of the oracle's Miller loops (so a loop that
/// final-exponentiates each factor, or squares once per pair, shows), the same after a final exponentiation, and
/// the product check on balanced and unbalanced products and KZG's equation. The last two are shared with the
/// reference's tests: `Tests/Suites/06-pairing`.
@Suite struct PairingProductTests {
    @Test func exactProductOfMillerLoops() {
        var generator = TestSeed.generator()
        func randomPair() -> (G1Affine, G2Affine) {
            (PairingOracle.randomG1(using: &generator), PairingOracle.randomG2(using: &generator))
        }
        let cases: [[(G1Affine, G2Affine)]] = [
            [], [randomPair()], [randomPair(), randomPair()],
            [randomPair(), (.identity, .generator), randomPair(), (.generator, .identity)],
        ]
        checkLearnerFunction(
            "multiMillerLoop(_:)", in: Learner.file("PairingProduct.swift"), cases: cases,
            input: { "pairs \(PairingOracle.describe($0))" },
            output: { $0.description },
            expected: { pairs in pairs.reduce(Fp12.one) { $0 * PairingOracle.millerLoop($1.0, $1.1) } },
            actual: { Chapter06Exercises.multiMillerLoop($0) })
    }

    @Test func afterFinalExponentiation() {
        Learner.checks.productMillerLoop(function: "multiMillerLoop(_:)", file: Learner.file("PairingProduct.swift"))
    }

    @Test func productCheck() { Learner.checks.pairingProductIsOne(file: Learner.file("PairingProduct.swift")) }
}
