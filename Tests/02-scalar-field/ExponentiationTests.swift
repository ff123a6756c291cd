import Chapter02Exercises
import Fields
import GMP
import HiddenTestSupport
import Limbs
import Testing

/// `fr-pow-inverse`: exponentiation by any 256-bit exponent and the inverse, against GMP's `mpz_powm` and
/// `mpz_invert`, on 500 random exponentiations and 1,000 random inverses plus the edges.
@Suite struct ExponentiationTests {
    static let file = "\(TestField.exerciseFolder)/Exponentiation.swift"

    @Test func power() {
        var generator = TestSeed.generator(for: "\(Self.self).\(#function)")
        let one = GMPInteger(1)
        let r = TestField.r
        var cases: [(GMPInteger, GMPInteger)] = []
        // 0^0 = 1; exponents 1, 2, r − 2, r − 1 (Fermat: 1 for a ≠ 0), r, and 2^256 − 1 (above r).
        for base in [GMPInteger(0), one, GMPInteger(2), r - one, GMPInteger(7)] {
            for exponent in [
                GMPInteger(0), one, GMPInteger(2), r - GMPInteger(2), r - one, r, TestField.twoTo256 - one,
            ] {
                cases.append((base, exponent))
            }
        }
        for base in TestField.values(count: 500, generator: &generator) {
            cases.append((base, GMPInteger(limbs: (0..<4).map { _ in generator.next() })))
        }
        checkLearnerFunction(
            "pow(_:)", in: Self.file, cases: cases,
            input: { "\($0.0.hex) to the power \($0.1.hex)" },
            output: TestField.describe,
            expected: { base, exponent in TestField.learner(canonical: GMPInteger.powmod(base, exponent, r)) },
            actual: { base, exponent in TestField.learner(canonical: base).pow(TestField.u256(exponent)) },
            // Unoptimised learner code on a slow machine needs a while for 500 exponentiations.
            timeout: .seconds(120))
    }

    @Test func inverse() {
        var generator = TestSeed.generator(for: "\(Self.self).\(#function)")
        checkLearnerFunction(
            "inverse()", in: Self.file, cases: TestField.values(count: 1_000, generator: &generator),
            input: { "the inverse of \($0.hex)" },
            output: { (inverse: LearnerFr?) in inverse.map(TestField.describe) ?? "nil" },
            expected: { value in value.inverse(modulo: TestField.r).map { TestField.learner(canonical: $0) } },
            actual: { value in TestField.learner(canonical: value).inverse() },
            timeout: .seconds(120))
    }
}
