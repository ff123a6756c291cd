import Curves
import ExerciseSupport
import Fields
import KZG
import MSM
import Pairing

/// `verify_kzg_proof_batch` (consensus-specs, deneb/polynomial-commitments.md): whether every claim
/// (C_i, z_i, y_i, π_i) passes `verifyKZGProof`, with one pairing-product check for all of them.
///
/// The weight of claim i is r^i, where r = hash_to_bls_field(RANDOM_CHALLENGE_KZG_BATCH_DOMAIN ‖
/// FIELD_ELEMENTS_PER_BLOB as 8 bytes ‖ n as 8 bytes ‖ for each claim C_i ‖ z_i ‖ y_i ‖ π_i), all big-endian: no
/// claim can be chosen after r is known. Then
/// e(Σ r^i (C_i − [y_i]G1 + [z_i]π_i), G2) = e(Σ r^i π_i, [τ]G2) (chapter 9's batch check). An empty batch is
/// valid. Not constant time (public inputs).
///
/// - Precondition: the four lists have the same length.
public func verifyKZGProofBatch(
    commitments: [KZGCommitment], zs: [Bytes32], ys: [Bytes32], proofs: [KZGProof], setup: TrustedSetup
) -> Bool {
    unimplemented()
}

/// `verify_blob_kzg_proof_batch`: whether every (blob, commitment, proof) passes `verifyBlobKZGProof`, each at its
/// own challenge, checked at once with `verifyKZGProofBatch`.
///
/// - Throws: `.batchLengthMismatch` unless the three lists have the same length.
public func verifyBlobKZGProofBatch(
    _ blobs: [Blob], commitments: [KZGCommitment], proofs: [KZGProof], setup: TrustedSetup
) throws(EIP4844Error) -> Bool {
    unimplemented()
}
