import Chapter10Exercises
import Chapter10Suites
import Curves
import Fields
import Polynomials

/// The learner's chapter 10 functions, seen through the protocol the shared checks are written against: bytes in
/// through the learner's validating initializers, bytes out, an `EIP4844Error` thrown for a rejected input.
struct LearnerEIP4844: EIP4844Implementation {

    func bytesToBLSField(_ bytes: [UInt8]) -> Validated {
        Self.validated { () throws(EIP4844Error) in try Chapter10Exercises.bytesToBLSField(bytes).bigEndianBytes }
    }
    func blobToPolynomial(_ bytes: [UInt8]) -> Validated {
        Self.validated { () throws(EIP4844Error) in
            try Chapter10Exercises.blobToPolynomial(bytes).evaluations.flatMap(\.bigEndianBytes)
        }
    }
    func validateKZGG1(_ bytes: [UInt8]) -> Validated {
        Self.validated { () throws(EIP4844Error) in try Chapter10Exercises.validateKZGG1(bytes).compressed }
    }
    func evaluate(_ polynomial: PolynomialInEvaluationForm, at z: Fr) -> Fr {
        evaluatePolynomialInEvaluationForm(polynomial, at: z)
    }
    func hashToBLSField(_ data: [UInt8]) -> Fr { Chapter10Exercises.hashToBLSField(data) }

    func blobToKZGCommitment(blob: [UInt8]) throws -> [UInt8] {
        Chapter10Exercises.blobToKZGCommitment(try Blob(bytes: blob), setup: Self.mainnetSetup).bytes
    }
    func computeKZGProof(blob: [UInt8], z: [UInt8]) throws -> (proof: [UInt8], y: [UInt8]) {
        let (proof, y) = Chapter10Exercises.computeKZGProof(
            try Blob(bytes: blob), z: try Bytes32(bytes: z), setup: Self.mainnetSetup)
        return (proof.bytes, y.bytes)
    }
    func computeBlobKZGProof(blob: [UInt8], commitment: [UInt8]) throws -> [UInt8] {
        Chapter10Exercises.computeBlobKZGProof(
            try Blob(bytes: blob), commitment: try KZGCommitment(bytes: commitment), setup: Self.mainnetSetup
        ).bytes
    }
    func verifyKZGProof(commitment: [UInt8], z: [UInt8], y: [UInt8], proof: [UInt8]) throws -> Bool {
        Chapter10Exercises.verifyKZGProof(
            commitment: try KZGCommitment(bytes: commitment), z: try Bytes32(bytes: z), y: try Bytes32(bytes: y),
            proof: try KZGProof(bytes: proof), setup: Self.mainnetSetup)
    }
    func verifyBlobKZGProof(blob: [UInt8], commitment: [UInt8], proof: [UInt8]) throws -> Bool {
        Chapter10Exercises.verifyBlobKZGProof(
            try Blob(bytes: blob), commitment: try KZGCommitment(bytes: commitment), proof: try KZGProof(bytes: proof),
            setup: Self.mainnetSetup)
    }
    func verifyBlobKZGProofBatch(blobs: [[UInt8]], commitments: [[UInt8]], proofs: [[UInt8]]) throws -> Bool {
        try Chapter10Exercises.verifyBlobKZGProofBatch(
            try blobs.map { bytes throws(EIP4844Error) in try Blob(bytes: bytes) },
            commitments: try commitments.map { bytes throws(EIP4844Error) in try KZGCommitment(bytes: bytes) },
            proofs: try proofs.map { bytes throws(EIP4844Error) in try KZGProof(bytes: bytes) },
            setup: Self.mainnetSetup)
    }
    func computeChallenge(blob: [UInt8], commitment: [UInt8]) throws -> [UInt8] {
        Chapter10Exercises.computeChallenge(try Blob(bytes: blob), commitment: try KZGCommitment(bytes: commitment))
            .bigEndianBytes
    }
    func verifyKZGProofBatch(commitments: [[UInt8]], zs: [[UInt8]], ys: [[UInt8]], proofs: [[UInt8]]) throws -> Bool {
        Chapter10Exercises.verifyKZGProofBatch(
            commitments: try commitments.map { bytes throws(EIP4844Error) in try KZGCommitment(bytes: bytes) },
            zs: try zs.map { bytes throws(EIP4844Error) in try Bytes32(bytes: bytes) },
            ys: try ys.map { bytes throws(EIP4844Error) in try Bytes32(bytes: bytes) },
            proofs: try proofs.map { bytes throws(EIP4844Error) in try KZGProof(bytes: bytes) },
            setup: Self.mainnetSetup)
    }

    /// The learner's verdict in the checks' terms.
    static func validated(_ decode: () throws(EIP4844Error) -> [UInt8]) -> Validated {
        do {
            return .accepted(try decode())
        } catch {
            switch error {
            case .wrongLength(_, let expected, let got): return .wrongLength(expected: expected, got: got)
            case .blobElementNotCanonical(let index): return .notCanonical(index: index)
            case .fieldElementNotCanonical: return .notCanonical(index: nil)
            case .invalidG1Point(let reason): return .invalidPoint(reason)
            case .batchLengthMismatch: return .otherError("\(error)")
            }
        }
    }
}

enum Learner {
    static let checks = EIP4844Checks(LearnerEIP4844())

    /// An exercise file, as failure messages name it.
    static func file(_ name: String) -> String { "Sources/Exercises/10-eip-4844/\(name)" }
}
