import Chapter02Exercises
import Fields
import GMP
import HiddenTestSupport
import Limbs
import Testing

/// `fr-montgomery-form`: canonical values into Montgomery form (x·2^256 mod r, by GMP), rejection of values of r
/// or more, small integers, and the way back.
@Suite struct MontgomeryFormTests {
    static let file = "\(TestField.exerciseFolder)/MontgomeryForm.swift"

    static func describe(_ result: Result<UInt256, FrError>) -> String {
        switch result {
        case .success(let form): "Montgomery form \(TestField.hex(form))"
        case .failure(let error): "throws \(error)"
        }
    }

    static func convert(_ value: GMPInteger) -> Result<UInt256, FrError> {
        Result { () throws(FrError) in try LearnerFr(canonical: TestField.u256(value)).montgomery }
    }

    @Test func intoMontgomeryForm() {
        var generator = TestSeed.generator(for: "\(Self.self).\(#function)")
        checkLearnerFunction(
            "init(canonical:)", in: Self.file, cases: TestField.values(count: 10_000, generator: &generator),
            input: { "canonical value \($0.hex)" },
            output: Self.describe,
            expected: { .success(TestField.u256(($0 * TestField.twoTo256) % TestField.r)) },
            actual: Self.convert)
    }

    /// r itself, values just above it, 2^255, 2^256 − 1, and random values from r to 2^256 − 1.
    @Test func rejectNonCanonical() {
        var generator = TestSeed.generator(for: "\(Self.self).\(#function)")
        let one = GMPInteger(1)
        var values = [
            TestField.r, TestField.r + one, TestField.r + GMPInteger(2), TestField.r + (one << 64),
            TestField.r * GMPInteger(2), one << 255, TestField.twoTo256 - one,
        ]
        while values.count < 1_000 {
            let candidate = GMPInteger(limbs: (0..<4).map { _ in generator.next() })
            if !(candidate < TestField.r) { values.append(candidate) }
        }
        checkLearnerFunction(
            "init(canonical:)", in: Self.file, cases: values,
            input: { "canonical value \($0.hex), which is not below r" },
            output: Self.describe,
            expected: { _ in .failure(.nonCanonical) },
            actual: Self.convert)
    }

    @Test func smallIntegers() {
        var generator = TestSeed.generator(for: "\(Self.self).\(#function)")
        var values: [UInt64] = [0, 1, 2, 7, 1 << 32, 1 << 63, .max - 1, .max]
        for _ in 0..<10_000 { values.append(generator.next() >> (generator.next() % 64)) }
        checkLearnerFunction(
            "init(_:)", in: Self.file, cases: values,
            input: { "the integer \($0)" },
            output: { (form: UInt256) in "Montgomery form \(TestField.hex(form))" },
            expected: { TestField.u256((GMPInteger($0) * TestField.twoTo256) % TestField.r) },
            actual: { LearnerFr($0).montgomery })
    }

    @Test func outOfMontgomeryForm() {
        var generator = TestSeed.generator(for: "\(Self.self).\(#function)")
        checkLearnerFunction(
            "canonical", in: Self.file, cases: TestField.values(count: 10_000, generator: &generator),
            input: { "the element \($0.hex), Montgomery form \((($0 * TestField.twoTo256) % TestField.r).hex)" },
            output: { (value: UInt256) in TestField.hex(value) },
            expected: { TestField.u256($0) },
            actual: { TestField.learner(canonical: $0).canonical })
    }
}
