import Chapter06Exercises
import Chapter06Suites
import Curves
import ExtensionFields
import Fields
import HiddenTestSupport
import Pairing
import Testing

/// `pairing-miller-loop`: f_{x,Q}(P) exactly as the oracle's loop computes it with the chapter's line convention
/// (a skipped doubling, a wrong bit order or a missing conjugation changes the value), and, after the reference's
/// final exponentiation, equal to the reference's pairing. A learner's loop is only checked exactly because the
/// chapter fixes its lines; the reference's, scaled differently, is checked after a final exponentiation in
/// `PairingProductTests`' shared check.
@Suite struct MillerLoopTests {
    static func cases() -> [(G1Affine, G2Affine)] {
        var generator = TestSeed.generator(for: "MillerLoopTests")
        var cases: [(G1Affine, G2Affine)] = [
            (.generator, .generator), (.identity, .generator), (.generator, .identity),
        ]
        for _ in 0..<3 {
            cases.append((PairingOracle.randomG1(using: &generator), PairingOracle.randomG2(using: &generator)))
        }
        return cases
    }

    @Test func exactValue() {
        checkLearnerFunction(
            "millerLoop(_:_:)", in: Learner.file("MillerLoop.swift"), cases: Self.cases(),
            input: { "P = \($0.0), Q = \($0.1)" },
            output: { $0.description },
            expected: { PairingOracle.millerLoop($0.0, $0.1) },
            actual: { Chapter06Exercises.millerLoop($0.0, $0.1) })
    }

    @Test func finalExponentiationGivesTheReferencePairing() {
        checkLearnerFunction(
            "millerLoop(_:_:)", in: Learner.file("MillerLoop.swift"), cases: Self.cases(),
            input: { "P = \($0.0), Q = \($0.1), compared after the reference's final exponentiation" },
            output: { $0.description },
            expected: { Pairing.pairing($0.0, $0.1) },
            actual: { Pairing.finalExponentiation(Chapter06Exercises.millerLoop($0.0, $0.1)) })
    }
}
