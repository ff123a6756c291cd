import Backend
import Chapter09Suites
import Chapter10Suites
import EIP4844
import ExerciseSupport
import Foundation
import HiddenTestSupport
import KZG
import Testing

/// The consensus-spec EIP-4844 vectors through the spec functions of `EIP4844`, written once over `KZGBackend`,
/// running on backend `B`. Bytes enter through the backend's own validating decoders; a decoder that throws is a
/// rejection, as in chapter 10's runner.
struct BackendProtocol<B: KZGBackend>: Sendable {
    let settings: KZGSettings<B>

    enum Rejection: Error { case wrongLength, listLengths }

    func blob(_ bytes: [UInt8]) throws -> EncodedBlob<B.Scalar> {
        guard bytes.count == EIP4844Constants.bytesPerBlob else { throw Rejection.wrongLength }
        let polynomial = try (0..<EIP4844Constants.fieldElementsPerBlob).map { index in
            try B.Scalar(validatingBigEndian: Array(bytes[32 * index..<32 * (index + 1)]))
        }
        return EncodedBlob(bytes: bytes, polynomial: polynomial)
    }

    func point(_ bytes: [UInt8]) throws -> EncodedG1<B.G1> {
        EncodedG1(bytes: bytes, point: try B.G1(validatingCompressed: bytes))
    }

    func scalar(_ bytes: [UInt8]) throws -> B.Scalar {
        guard bytes.count == 32 else { throw Rejection.wrongLength }
        return try B.Scalar(validatingBigEndian: bytes)
    }

    /// The case's result: what a decoder or the batch's length check throws is a rejection, an input the
    /// runner cannot read a harness error.
    func run(_ vector: ConsensusVector) -> VectorValue {
        do {
            return try result(of: vector)
        } catch let error as VectorError {
            return .harnessError("\(error)")
        } catch {
            return .rejected
        }
    }

    private func result(of vector: ConsensusVector) throws -> VectorValue {
        switch vector.function {
        case "blob_to_kzg_commitment":
            return .bytes(settings.blobToKZGCommitment(try blob(vector.bytes("blob"))).compressed)
        case "compute_kzg_proof":
            let (proof, y) = settings.computeKZGProof(try blob(vector.bytes("blob")), z: try scalar(vector.bytes("z")))
            return .list([proof.compressed, y.bigEndianBytes])
        case "compute_blob_kzg_proof":
            return .bytes(
                settings.computeBlobKZGProof(
                    try blob(vector.bytes("blob")), commitment: try point(vector.bytes("commitment"))
                ).compressed)
        case "verify_kzg_proof":
            return .bool(
                settings.verifyKZGProof(
                    commitment: try point(vector.bytes("commitment")).point, z: try scalar(vector.bytes("z")),
                    y: try scalar(vector.bytes("y")), proof: try point(vector.bytes("proof")).point))
        case "verify_blob_kzg_proof":
            return .bool(
                settings.verifyBlobKZGProof(
                    try blob(vector.bytes("blob")), commitment: try point(vector.bytes("commitment")),
                    proof: try point(vector.bytes("proof"))))
        case "verify_blob_kzg_proof_batch":
            let blobs = try vector.list("blobs").map(blob)
            let commitments = try vector.list("commitments").map(point)
            let proofs = try vector.list("proofs").map(point)
            guard blobs.count == commitments.count, blobs.count == proofs.count else { throw Rejection.listLengths }
            return .bool(settings.verifyBlobKZGProofBatch(blobs, commitments: commitments, proofs: proofs))
        case "compute_challenge":
            return .bytes(
                settings.computeChallenge(
                    try blob(vector.bytes("blob")), commitment: try point(vector.bytes("commitment"))
                ).bigEndianBytes)
        default:
            throw VectorError.unknownFunction(vector.function)
        }
    }
}

extension BackendChecks {
    /// The settings of the mainnet setup in the backend's types, built once per backend type and test process.
    func mainnetSettings() -> KZGSettings<B> {
        let setup = KZGOracle.mainnetSetup
        return KZGSettings(
            g1LagrangeBitReversed: setup.g1Lagrange.map(setupPoint),
            g2Secret: try! B.G2(validatingCompressed: setup.g2Monomial[1].compressed))
    }

    /// Every case of `functions` among the consensus-spec vectors, through the backend: one issue per wrong case
    /// (its input, the expected and the actual result), and a line per function with its count of passes.
    ///
    /// `sample` keeps, per function, every case whose expected output is a rejection and only every k-th of the
    /// others (k = 1 runs all): a debug build of a learner's backend commits at a few MSMs a second. With
    /// `WORKBOOK_ALL_VECTORS=1` in the environment every case runs.
    public func vectors(
        _ functions: [String], everyOther sample: [String: Int] = [:], file: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        var cases: [ConsensusVector] = []
        for function in functions {
            let (loaded, problems) = ConsensusVectors.load(function)
            for problem in problems { Issue.record(Comment(rawValue: problem), sourceLocation: sourceLocation) }
            let k = ProcessInfo.processInfo.environment["WORKBOOK_ALL_VECTORS"] == "1" ? 1 : sample[function] ?? 1
            var kept = 0
            for vector in loaded {
                if vector.expected == .rejected {
                    cases.append(vector)
                } else {
                    if kept % k == 0 { cases.append(vector) }
                    kept += 1
                }
            }
        }
        let (checks, selected) = (self, cases)
        let results = LearnerCodeWatch.run(timeout: .seconds(170)) { () -> [VectorValue] in
            let runner = BackendProtocol(settings: checks.mainnetSettings())
            return selected.map(runner.run)
        }
        switch results {
        case .returned(let actual):
            var failures = 0
            for (vector, got) in zip(cases, actual) where got != vector.expected {
                failures += 1
                guard failures <= 8 else { continue }
                Issue.record(
                    Comment(
                        rawValue: """
                            the vector \(vector.function)/\(vector.name) fails through your backend
                              file:     \(file)
                              input:    \(vector.summary)
                              expected: \(vector.expected)
                              got:      \(got)
                            """), sourceLocation: sourceLocation)
            }
            let tally = functions.map { function in
                let mine = zip(cases, actual).filter { $0.0.function == function }
                return "\(function) \(mine.filter { $0.1 == $0.0.expected }.count)/\(mine.count)"
            }
            if failures > 8 {
                Issue.record(
                    Comment(
                        rawValue: "and \(failures - 8) more vectors fail; passes: \(tally.joined(separator: ", "))"),
                    sourceLocation: sourceLocation)
            }
            print("consensus-spec vectors through the backend: \(tally.joined(separator: ", "))")
        case .unimplemented(let message):
            Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
        case .timedOut:
            Issue.record(
                Comment(
                    rawValue:
                        "the vectors did not finish within 170 s: look for a loop that never ends\n  file: \(file)"),
                sourceLocation: sourceLocation)
        }
    }
}
