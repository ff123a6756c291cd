import Curves
import Fields
import KZG
import Polynomials

/// Sizes fixed by EIP-4844 (consensus-specs, deneb/polynomial-commitments.md, "Constants" and "Preset").
public enum EIP4844Constants {
    /// `BYTES_PER_FIELD_ELEMENT`.
    public static let bytesPerFieldElement = 32
    /// `FIELD_ELEMENTS_PER_BLOB`.
    public static let fieldElementsPerBlob = 4096
    /// `BYTES_PER_BLOB`.
    public static let bytesPerBlob = bytesPerFieldElement * fieldElementsPerBlob
    /// `BYTES_PER_COMMITMENT` and `BYTES_PER_PROOF`: a compressed G1 point.
    public static let bytesPerG1Point = 48
    /// `FIAT_SHAMIR_PROTOCOL_DOMAIN`, the prefix of the blob challenge's hash input.
    public static let fiatShamirProtocolDomain = Array("FSBLOBVERIFY_V1_".utf8)
    /// `RANDOM_CHALLENGE_KZG_BATCH_DOMAIN`, the prefix of the batch verifier's hash input.
    public static let randomChallengeKZGBatchDomain = Array("RCKZGBATCH___V1_".utf8)
}

/// Why an EIP-4844 call rejected its input. Every check of the spec's `assert`s ends here.
public enum EIP4844Error: Error, Equatable, Sendable {
    /// A byte string of the wrong size: `what` names the input ("blob", "commitment", "proof", "field element").
    case wrongLength(what: String, expected: Int, got: Int)
    /// The blob's field element at `index` is not below the modulus r (`bytes_to_bls_field`).
    case blobElementNotCanonical(index: Int)
    /// A 32-byte field element (z or y) is not below the modulus r (`bytes_to_bls_field`).
    case fieldElementNotCanonical
    /// The commitment bytes are not a valid compressed G1 point of the subgroup (`validate_kzg_g1`).
    case invalidCommitment(PointDecodingError)
    /// The proof bytes are not a valid compressed G1 point of the subgroup (`validate_kzg_g1`).
    case invalidProof(PointDecodingError)
    /// The batch lists do not have the same length (`verify_blob_kzg_proof_batch`).
    case batchLengthMismatch(blobs: Int, commitments: Int, proofs: Int)
    /// The trusted setup does not have `FIELD_ELEMENTS_PER_BLOB` G1 points.
    case setupSizeMismatch(expected: Int, got: Int)
}

/// A blob: 4096 field elements of 32 bytes, big-endian, each below r (spec type `Blob`).
///
/// The initializer does what the spec's `blob_to_polynomial` checks, once: a `Blob` always holds a valid
/// polynomial.
public struct Blob: Sendable, Equatable {
    /// The 131072 bytes.
    public let bytes: [UInt8]
    /// The blob as a polynomial in evaluation form on the bit-reversed 4096-point domain (`blob_to_polynomial`).
    public let polynomial: PolynomialInEvaluationForm

    /// - Throws: `EIP4844Error.wrongLength` or `.blobElementNotCanonical` naming the first bad element.
    public init(bytes: some Collection<UInt8>) throws(EIP4844Error) {
        let bytes = Array(bytes)
        guard bytes.count == EIP4844Constants.bytesPerBlob else {
            throw .wrongLength(what: "blob", expected: EIP4844Constants.bytesPerBlob, got: bytes.count)
        }
        let width = EIP4844Constants.bytesPerFieldElement
        var elements = [Fr]()
        elements.reserveCapacity(EIP4844Constants.fieldElementsPerBlob)
        for index in 0..<EIP4844Constants.fieldElementsPerBlob {
            do {
                elements.append(try Fr(bigEndianBytes: bytes[index * width..<(index + 1) * width]))
            } catch {
                throw .blobElementNotCanonical(index: index)
            }
        }
        self.bytes = bytes
        // The count is FIELD_ELEMENTS_PER_BLOB, the size of the domain, so this cannot throw.
        polynomial = try! PolynomialInEvaluationForm(evaluations: elements, domain: .eip4844)
    }

