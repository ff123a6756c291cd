import Chapter04Suites
import Testing

/// `g1-windowed`: [k]P by fixed windows of 1 to 8 bits against GMP.
@Suite struct WindowedMultiplicationTests {
    static let file = "\(exerciseFolder)/WindowedMultiplication.swift"

    @Test func windowed() { ScalarMultiplicationChecks.windowed(LearnerG1(), file: Self.file) }
}
