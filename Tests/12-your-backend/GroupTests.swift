import Testing

/// `backend-group`: chapter 4's G1 through the backend's interface, against the reference's `Curves` and the
/// invalid points of the consensus-spec vectors (shared with the reference's tests: `Tests/Suites/12-your-backend`).
@Suite struct GroupTests {
    static let file = Learner.file("Group.swift")

    @Test func groupLaw() { Learner.checks.groupLaw(file: Self.file) }
    @Test func decoding() { Learner.checks.groupDecoding(file: Self.file) }
}
