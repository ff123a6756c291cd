import Testing

/// `eip4844-batch`: `verifyKZGProofBatch` on claims built from the `verify_kzg_proof` vectors (including two false
/// claims whose errors cancel under equal weights), and every consensus-spec vector of
/// `verify_blob_kzg_proof_batch`. The checks are shared with the reference's tests: `Tests/Suites/10-eip-4844`.
@Suite struct BatchVerificationTests {
    @Test func claims() { Learner.checks.kzgProofBatch(file: Learner.file("BatchVerification.swift")) }

    @Test func consensusVectors() {
        Learner.checks.vectors(
            ["verify_blob_kzg_proof_batch"], name: "verifyBlobKZGProofBatch",
            file: Learner.file("BatchVerification.swift"))
    }
}
