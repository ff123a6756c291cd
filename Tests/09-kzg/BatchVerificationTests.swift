import Testing

/// `kzg-batch`: honest batches pass; one false claim, or two whose errors cancel under equal weights, fail.
/// The checks are shared with the reference's tests: `Tests/Suites/09-kzg`.
@Suite struct BatchVerificationTests {
    @Test func randomLinearCombination() {
        Learner.checks.verifyBatch(file: Learner.file("BatchVerification.swift"))
    }
}
