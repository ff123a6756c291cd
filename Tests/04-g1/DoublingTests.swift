import Chapter04Suites
import Testing

/// `g1-double`: 2P against the tangent rule computed with GMP, on random points with random Z and on the identity.
@Suite struct DoublingTests {
    static let file = "\(exerciseFolder)/Doubling.swift"

    @Test func doubling() { GroupLawChecks.doubling(LearnerG1(), file: Self.file) }
}
