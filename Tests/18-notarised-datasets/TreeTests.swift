import Testing

/// `merkle-root`: roots of 0 to 70 leaves against a tree hashed level by level, and the certificate-transparency
/// test tree. The checks are shared with the reference's tests: `Tests/Suites/18-notarised-datasets`.
@Suite struct TreeTests {
    @Test func merkleRoot() { Learner.checks.merkleRoot(file: Learner.file("Tree.swift")) }
}
