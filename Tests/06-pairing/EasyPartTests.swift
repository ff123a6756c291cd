import Chapter06Exercises
import Chapter06Suites
import ExtensionFields
import HiddenTestSupport
import Testing

/// `pairing-easy-part`: f^((p⁶ − 1)(p² + 1)) against plain square and multiply by the GMP-computed exponent, on 1
/// and random elements. The reference has no separate easy part to run this on.
@Suite struct EasyPartTests {
    @Test func againstPlainExponentiation() {
        var generator = TestSeed.generator()
        var cases: [Fp12] = [.one]
        for _ in 0..<3 { cases.append(Fp12.random(using: &generator)) }
        checkLearnerFunction(
            "finalExponentiationEasyPart(_:)", in: Learner.file("EasyPart.swift"), cases: cases,
            input: { "f = \($0)" },
            output: { $0.description },
            expected: { PairingOracle.power($0, PairingOracle.easyExponent) },
            actual: { Chapter06Exercises.finalExponentiationEasyPart($0) })
    }
}
