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
    // BEGIN SOLUTION
    var points = [G1Affine]()
    var scalars = [Fr]()
    var proofs = [G1Affine]()
    var weights = [Fr]()
    var weightedValues = Fr.zero
    var weight = Fr.one
    for claim in claims {
        points += [claim.commitment, claim.proof]
        scalars += [weight, weight * claim.point]
        weightedValues = weightedValues + weight * claim.value
        proofs.append(claim.proof)
        weights.append(weight)
        weight = weight * r
    }
    points.append(G1Affine.generator)
    scalars.append(-weightedValues)
    let left = try! multiScalarMultiplication(points: points, scalars: scalars)  // equal lengths
    let right = try! multiScalarMultiplication(points: proofs, scalars: weights)  // equal lengths
    return pairingProductIsOne([(G1Affine(left), G2Affine.generator), (-G1Affine(right), setup.g2Monomial[1])])
    // END SOLUTION
}
