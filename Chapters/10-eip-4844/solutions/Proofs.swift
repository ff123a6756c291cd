import Curves
import ExerciseSupport
import Fields
import KZG

/// `blob_to_kzg_commitment` (consensus-specs, deneb/polynomial-commitments.md, "Blob to KZG commitment"): the
/// commitment to the blob's polynomial, [p(τ)]G1 with the setup's Lagrange points.
///
/// - Precondition: a setup of 4096 points, as the mainnet one.
public func blobToKZGCommitment(_ blob: Blob, setup: TrustedSetup) -> KZGCommitment {
    // BEGIN SOLUTION
    KZGCommitment(try! setup.commit(to: blob.polynomial))  // the setup has the blob's 4096 points
    // END SOLUTION
}

/// `compute_kzg_proof`: the proof that the blob's polynomial takes the value y at z, and y.
///
/// - Precondition: a setup of 4096 points.
public func computeKZGProof(_ blob: Blob, z: Bytes32, setup: TrustedSetup) -> (proof: KZGProof, y: Bytes32) {
    // BEGIN SOLUTION
    let (proof, y) = try! setup.open(blob.polynomial, at: z.fieldElement)  // the setup has 4096 points
    return (KZGProof(proof), Bytes32(y))
    // END SOLUTION
}

/// `compute_blob_kzg_proof`: the proof for the blob at its challenge `computeChallenge(blob, commitment:)`. The
/// commitment is hashed, not checked against the blob: a wrong one gives a proof that will not verify.
///
/// - Precondition: a setup of 4096 points.
public func computeBlobKZGProof(_ blob: Blob, commitment: KZGCommitment, setup: TrustedSetup) -> KZGProof {
    // BEGIN SOLUTION
    let challenge = computeChallenge(blob, commitment: commitment)
    return KZGProof(try! setup.open(blob.polynomial, at: challenge).proof)  // the setup has 4096 points
    // END SOLUTION
}
