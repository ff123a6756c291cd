import Testing

/// `merkle-inclusion`: every path of trees up to 40 leaves, and the verifier on honest and broken proofs.
/// The checks are shared with the reference's tests: `Tests/Suites/18-notarised-datasets`.
@Suite struct InclusionTests {
    @Test func inclusionProof() { Learner.checks.inclusionProof(file: Learner.file("Inclusion.swift")) }
    @Test func verifyInclusion() { Learner.checks.verifyInclusion(file: Learner.file("Inclusion.swift")) }
}
