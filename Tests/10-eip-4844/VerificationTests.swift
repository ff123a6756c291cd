import Testing

/// `eip4844-verify`: every consensus-spec vector of `verify_kzg_proof` and `verify_blob_kzg_proof`, valid and
/// invalid. The checks are shared with the reference's tests: `Tests/Suites/10-eip-4844`.
@Suite struct VerificationTests {
    @Test func consensusVectors() {
        Learner.checks.vectors(
            ["verify_kzg_proof", "verify_blob_kzg_proof"], name: "verifyKZGProof, verifyBlobKZGProof",
            file: Learner.file("Verification.swift"))
    }
}
