import Chapter06Exercises
import Chapter06Suites
import Curves
import ExtensionFields
import HiddenTestSupport
import Limbs
import Testing

/// `pairing-hard-part`: m^x against the inverse of m^|x| by plain exponentiation (the inverse computed as an
/// inverse, not as a conjugate), and m^(3(p⁴ − p² + 1)/r) against plain square and multiply by the GMP-computed
/// exponent, on elements of the cyclotomic subgroup. The reference keeps its hard part inside its final
/// exponentiation, which the shared check covers.
@Suite struct HardPartTests {
    static func cases() -> [Fp12] {
        var generator = TestSeed.generator(for: "HardPartTests")
        return [.one] + (0..<3).map { _ in PairingOracle.randomCyclotomic(using: &generator) }
    }

    @Test func powerByBLSParameter() {
        checkLearnerFunction(
            "powerByBLSParameter(_:)", in: Learner.file("HardPart.swift"), cases: Self.cases(),
            input: { "m = \($0) (in the cyclotomic subgroup)" },
            output: { $0.description },
            expected: { $0.pow(UInt256(blsParameterMagnitude)).inverse()! },
            actual: { Chapter06Exercises.powerByBLSParameter($0) })
    }

    @Test func againstPlainExponentiation() {
        checkLearnerFunction(
            "finalExponentiationHardPart(_:)", in: Learner.file("HardPart.swift"), cases: Self.cases(),
            input: { "m = \($0) (in the cyclotomic subgroup)" },
            output: { $0.description },
            expected: { PairingOracle.power($0, PairingOracle.hardExponent) },
            actual: { Chapter06Exercises.finalExponentiationHardPart($0) })
    }
}
