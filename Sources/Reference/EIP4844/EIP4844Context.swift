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
        return verifyBatch(gathered, commitments: commitments, proofs: proofs)
    }

    /// `verify_kzg_proof_batch`: whether every claim (commitment, z, y, proof) passes `verifyKZGProof`, checked
    /// with one random linear combination whose weight r hashes every claim. An empty batch is valid.
    ///
    /// - Precondition: the four lists have the same length.
    public func verifyKZGProofBatch(commitments: [KZGCommitment], zs: [Bytes32], ys: [Bytes32], proofs: [KZGProof])
        -> Bool
    {
        precondition(
            commitments.count == zs.count && zs.count == ys.count && ys.count == proofs.count,
            "verifyKZGProofBatch: the four lists must have the same length")
        let claims = commitments.indices.map { index in
            KZGOpeningClaim(
                commitment: commitments[index].point, point: zs[index].fieldElement,
                value: ys[index].fieldElement, proof: proofs[index].point)
        }
        return verifyBatch(claims, commitments: commitments, proofs: proofs)
    }

    /// The claims checked at once with the weights r^i, r from `batchChallenge`.
    private func verifyBatch(_ claims: [KZGOpeningClaim], commitments: [KZGCommitment], proofs: [KZGProof]) -> Bool {
        setup.verifyBatch(claims, challenge: batchChallenge(claims, commitments: commitments, proofs: proofs))
    }

    /// `compute_challenge`: the Fiat–Shamir evaluation point of a blob, hash_to_bls_field of
    /// FIAT_SHAMIR_PROTOCOL_DOMAIN ‖ FIELD_ELEMENTS_PER_BLOB (16 bytes, big-endian) ‖ blob ‖ commitment.
    public func computeChallenge(_ blob: Blob, commitment: KZGCommitment) -> Fr {
        hashToBLSField(
            EIP4844Constants.fiatShamirProtocolDomain
                + bigEndian(UInt64(EIP4844Constants.fieldElementsPerBlob), byteCount: 16) + blob.bytes
                + commitment.bytes)
    }

    /// The weight r of `verify_kzg_proof_batch`: hash_to_bls_field of RANDOM_CHALLENGE_KZG_BATCH_DOMAIN ‖
    /// FIELD_ELEMENTS_PER_BLOB (8 bytes) ‖ n (8 bytes) ‖ for each claim, commitment ‖ z ‖ y ‖ proof.
    private func batchChallenge(_ claims: [KZGOpeningClaim], commitments: [KZGCommitment], proofs: [KZGProof])
        -> Fr
    {
        var data = EIP4844Constants.randomChallengeKZGBatchDomain
        data += bigEndian(UInt64(EIP4844Constants.fieldElementsPerBlob), byteCount: 8)
        data += bigEndian(UInt64(claims.count), byteCount: 8)
        for (index, claim) in claims.enumerated() {
            data +=
                commitments[index].bytes + claim.point.bigEndianBytes + claim.value.bigEndianBytes
                + proofs[index].bytes
        }
        return hashToBLSField(data)
    }
}

/// `hash_to_bls_field`: the SHA-256 digest of `data` read as a big-endian integer, reduced mod r.
public func hashToBLSField(_ data: [UInt8]) -> Fr {
    Fr(reducingBigEndian: Array(SHA256.hash(data: data)))
}

private func bigEndian(_ value: UInt64, byteCount: Int) -> [UInt8] {
    (0..<byteCount).map { index in
        let shift = 8 * (byteCount - 1 - index)
        return shift >= 64 ? 0 : UInt8(truncatingIfNeeded: value >> UInt64(shift))
    }
}
