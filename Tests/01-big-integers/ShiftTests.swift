import Chapter01Exercises
import GMP
import HiddenTestSupport
import Testing

/// `limbs-shift`: shifts by every count from −300 to 300 on edge values, random counts on random values, and the
/// extreme counts `Int.min` and `Int.max`, against GMP.
@Suite struct ShiftTests {
    static let file = "\(TestValues.exerciseFolder)/Shift.swift"

    static func cases() -> [(UInt256, Int)] {
        var generator = TestSeed.generator(for: "ShiftTests.cases")
        var values = TestValues.edgeValues
        for _ in 0..<8 { values.append(TestValues.uniformValue(using: &generator)) }
        var cases: [(UInt256, Int)] = []
        for value in values { for count in -300...300 { cases.append((value, count)) } }
        for _ in 0..<5_000 {
            let count = Int(generator.next() % 600) - 300
            cases.append((TestValues.uniformValue(using: &generator), count))
        }
        for value in values {
            for count in [Int.min, Int.min + 1, -1_000, 1_000, Int.max] { cases.append((value, count)) }
        }
        return cases
    }

    /// `value · 2^count mod 2^256` for count ≥ 0, and `value / 2^−count` for count < 0.
    static func leftShift(_ value: UInt256, _ count: Int) -> UInt256 {
        let x = TestValues.gmp(value)
        if count >= 256 || count <= -256 { return .zero }
        if count >= 0 { return TestValues.learner((x << count) % TestValues.twoTo256) }
        return TestValues.learner(x >> -count)
    }

    @Test func left() {
        checkLearnerFunction(
            "shiftedLeft(by:)", in: Self.file, cases: Self.cases(),
            input: { "\(TestValues.hex($0.0)) shifted left by \($0.1)" },
            output: { TestValues.hex($0) },
            expected: { value, count in Self.leftShift(value, count) },
            actual: { value, count in value.shiftedLeft(by: count) })
    }

    @Test func right() {
        checkLearnerFunction(
            "shiftedRight(by:)", in: Self.file, cases: Self.cases(),
            input: { "\(TestValues.hex($0.0)) shifted right by \($0.1)" },
            output: { TestValues.hex($0) },
            // Shifting right by n is shifting left by −n; Int.min has no negation, and shifts by any count of
            // 256 or more in either direction give zero.
            expected: { value, count in Self.leftShift(value, count == .min ? .max : -count) },
            actual: { value, count in value.shiftedRight(by: count) })
    }
}
