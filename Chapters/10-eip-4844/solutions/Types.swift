import Curves
import Fields
import Polynomials

// The byte types of EIP-4844 (consensus-specs, deneb/polynomial-commitments.md, "Custom types"). Untrusted bytes
// enter only through the throwing initializers, which call your validation functions in `Validation.swift`: a value
// of one of these types is always valid, so the seven functions need not check it again.

/// Sizes fixed by EIP-4844 ("Constants" and "Preset" of the spec).
public enum EIP4844Constants {
    /// `BYTES_PER_FIELD_ELEMENT`.
    public static let bytesPerFieldElement = 32
    /// `FIELD_ELEMENTS_PER_BLOB`.
    public static let fieldElementsPerBlob = 4096
    /// `BYTES_PER_BLOB`.
    public static let bytesPerBlob = bytesPerFieldElement * fieldElementsPerBlob
    /// `BYTES_PER_COMMITMENT` and `BYTES_PER_PROOF`: a compressed G1 point.
    public static let bytesPerG1Point = 48
    /// `FIAT_SHAMIR_PROTOCOL_DOMAIN`, the first bytes hashed by `compute_challenge`.
    public static let fiatShamirProtocolDomain = Array("FSBLOBVERIFY_V1_".utf8)
    /// `RANDOM_CHALLENGE_KZG_BATCH_DOMAIN`, the first bytes hashed by `verify_kzg_proof_batch`.
    public static let randomChallengeKZGBatchDomain = Array("RCKZGBATCH___V1_".utf8)
}

/// Why an EIP-4844 input was rejected: each case is one of the spec's `assert`s.
public enum EIP4844Error: Error, Equatable, Sendable {
    /// A byte string of the wrong size; `what` is "blob", "field element" or "G1 point".
    case wrongLength(what: String, expected: Int, got: Int)
    /// The blob's field element at `index` is not below r.
    case blobElementNotCanonical(index: Int)
    /// A 32-byte field element (z or y) is not below r.
    case fieldElementNotCanonical
    /// 48 bytes that are not the compressed encoding of a point of the r-order subgroup of G1.
    case invalidG1Point(PointDecodingError)
    /// The lists of a batch do not have the same length.
    case batchLengthMismatch(blobs: Int, commitments: Int, proofs: Int)
}

/// A blob: 4096 field elements of 32 bytes, big-endian, each below r (spec type `Blob`).
public struct Blob: Sendable, Equatable {
    /// The 131072 bytes.
    public let bytes: [UInt8]
    /// The blob's polynomial, by its values on the bit-reversed 4096-point domain (`blob_to_polynomial`).
    public let polynomial: PolynomialInEvaluationForm

    public init(bytes: [UInt8]) throws(EIP4844Error) {
        polynomial = try blobToPolynomial(bytes)
        self.bytes = bytes
    }

    public static func == (lhs: Blob, rhs: Blob) -> Bool { lhs.bytes == rhs.bytes }
}

/// 32 bytes holding a field element below r, big-endian: how z and y travel (spec type `Bytes32`).
public struct Bytes32: Sendable, Equatable {
    public let bytes: [UInt8]
    public let fieldElement: Fr

    public init(bytes: [UInt8]) throws(EIP4844Error) {
        fieldElement = try bytesToBLSField(bytes)
        self.bytes = bytes
    }

    /// The canonical encoding of `element`.
    public init(_ element: Fr) {
        fieldElement = element
        bytes = element.bigEndianBytes
    }
}

/// A commitment: a compressed point of the r-order subgroup of G1 (spec type `KZGCommitment`).
public struct KZGCommitment: Sendable, Equatable {
    public let bytes: [UInt8]
    public let point: G1Affine

    public init(bytes: [UInt8]) throws(EIP4844Error) {
        point = try validateKZGG1(bytes)
        self.bytes = bytes
    }

    /// The compressed encoding of `point`.
    public init(_ point: G1Affine) {
        self.point = point
        bytes = point.compressed
    }
}

/// An opening proof: a compressed point of the r-order subgroup of G1 (spec type `KZGProof`).
public struct KZGProof: Sendable, Equatable {
    public let bytes: [UInt8]
    public let point: G1Affine

    public init(bytes: [UInt8]) throws(EIP4844Error) {
        point = try validateKZGG1(bytes)
        self.bytes = bytes
    }

    /// The compressed encoding of `point`.
    public init(_ point: G1Affine) {
        self.point = point
        bytes = point.compressed
    }
}
