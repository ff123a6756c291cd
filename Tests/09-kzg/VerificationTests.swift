import Testing

/// `kzg-verify`: honest claims pass; each part of a claim changed fails.
/// The checks are shared with the reference's tests: `Tests/Suites/09-kzg`.
@Suite struct VerificationTests {
    @Test func trueAndFalseClaims() { Learner.checks.verify(file: Learner.file("Verification.swift")) }
}
