import Curves
import ExerciseSupport
import Fields
import KZG
import MSM
import Pairing

/// Whether every claim holds, with one pairing-product check for all of them (`verify_kzg_proof_batch` in the
/// consensus specs).
///
/// Claim i holds when e(C_i − [y_i]G1 + [z_i]π_i, G2) = e(π_i, [τ]G2) (the single check with [z_i]π_i moved to
/// the left). Weighting claim i by r^i and summing gives
/// e(Σ r^i (C_i − [y_i]G1 + [z_i]π_i), G2) · e(−Σ r^i π_i, [τ]G2) = 1. A false claim leaves an error the weights
/// keep from being cancelled by another, provided the prover could not predict r: the specs hash every claim into
/// it. Not constant time (public inputs).
///
/// - Parameter randomness: r, unpredictable to whoever made the claims.
public func verifyBatch(_ claims: [KZGOpeningClaim], setup: TrustedSetup, randomness r: Fr) -> Bool {
    unimplemented()
}
