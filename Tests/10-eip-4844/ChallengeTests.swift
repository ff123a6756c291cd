import Testing

/// `eip4844-challenge`: `hashToBLSField` against SHA-256 reduced by GMP, and `computeChallenge` on the
/// consensus-spec vectors and on random blobs against the transcript hashed independently.
/// The checks are shared with the reference's tests: `Tests/Suites/10-eip-4844`.
@Suite struct ChallengeTests {
    @Test func transcript() { Learner.checks.challenge(file: Learner.file("Challenge.swift")) }
}
