import Backend
import Crypto
import Foundation
import KZG

/// A blob as the spec functions use it: its 131072 bytes, hashed into challenges, and the 4096 values a backend
/// decoded from them, in the same order.
public struct EncodedBlob<Scalar: BackendScalar>: Sendable {
    public let bytes: [UInt8]
    public let polynomial: [Scalar]

    /// Pairs bytes with what the caller decoded from them; it does not decode (each backend decodes with its own
    /// field, and `Blob` does for the reference).
    @inlinable public init(bytes: [UInt8], polynomial: [Scalar]) {
        (self.bytes, self.polynomial) = (bytes, polynomial)
    }
}

/// A commitment or proof as the spec functions use it: its 48 bytes, hashed into challenges, and the point a
/// backend decoded from them.
public struct EncodedG1<Point: BackendG1>: Sendable {
    public let bytes: [UInt8]
    public let point: Point

    /// Pairs bytes with what the caller decoded from them, without decoding.
    @inlinable public init(bytes: [UInt8], point: Point) {
        (self.bytes, self.point) = (bytes, point)
    }
}

/// The EIP-4844 polynomial-commitment functions (consensus-specs, deneb/polynomial-commitments.md), written once
/// over any backend. Each is the spec function of the same name, on inputs already validated (`Blob`,
/// `KZGCommitment`, `KZGProof` and `Bytes32` do that for the reference). Nothing here is constant time; none of
/// the inputs is secret.
extension KZGSettings {
    /// `blob_to_kzg_commitment`.
    @inlinable
    public func blobToKZGCommitment(_ blob: EncodedBlob<Backend.Scalar>) -> Backend.G1 {
        commit(to: blob.polynomial)
    }

    /// `compute_kzg_proof`: the proof that the blob's polynomial takes the returned `y` at `z`.
    @inlinable
    public func computeKZGProof(_ blob: EncodedBlob<Backend.Scalar>, z: Backend.Scalar) -> (
        proof: Backend.G1, y: Backend.Scalar
    ) {
        let (proof, y) = open(blob.polynomial, at: z)
        return (proof, y)
    }

    /// `compute_blob_kzg_proof`: the proof at the blob's Fiat–Shamir challenge, which binds the blob and
    /// `commitment`. The commitment is not checked against the blob: a wrong one gives a proof that fails.
    @inlinable
    public func computeBlobKZGProof(_ blob: EncodedBlob<Backend.Scalar>, commitment: EncodedG1<Backend.G1>)
        -> Backend.G1
    {
        open(blob.polynomial, at: computeChallenge(blob, commitment: commitment)).proof
    }

    /// `verify_kzg_proof`.
    @inlinable
    public func verifyKZGProof(commitment: Backend.G1, z: Backend.Scalar, y: Backend.Scalar, proof: Backend.G1)
        -> Bool
    {
        verify(commitment: commitment, point: z, value: y, proof: proof)
    }

    /// `verify_blob_kzg_proof`: the challenge and y are recomputed from the blob, never taken from the prover.
    @inlinable
    public func verifyBlobKZGProof(
        _ blob: EncodedBlob<Backend.Scalar>, commitment: EncodedG1<Backend.G1>, proof: EncodedG1<Backend.G1>
    ) -> Bool {
        let z = computeChallenge(blob, commitment: commitment)
        return verify(
            commitment: commitment.point, point: z, value: evaluate(blob.polynomial, at: z), proof: proof.point)
    }

    /// `verify_blob_kzg_proof_batch`: whether every (blob, commitment, proof) passes `verifyBlobKZGProof`, checked
    /// with one random linear combination. An empty batch is valid.
    ///
    /// - Precondition: the three lists have one length (the caller reports a mismatch as the input's error).
    @inlinable
    public func verifyBlobKZGProofBatch(
        _ blobs: [EncodedBlob<Backend.Scalar>], commitments: [EncodedG1<Backend.G1>], proofs: [EncodedG1<Backend.G1>]
    ) -> Bool {
        precondition(blobs.count == commitments.count && blobs.count == proofs.count, "one length for the lists")
        guard !blobs.isEmpty else { return true }
        // One claim needs no random combination: the single check gives the same verdict, with less work.
        if blobs.count == 1 { return verifyBlobKZGProof(blobs[0], commitment: commitments[0], proof: proofs[0]) }
        // Hashing each blob and evaluating at its challenge dominate for large batches; blobs are independent.
        let claims = ParallelSlots.map(count: blobs.count) { index in
            let z = computeChallenge(blobs[index], commitment: commitments[index])
            return (z: z, y: evaluate(blobs[index].polynomial, at: z))
        }
        return verifyKZGProofBatch(commitments: commitments, zs: claims.map(\.z), ys: claims.map(\.y), proofs: proofs)
    }

