import Curves
import ExerciseSupport
import Fields
import KZG

/// `blob_to_kzg_commitment` (consensus-specs, deneb/polynomial-commitments.md, "Blob to KZG commitment"): the
/// commitment to the blob's polynomial, [p(τ)]G1 with the setup's Lagrange points.
///
/// - Precondition: a setup of 4096 points, as the mainnet one.
public func blobToKZGCommitment(_ blob: Blob, setup: TrustedSetup) -> KZGCommitment {
    unimplemented()
}

/// `compute_kzg_proof`: the proof that the blob's polynomial takes the value y at z, and y.
///
/// - Precondition: a setup of 4096 points.
public func computeKZGProof(_ blob: Blob, z: Bytes32, setup: TrustedSetup) -> (proof: KZGProof, y: Bytes32) {
    unimplemented()
}

/// `compute_blob_kzg_proof`: the proof for the blob at its challenge `computeChallenge(blob, commitment:)`. The
/// commitment is hashed, not checked against the blob: a wrong one gives a proof that will not verify.
///
/// - Precondition: a setup of 4096 points.
public func computeBlobKZGProof(_ blob: Blob, commitment: KZGCommitment, setup: TrustedSetup) -> KZGProof {
    unimplemented()
}
