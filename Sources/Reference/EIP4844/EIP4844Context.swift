import Crypto
import Curves
import Fields
import KZG
import Polynomials

/// The EIP-4844 polynomial-commitment API (consensus-specs, deneb/polynomial-commitments.md), bound to a
/// trusted setup of `FIELD_ELEMENTS_PER_BLOB` points.
///
/// Each method is the spec function of the same name. Inputs arrive already validated by the throwing
/// initializers of `Blob`, `Bytes32`, `KZGCommitment` and `KZGProof`, which make the spec's `assert`s; what is
/// left to check here is the batch's list lengths. Nothing here is constant time; none of the inputs is secret.
public struct EIP4844Context: Sendable {
    public let setup: TrustedSetup

    /// - Throws: `EIP4844Error.setupSizeMismatch` unless the setup has 4096 G1 points and [s]G2.
    public init(setup: TrustedSetup) throws(EIP4844Error) {
        guard setup.domain.size == EIP4844Constants.fieldElementsPerBlob else {
            throw .setupSizeMismatch(expected: EIP4844Constants.fieldElementsPerBlob, got: setup.domain.size)
        }
        self.setup = setup
    }

    /// `blob_to_kzg_commitment`: the commitment to the blob's polynomial.
    public func blobToKZGCommitment(_ blob: Blob) -> KZGCommitment {
        // The blob and the setup both have 4096 points (checked by their initializers).
        KZGCommitment(try! setup.commit(to: blob.polynomial))
    }

    /// `compute_kzg_proof`: the proof that the blob's polynomial takes the returned `y` at `z`.
    public func computeKZGProof(_ blob: Blob, z: Bytes32) -> (proof: KZGProof, y: Bytes32) {
        let (proof, y) = try! setup.open(blob.polynomial, at: z.fieldElement)
        return (KZGProof(proof), Bytes32(y))
    }

    /// `compute_blob_kzg_proof`: the proof for the blob at its Fiat–Shamir challenge, which binds the blob and
    /// `commitment`. The commitment is not checked against the blob: a wrong one gives a proof that fails.
    public func computeBlobKZGProof(_ blob: Blob, commitment: KZGCommitment) -> KZGProof {
        let challenge = computeChallenge(blob, commitment: commitment)
        return KZGProof(try! setup.open(blob.polynomial, at: challenge).proof)
    }

    /// `verify_kzg_proof`: whether `proof` shows that the polynomial committed to is `y` at `z`.
    public func verifyKZGProof(commitment: KZGCommitment, z: Bytes32, y: Bytes32, proof: KZGProof) -> Bool {
        setup.verify(commitment: commitment.point, point: z.fieldElement, value: y.fieldElement, proof: proof.point)
    }

    /// `verify_blob_kzg_proof`: whether `proof` shows that `commitment` is a commitment to `blob`, checked at the
    /// blob's challenge.
    public func verifyBlobKZGProof(_ blob: Blob, commitment: KZGCommitment, proof: KZGProof) -> Bool {
        let challenge = computeChallenge(blob, commitment: commitment)
        let y = blob.polynomial.evaluate(at: challenge)
        return setup.verify(commitment: commitment.point, point: challenge, value: y, proof: proof.point)
    }

    /// `verify_blob_kzg_proof_batch`: whether every (blob, commitment, proof) triple passes `verifyBlobKZGProof`,
    /// checked with one random linear combination (`verify_kzg_proof_batch`). An empty batch is valid.
    ///
    /// - Throws: `EIP4844Error.batchLengthMismatch` unless the three lists have the same length.
    public func verifyBlobKZGProofBatch(_ blobs: [Blob], commitments: [KZGCommitment], proofs: [KZGProof])
        throws(EIP4844Error) -> Bool
    {
        guard blobs.count == commitments.count, blobs.count == proofs.count else {
            throw .batchLengthMismatch(blobs: blobs.count, commitments: commitments.count, proofs: proofs.count)
        }
        guard !blobs.isEmpty else { return true }
        // One claim needs no random combination: the single check gives the same verdict, with less work.
        if blobs.count == 1 { return verifyBlobKZGProof(blobs[0], commitment: commitments[0], proof: proofs[0]) }
        // Hashing the blob and evaluating at the challenge dominate for large batches; blobs are independent.
        let gathered = ParallelSlots.map(count: blobs.count) { index in
            let challenge = computeChallenge(blobs[index], commitment: commitments[index])
            return KZGOpeningClaim(
                commitment: commitments[index].point, point: challenge,
                value: blobs[index].polynomial.evaluate(at: challenge), proof: proofs[index].point)
        }
        return setup.verifyBatch(
            gathered,
            challenge: batchChallenge(
                gathered, commitments: commitments,
                proofs: proofs))
    }

    /// `compute_challenge`: the Fiat–Shamir evaluation point of a blob, hash_to_bls_field of
    /// FIAT_SHAMIR_PROTOCOL_DOMAIN ‖ FIELD_ELEMENTS_PER_BLOB (16 bytes, big-endian) ‖ blob ‖ commitment.
    public func computeChallenge(_ blob: Blob, commitment: KZGCommitment) -> Fr {
        var hasher = SHA256()
        hasher.update(data: EIP4844Constants.fiatShamirProtocolDomain)
        hasher.update(data: bigEndian(UInt64(EIP4844Constants.fieldElementsPerBlob), byteCount: 16))
        hasher.update(data: blob.bytes)
        hasher.update(data: commitment.bytes)
        return hashToBLSField(hasher)
    }

    /// The weight r of `verify_kzg_proof_batch`: hash_to_bls_field of RANDOM_CHALLENGE_KZG_BATCH_DOMAIN ‖
    /// FIELD_ELEMENTS_PER_BLOB (8 bytes) ‖ n (8 bytes) ‖ for each claim, commitment ‖ z ‖ y ‖ proof.
    private func batchChallenge(_ claims: [KZGOpeningClaim], commitments: [KZGCommitment], proofs: [KZGProof])
        -> Fr
    {
        var hasher = SHA256()
        hasher.update(data: EIP4844Constants.randomChallengeKZGBatchDomain)
        hasher.update(data: bigEndian(UInt64(EIP4844Constants.fieldElementsPerBlob), byteCount: 8))
        hasher.update(data: bigEndian(UInt64(claims.count), byteCount: 8))
        for (index, claim) in claims.enumerated() {
            hasher.update(data: commitments[index].bytes)
            hasher.update(data: claim.point.bigEndianBytes)
            hasher.update(data: claim.value.bigEndianBytes)
            hasher.update(data: proofs[index].bytes)
        }
        return hashToBLSField(hasher)
    }
}

/// `hash_to_bls_field`: the SHA-256 digest read as a big-endian integer, reduced mod r.
private func hashToBLSField(_ hasher: SHA256) -> Fr {
    Fr(reducingBigEndian: Array(hasher.finalize()))
}

private func bigEndian(_ value: UInt64, byteCount: Int) -> [UInt8] {
    (0..<byteCount).map { index in
        let shift = 8 * (byteCount - 1 - index)
        return shift >= 64 ? 0 : UInt8(truncatingIfNeeded: value >> UInt64(shift))
    }
}
