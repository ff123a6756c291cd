import Testing

/// `kzg-commit`: [p(τ)]G1 on the small setup against one scalar multiplication by p(τ), each Lagrange point on its
/// own, and the constant 1 on the mainnet setup (the generator).
/// The checks are shared with the reference's tests: `Tests/Suites/09-kzg`.
@Suite struct CommitmentTests {
    @Test func againstKnownSecret() { Learner.checks.commit(file: Learner.file("Commitment.swift")) }
}
