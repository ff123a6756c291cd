import Chapter09Suites
import Curves
import Fields
import KZG
import Polynomials

/// What chapter 10's exercises implement, stated once so that the same hidden checks run on the learner's code
/// (`Chapter10Tests`) and on the reference's `EIP4844` (`ReferenceTests`).
///
/// The spec's functions are stated in bytes, as the consensus-spec vectors give them: a call that throws rejected
/// its input. Both implementations work with `mainnetSetup`.
public protocol EIP4844Implementation: Sendable {
    /// `bytes_to_bls_field`; an accepted element as its canonical 32 bytes.
    func bytesToBLSField(_ bytes: [UInt8]) -> Validated
    /// `blob_to_polynomial`; an accepted blob as the canonical bytes of its 4096 values, in order.
    func blobToPolynomial(_ bytes: [UInt8]) -> Validated
    /// `validate_kzg_g1` with the length check; an accepted point as its compressed encoding.
    func validateKZGG1(_ bytes: [UInt8]) -> Validated
    /// `evaluate_polynomial_in_evaluation_form`.
    func evaluate(_ polynomial: PolynomialInEvaluationForm, at z: Fr) -> Fr
    /// `hash_to_bls_field`.
    func hashToBLSField(_ data: [UInt8]) -> Fr

    func blobToKZGCommitment(blob: [UInt8]) throws -> [UInt8]
    func computeKZGProof(blob: [UInt8], z: [UInt8]) throws -> (proof: [UInt8], y: [UInt8])
    func computeBlobKZGProof(blob: [UInt8], commitment: [UInt8]) throws -> [UInt8]
    func verifyKZGProof(commitment: [UInt8], z: [UInt8], y: [UInt8], proof: [UInt8]) throws -> Bool
    func verifyBlobKZGProof(blob: [UInt8], commitment: [UInt8], proof: [UInt8]) throws -> Bool
    func verifyBlobKZGProofBatch(blobs: [[UInt8]], commitments: [[UInt8]], proofs: [[UInt8]]) throws -> Bool
    /// `compute_challenge`, as the canonical 32 bytes of the challenge.
    func computeChallenge(blob: [UInt8], commitment: [UInt8]) throws -> [UInt8]
    /// `verify_kzg_proof_batch`, for lists of one length.
    func verifyKZGProofBatch(commitments: [[UInt8]], zs: [[UInt8]], ys: [[UInt8]], proofs: [[UInt8]]) throws -> Bool
}

extension EIP4844Implementation {
    /// The mainnet setup in `Data/kzg`, loaded once per test process (chapter 9's `KZGOracle.mainnetSetup`).
    public static var mainnetSetup: TrustedSetup { KZGOracle.mainnetSetup }
}

/// The verdict of a validating decoder, comparable across the learner's and the reference's error types.
public enum Validated: Equatable, Sendable, CustomStringConvertible {
    /// Accepted; the value re-encoded canonically.
    case accepted([UInt8])
    case wrongLength(expected: Int, got: Int)
    /// A field element not below r; for a blob, the index of the first one.
    case notCanonical(index: Int?)
    case invalidPoint(PointDecodingError)
    /// An error that is none of the above.
    case otherError(String)

    public var description: String {
        switch self {
        case .accepted(let bytes): "accepted, \(abbreviatedHex(bytes))"
        case .wrongLength(let expected, let got): "rejected: wrong length, expected \(expected), got \(got)"
        case .notCanonical(let index?): "rejected: the field element at index \(index) is not below r"
        case .notCanonical(nil): "rejected: the field element is not below r"
        case .invalidPoint(let reason): "rejected: invalid G1 point (\(reason))"
        case .otherError(let text): "rejected with an unexpected error: \(text)"
        }
    }
}
