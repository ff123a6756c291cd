import Chapter02Exercises
import Chapter12Exercises
import Fields
import HiddenTestSupport
import Testing

/// `backend-scalar`: chapter 2's field through the backend's interface, against GMP (shared with the reference's
/// tests: `Tests/Suites/12-your-backend`), and the two conversions to and from the reference's `Fr`.
@Suite struct ScalarTests {
    static let file = Learner.file("Scalar.swift")

    @Test func arithmetic() { Learner.checks.fieldArithmetic(file: Self.file) }
    @Test func encodings() { Learner.checks.fieldEncodings(file: Self.file) }
    @Test func batchInversion() { Learner.checks.batchInversion(file: Self.file) }

    /// `reference` and `init(_:)` keep the value: the canonical encodings agree both ways. Learner-only: the
    /// reference has one `Fr`, and nothing to convert.
    @Test func conversions() {
        var generator = TestSeed.generator(for: "Chapter12.conversions")
        let values = [Fields.Fr.zero, .one, -.one] + (0..<20).map { _ in Fields.Fr.random(using: &generator) }
        checkLearnerFunction(
            "reference, init(_:)", in: Self.file, cases: values,
            input: { "the reference's \(encodeHex($0.bigEndianBytes))" },
            output: { $0 },
            expected: { value in "\(encodeHex(value.bigEndianBytes)), back \(encodeHex(value.bigEndianBytes))" },
            actual: { value in
                let mine = Chapter02Exercises.Fr(value)
                return "\(encodeHex(mine.bigEndianBytes)), back \(encodeHex(mine.reference.bigEndianBytes))"
            })
    }
}