    /// `verify_kzg_proof_batch`: whether every claim (commitment, z, y, proof) passes `verifyKZGProof`, checked
    /// with one random linear combination whose weight r hashes every claim. An empty batch is valid.
    ///
    /// - Precondition: the four lists have one length.
    @inlinable
    public func verifyKZGProofBatch(
        commitments: [EncodedG1<Backend.G1>], zs: [Backend.Scalar], ys: [Backend.Scalar],
        proofs: [EncodedG1<Backend.G1>]
    ) -> Bool {
        precondition(
            commitments.count == zs.count && zs.count == ys.count && ys.count == proofs.count,
            "verifyKZGProofBatch: the four lists must have the same length")
        return verifyBatch(
            commitments: commitments.map(\.point), points: zs, values: ys, proofs: proofs.map(\.point),
            challenge: batchChallenge(commitments: commitments, zs: zs, ys: ys, proofs: proofs))
    }

    /// `compute_challenge`: the Fiat–Shamir evaluation point of a blob, hash_to_bls_field of
    /// FIAT_SHAMIR_PROTOCOL_DOMAIN ‖ FIELD_ELEMENTS_PER_BLOB (16 bytes, big-endian) ‖ blob ‖ commitment.
    @inlinable
    public func computeChallenge(_ blob: EncodedBlob<Backend.Scalar>, commitment: EncodedG1<Backend.G1>)
        -> Backend.Scalar
    {
        hashToBLSField(
            EIP4844Constants.fiatShamirProtocolDomain + bigEndian(UInt64(size), byteCount: 16) + blob.bytes
                + commitment.bytes)
    }

    /// The weight r of `verify_kzg_proof_batch`: hash_to_bls_field of RANDOM_CHALLENGE_KZG_BATCH_DOMAIN ‖
    /// FIELD_ELEMENTS_PER_BLOB (8 bytes) ‖ n (8 bytes) ‖ for each claim, commitment ‖ z ‖ y ‖ proof.
    @inlinable
    func batchChallenge(
        commitments: [EncodedG1<Backend.G1>], zs: [Backend.Scalar], ys: [Backend.Scalar],
        proofs: [EncodedG1<Backend.G1>]
    ) -> Backend.Scalar {
        var data = EIP4844Constants.randomChallengeKZGBatchDomain
        data += bigEndian(UInt64(size), byteCount: 8)
        data += bigEndian(UInt64(commitments.count), byteCount: 8)
        for index in commitments.indices {
            data += commitments[index].bytes + zs[index].bigEndianBytes + ys[index].bigEndianBytes + proofs[index].bytes
        }
        return hashToBLSField(data)
    }
}

/// `hash_to_bls_field`: the SHA-256 digest of `data` read as a big-endian integer, reduced mod r, in any backend's
/// field.
@inlinable
public func hashToBLSField<Scalar: BackendScalar>(_ data: [UInt8], as _: Scalar.Type = Scalar.self) -> Scalar {
    Scalar.reducing(bigEndian: Array(SHA256.hash(data: data)))
}

/// `value` as `byteCount` bytes, big-endian (the specs' int_to_bytes), zero-extended past 8 bytes.
@inlinable
func bigEndian(_ value: UInt64, byteCount: Int) -> [UInt8] {
    (0..<byteCount).map { index in
        let shift = 8 * (byteCount - 1 - index)
        return shift >= 64 ? 0 : UInt8(truncatingIfNeeded: value >> UInt64(shift))
    }
}