    public static func == (lhs: Blob, rhs: Blob) -> Bool { lhs.bytes == rhs.bytes }
}

/// 32 bytes holding a big-endian field element, as z and y travel (spec type `Bytes32`).
public struct Bytes32: Sendable, Hashable {
    /// The 32 bytes.
    public let bytes: [UInt8]
    /// The field element they encode; the initializer rejects values not below r (`bytes_to_bls_field`).
    public let fieldElement: Fr

    /// - Throws: `EIP4844Error.wrongLength` or `.fieldElementNotCanonical`.
    public init(bytes: some Collection<UInt8>) throws(EIP4844Error) {
        let bytes = Array(bytes)
        guard bytes.count == EIP4844Constants.bytesPerFieldElement else {
            throw .wrongLength(
                what: "field element", expected: EIP4844Constants.bytesPerFieldElement,
                got: bytes.count)
        }
        do {
            fieldElement = try Fr(bigEndianBytes: bytes)
        } catch {
            throw .fieldElementNotCanonical
        }
        self.bytes = bytes
    }

    /// The canonical big-endian encoding of `element`.
    public init(_ element: Fr) {
        fieldElement = element
        bytes = element.bigEndianBytes
    }
}

/// A commitment to a blob: a compressed G1 point of the r-order subgroup (spec type `KZGCommitment`).
public struct KZGCommitment: Sendable, Hashable {
    /// The 48 bytes, as received or as computed.
    public let bytes: [UInt8]
    /// The point they encode.
    public let point: G1Affine

    /// Validates the bytes as the spec's `bytes_to_kzg_commitment` does (`validate_kzg_g1`: the encoding of
    /// infinity, or a point on the curve and in the subgroup).
    ///
    /// - Throws: `EIP4844Error.wrongLength` or `.invalidCommitment` with the decoding failure.
    public init(bytes: some Collection<UInt8>) throws(EIP4844Error) {
        self.bytes = Array(bytes)
        point = try validateKZGG1(self.bytes, what: "commitment", invalid: EIP4844Error.invalidCommitment)
    }

    /// The encoding of a point computed by this package (always valid, so nothing to check).
    package init(_ point: G1Affine) {
        self.point = point
        bytes = point.compressed
    }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.bytes == rhs.bytes }
    public func hash(into hasher: inout Hasher) { hasher.combine(bytes) }
}

/// A KZG opening proof: a compressed G1 point of the r-order subgroup (spec type `KZGProof`).
public struct KZGProof: Sendable, Hashable {
    /// The 48 bytes, as received or as computed.
    public let bytes: [UInt8]
    /// The point they encode.
    public let point: G1Affine

    /// Validates the bytes as the spec's `bytes_to_kzg_proof` does (`validate_kzg_g1`).
    ///
    /// - Throws: `EIP4844Error.wrongLength` or `.invalidProof` with the decoding failure.
    public init(bytes: some Collection<UInt8>) throws(EIP4844Error) {
        self.bytes = Array(bytes)
        point = try validateKZGG1(self.bytes, what: "proof", invalid: EIP4844Error.invalidProof)
    }

    /// The encoding of a point computed by this package (always valid, so nothing to check).
    package init(_ point: G1Affine) {
        self.point = point
        bytes = point.compressed
    }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.bytes == rhs.bytes }
    public func hash(into hasher: inout Hasher) { hasher.combine(bytes) }
}

/// The spec's `validate_kzg_g1` after the length check: 48 bytes that encode infinity, or a point on the curve and
/// in the r-order subgroup. `what` names the input in a length error; `invalid` wraps a decoding failure.
private func validateKZGG1(_ bytes: [UInt8], what: String, invalid: (PointDecodingError) -> EIP4844Error)
    throws(EIP4844Error) -> G1Affine
{
    guard bytes.count == EIP4844Constants.bytesPerG1Point else {
        throw .wrongLength(what: what, expected: EIP4844Constants.bytesPerG1Point, got: bytes.count)
    }
    do {
        return try G1Affine(compressed: bytes)
    } catch {
        throw invalid(error)
    }
}
