import Crypto
import Curves
import EIP4844
import ExerciseSupport
import Fields
import KZG
import MSM
import Pairing
import Polynomials

/// `compute_verify_cell_kzg_proof_batch_challenge` (consensus-specs, fulu/polynomial-commitments-sampling.md): r =
/// hash_to_bls_field of RANDOM_CHALLENGE_KZG_CELL_BATCH_DOMAIN ‖ FIELD_ELEMENTS_PER_BLOB ‖ FIELD_ELEMENTS_PER_CELL
/// ‖ the number of commitments ‖ the number of cells ‖ the commitments ‖ for each cell k, commitmentIndices[k] ‖
/// cellIndices[k] ‖ cells[k] ‖ proofs[k], every number as 8 bytes big-endian.
///
/// - Throws: `.lengthMismatch` unless the four per-cell lists have one length, `.commitmentIndexOutOfRange`,
///   `.cellIndexOutOfRange`.
public func computeVerifyCellKZGProofBatchChallenge(
    commitments: [KZGCommitment], commitmentIndices: [Int], cellIndices: [Int], cells: [Cell],
    proofs: [KZGProof]
) throws(EIP7594Error) -> Fr {
    unimplemented()
}

/// `verify_cell_kzg_proof_batch`: whether every cell k holds the values, on the coset of `cellIndices[k]`, of the
/// polynomial committed to by `commitments[k]`, as `proofs[k]` claims. An empty batch is valid.
///
/// `verify_cell_kzg_proof_batch_impl`: the commitments deduplicated (in order of first appearance), r the challenge,
/// I_k the polynomial of degree below 64 through cell k on its coset, h_k its shift, each claim
/// f(X) − I_k(X) = q_k(X)·(X^64 − h_k^64) is taken at s and the claims are added with the weights r^k:
///
///     e(Σ r^k π_k, [s^64]G2) = e(Σ r^k C_k − [Σ r^k I_k(s)]G1 + Σ r^k h_k^64 π_k, G2).
///
/// Not constant time (public inputs).
///
/// - Throws: `.lengthMismatch` unless the four lists have one length, `.cellIndexOutOfRange`.
public func verifyCellKZGProofBatch(
    commitments: [KZGCommitment], cellIndices: [Int], cells: [Cell], proofs: [KZGProof], setup: TrustedSetup
) throws(EIP7594Error) -> Bool {
    unimplemented()
}
