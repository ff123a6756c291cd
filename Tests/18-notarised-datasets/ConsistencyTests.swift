import Testing

/// `merkle-consistency`: RFC 9162's consistency proofs against known answers and SUBPROOF, and the verifier on
/// honest and broken proofs. The checks are shared with the reference's tests: `Tests/Suites/18-notarised-datasets`.
@Suite struct ConsistencyTests {
    @Test func consistencyProof() { Learner.checks.consistencyProof(file: Learner.file("Consistency.swift")) }
    @Test func verifyConsistency() { Learner.checks.verifyConsistency(file: Learner.file("Consistency.swift")) }
}
