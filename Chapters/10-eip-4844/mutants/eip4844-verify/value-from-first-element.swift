// the blob check takes y to be the blob's first value rather than the polynomial evaluated at the challenge.
import Curves
import ExerciseSupport
import Fields
import KZG

/// `verify_kzg_proof` (consensus-specs, deneb/polynomial-commitments.md, "verify_kzg_proof"): whether `proof`
/// shows that the polynomial committed to takes the value y at z, by the pairing check
/// e(C − [y]G1, G2) = e(π, [τ]G2 − [z]G2). Not constant time (public inputs).
public func verifyKZGProof(commitment: KZGCommitment, z: Bytes32, y: Bytes32, proof: KZGProof, setup: TrustedSetup)
    -> Bool
{
    setup.verify(commitment: commitment.point, point: z.fieldElement, value: y.fieldElement, proof: proof.point)
}

/// `verify_blob_kzg_proof`: whether `proof` shows that `commitment` commits to the blob, checked at one point,
/// the blob's challenge, where the verifier computes y from the blob itself.
public func verifyBlobKZGProof(_ blob: Blob, commitment: KZGCommitment, proof: KZGProof, setup: TrustedSetup)
    -> Bool
{
    let z = computeChallenge(blob, commitment: commitment)
    let y = blob.polynomial.evaluations[0]
    return setup.verify(commitment: commitment.point, point: z, value: y, proof: proof.point)
}
