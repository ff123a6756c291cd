import Testing

/// `eip4844-prove`: every consensus-spec vector of `blob_to_kzg_commitment`, `compute_kzg_proof` and
/// `compute_blob_kzg_proof`, valid and invalid. The checks are shared with the reference's tests:
/// `Tests/Suites/10-eip-4844`.
@Suite struct ProofsTests {
    @Test func consensusVectors() {
        Learner.checks.vectors(
            ["blob_to_kzg_commitment", "compute_kzg_proof", "compute_blob_kzg_proof"],
            name: "blobToKZGCommitment, computeKZGProof, computeBlobKZGProof", file: Learner.file("Proofs.swift"))
    }
}
