import Testing

/// `merkle-hashes`: leaf and node hashes against SHA-256 with the 0x00 and 0x01 prefixes.
/// The checks are shared with the reference's tests: `Tests/Suites/18-notarised-datasets`.
@Suite struct HashingTests {
    @Test func leafHash() { Learner.checks.leafHash(file: Learner.file("Hashing.swift")) }
    @Test func nodeHash() { Learner.checks.nodeHash(file: Learner.file("Hashing.swift")) }
}
