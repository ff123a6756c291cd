import Chapter04Suites
import Testing

/// `g1-add`: P + Q against the chord rule computed with GMP, every exceptional case first.
@Suite struct AdditionTests {
    static let file = "\(exerciseFolder)/Addition.swift"

    @Test func addition() { GroupLawChecks.addition(LearnerG1(), file: Self.file) }
}
