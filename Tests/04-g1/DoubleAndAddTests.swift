import Chapter04Suites
import Testing

/// `g1-double-and-add`: [k]P against GMP for small k, k around r, the widest k and random k.
@Suite struct DoubleAndAddTests {
    static let file = "\(exerciseFolder)/DoubleAndAdd.swift"

    @Test func doubleAndAdd() { ScalarMultiplicationChecks.doubleAndAdd(LearnerG1(), file: Self.file) }
}
