import Chapter10Suites
import Curves
import EIP4844
import Fields
import Polynomials
import Testing

/// The reference's `EIP4844` through chapter 10's protocol: the same hidden checks as the learner's, every
/// consensus-spec vector included (`Tests/Suites/10-eip-4844`). The reference validates in its types'
/// initializers, which stand for the learner's validation functions.
struct ReferenceEIP4844: EIP4844Implementation {
    static let context = try! KZGFixtures.mainnet.get()  // the committed setup loads

    func bytesToBLSField(_ bytes: [UInt8]) -> Validated {
        Self.validated { () throws(EIP4844Error) in try Bytes32(bytes: bytes).fieldElement.bigEndianBytes }
    }
    func blobToPolynomial(_ bytes: [UInt8]) -> Validated {
        Self.validated { () throws(EIP4844Error) in
            try Blob(bytes: bytes).polynomial.evaluations.flatMap(\.bigEndianBytes)
        }
    }
    func validateKZGG1(_ bytes: [UInt8]) -> Validated {
        Self.validated { () throws(EIP4844Error) in try KZGCommitment(bytes: bytes).point.compressed }
    }
    func evaluate(_ polynomial: PolynomialInEvaluationForm, at z: Fr) -> Fr { polynomial.evaluate(at: z) }
    func hashToBLSField(_ data: [UInt8]) -> Fr { EIP4844.hashToBLSField(data) }

    func blobToKZGCommitment(blob: [UInt8]) throws -> [UInt8] {
        Self.context.blobToKZGCommitment(try Blob(bytes: blob)).bytes
    }
    func computeKZGProof(blob: [UInt8], z: [UInt8]) throws -> (proof: [UInt8], y: [UInt8]) {
        let (proof, y) = Self.context.computeKZGProof(try Blob(bytes: blob), z: try Bytes32(bytes: z))
        return (proof.bytes, y.bytes)
    }
    func computeBlobKZGProof(blob: [UInt8], commitment: [UInt8]) throws -> [UInt8] {
        Self.context.computeBlobKZGProof(try Blob(bytes: blob), commitment: try KZGCommitment(bytes: commitment))
            .bytes
    }
    func verifyKZGProof(commitment: [UInt8], z: [UInt8], y: [UInt8], proof: [UInt8]) throws -> Bool {
        Self.context.verifyKZGProof(
            commitment: try KZGCommitment(bytes: commitment), z: try Bytes32(bytes: z), y: try Bytes32(bytes: y),
            proof: try KZGProof(bytes: proof))
    }
    func verifyBlobKZGProof(blob: [UInt8], commitment: [UInt8], proof: [UInt8]) throws -> Bool {
        Self.context.verifyBlobKZGProof(
            try Blob(bytes: blob), commitment: try KZGCommitment(bytes: commitment), proof: try KZGProof(bytes: proof))
    }
    func verifyBlobKZGProofBatch(blobs: [[UInt8]], commitments: [[UInt8]], proofs: [[UInt8]]) throws -> Bool {
        try Self.context.verifyBlobKZGProofBatch(
            try blobs.map { bytes throws(EIP4844Error) in try Blob(bytes: bytes) },
            commitments: try commitments.map { bytes throws(EIP4844Error) in try KZGCommitment(bytes: bytes) },
            proofs: try proofs.map { bytes throws(EIP4844Error) in try KZGProof(bytes: bytes) })
    }
    func computeChallenge(blob: [UInt8], commitment: [UInt8]) throws -> [UInt8] {
        Self.context.computeChallenge(try Blob(bytes: blob), commitment: try KZGCommitment(bytes: commitment))
            .bigEndianBytes
    }
    func verifyKZGProofBatch(commitments: [[UInt8]], zs: [[UInt8]], ys: [[UInt8]], proofs: [[UInt8]]) throws -> Bool {
        Self.context.verifyKZGProofBatch(
            commitments: try commitments.map { bytes throws(EIP4844Error) in try KZGCommitment(bytes: bytes) },
            zs: try zs.map { bytes throws(EIP4844Error) in try Bytes32(bytes: bytes) },
            ys: try ys.map { bytes throws(EIP4844Error) in try Bytes32(bytes: bytes) },
            proofs: try proofs.map { bytes throws(EIP4844Error) in try KZGProof(bytes: bytes) })
    }

    /// The reference's verdict in the checks' terms.
    static func validated(_ decode: () throws(EIP4844Error) -> [UInt8]) -> Validated {
        do {
            return .accepted(try decode())
        } catch {
            switch error {
            case .wrongLength(_, let expected, let got): return .wrongLength(expected: expected, got: got)
            case .blobElementNotCanonical(let index): return .notCanonical(index: index)
            case .fieldElementNotCanonical: return .notCanonical(index: nil)
            case .invalidCommitment(let reason), .invalidProof(let reason): return .invalidPoint(reason)
            case .batchLengthMismatch, .setupSizeMismatch: return .otherError("\(error)")
            }
        }
    }
}

@Suite("EIP4844 against chapter 10's shared checks")
struct EIP4844SuiteTests {
    static let checks = EIP4844Checks(ReferenceEIP4844())
    static let file = "Sources/Reference/EIP4844"

    @Test func validation() { Self.checks.validation(file: Self.file) }

    @Test func challenge() { Self.checks.challenge(file: Self.file) }

    @Test func evaluation() { Self.checks.evaluation(file: Self.file) }

    @Test func kzgProofBatch() { Self.checks.kzgProofBatch(file: Self.file) }

    @Test("every consensus-spec vector of the seven EIP-4844 functions")
    func consensusVectors() {
        Self.checks.vectors(ConsensusVectors.functions, name: "the seven EIP-4844 functions", file: Self.file)
    }
}
