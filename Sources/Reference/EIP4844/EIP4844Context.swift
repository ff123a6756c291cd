import Crypto
import Curves
import Fields
import KZG
import Polynomials

/// The EIP-4844 polynomial-commitment API (consensus-specs, deneb/polynomial-commitments.md), bound to a
/// trusted setup of `FIELD_ELEMENTS_PER_BLOB` points: the spec functions of `EIP4844Functions.swift`, written once
/// over any backend, on `ReferenceBackend` and the reference's typed values.
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
        KZGCommitment(G1Affine(setup.settings.blobToKZGCommitment(blob.encoded)))
    }

    /// `compute_kzg_proof`: the proof that the blob's polynomial takes the returned `y` at `z`.
    public func computeKZGProof(_ blob: Blob, z: Bytes32) -> (proof: KZGProof, y: Bytes32) {
        let (proof, y) = setup.settings.computeKZGProof(blob.encoded, z: z.fieldElement)
        return (KZGProof(G1Affine(proof)), Bytes32(y))
    }

    /// `compute_blob_kzg_proof`: the proof for the blob at its Fiat–Shamir challenge, which binds the blob and
    /// `commitment`. The commitment is not checked against the blob: a wrong one gives a proof that fails.
    public func computeBlobKZGProof(_ blob: Blob, commitment: KZGCommitment) -> KZGProof {
        KZGProof(G1Affine(setup.settings.computeBlobKZGProof(blob.encoded, commitment: commitment.encoded)))
    }

    /// `verify_kzg_proof`: whether `proof` shows that the polynomial committed to is `y` at `z`.
    public func verifyKZGProof(commitment: KZGCommitment, z: Bytes32, y: Bytes32, proof: KZGProof) -> Bool {
        setup.settings.verifyKZGProof(
            commitment: G1Projective(commitment.point), z: z.fieldElement, y: y.fieldElement,
            proof: G1Projective(proof.point))
    }

    /// `verify_blob_kzg_proof`: whether `proof` shows that `commitment` is a commitment to `blob`, checked at the
    /// blob's challenge.
    public func verifyBlobKZGProof(_ blob: Blob, commitment: KZGCommitment, proof: KZGProof) -> Bool {
        setup.settings.verifyBlobKZGProof(blob.encoded, commitment: commitment.encoded, proof: proof.encoded)
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
        return setup.settings.verifyBlobKZGProofBatch(
            blobs.map(\.encoded), commitments: commitments.map(\.encoded), proofs: proofs.map(\.encoded))
    }

    /// `verify_kzg_proof_batch`: whether every claim (commitment, z, y, proof) passes `verifyKZGProof`, checked
    /// with one random linear combination whose weight r hashes every claim. An empty batch is valid.
    ///
    /// - Precondition: the four lists have the same length.
    public func verifyKZGProofBatch(commitments: [KZGCommitment], zs: [Bytes32], ys: [Bytes32], proofs: [KZGProof])
        -> Bool
    {
        setup.settings.verifyKZGProofBatch(
            commitments: commitments.map(\.encoded), zs: zs.map(\.fieldElement), ys: ys.map(\.fieldElement),
            proofs: proofs.map(\.encoded))
    }

    /// `compute_challenge`: the Fiat–Shamir evaluation point of a blob.
    public func computeChallenge(_ blob: Blob, commitment: KZGCommitment) -> Fr {
        setup.settings.computeChallenge(blob.encoded, commitment: commitment.encoded)
    }
}

/// `hash_to_bls_field` in the reference's field.
public func hashToBLSField(_ data: [UInt8]) -> Fr { hashToBLSField(data, as: Fr.self) }
