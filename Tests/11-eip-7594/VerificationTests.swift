import Testing

/// `eip7594-verify`: every consensus-spec vector of the batch challenge and of `verify_cell_kzg_proof_batch`, and
/// batches whose errors cancel with equal weights (`Tests/Suites/11-eip-7594`).
@Suite struct VerificationTests {
    @Test func consensusVectors() {
        Learner.checks.vectors(
            ["compute_verify_cell_kzg_proof_batch_challenge", "verify_cell_kzg_proof_batch"],
            name: "computeVerifyCellKZGProofBatchChallenge, verifyCellKZGProofBatch",
            file: Learner.file("Verification.swift"))
    }

    @Test func batchWeights() { Learner.checks.batchWeights(file: Learner.file("Verification.swift")) }
}
