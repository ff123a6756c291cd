import EIP4844
import EIP7594
import Foundation

/// What the KZG routes compute with: the reference contexts bound to the loaded trusted setup.
public struct KZGBackend: Sendable {
    public let eip4844: EIP4844Context
    public let eip7594: EIP7594Context

    public init(eip4844: EIP4844Context, eip7594: EIP7594Context) {
        self.eip4844 = eip4844
        self.eip7594 = eip7594
    }
}

/// Limits that the operations check before computing.
public struct OperationLimits: Sendable {
    /// The most blobs `verify_blob_kzg_proof_batch` takes in one request.
    public var maxBatchSize: Int

    /// The most cells `verify_cell_kzg_proof_batch` takes in one request: the cells of `maxBatchSize` blobs.
    public var maxCellBatchSize: Int { maxBatchSize * EIP7594Constants.cellsPerExtBlob }

    public init(maxBatchSize: Int) {
        self.maxBatchSize = maxBatchSize
    }
}

/// One POST route under `/v1`: its name (the spec function's, which is also the OpenAPI `operationId`) and what
/// it does with the body. `run` decodes, validates, computes and encodes; it runs on the worker pool, off the
/// server's threads, and throws only `ServiceProblem`.
public struct KZGOperation: Sendable {
    public let name: String
    public let run: @Sendable (_ body: [UInt8], _ backend: KZGBackend, _ limits: OperationLimits) throws -> [UInt8]

    public var path: String { "/v1/\(name)" }

    /// Every operation the service offers.
    public static let all: [KZGOperation] = eip4844 + eip7594

    /// The EIP-4844 polynomial-commitment functions (consensus-specs, deneb/polynomial-commitments.md).
    public static let eip4844: [KZGOperation] = [
        KZGOperation(name: "blob_to_kzg_commitment") { body, backend, _ in
            let request = try decode(BlobRequest.self, body)
            let blob = try parseBlob(request.blob, field: "blob")
            return encode(CommitmentResponse(commitment: Hex.encode(backend.eip4844.blobToKZGCommitment(blob).bytes)))
        },
        KZGOperation(name: "compute_kzg_proof") { body, backend, _ in
            let request = try decode(BlobPointRequest.self, body)
            let blob = try parseBlob(request.blob, field: "blob")
            let z = try parseBytes32(request.z, field: "z")
            let (proof, y) = backend.eip4844.computeKZGProof(blob, z: z)
            return encode(ProofAndValueResponse(proof: Hex.encode(proof.bytes), y: Hex.encode(y.bytes)))
        },
        KZGOperation(name: "compute_blob_kzg_proof") { body, backend, _ in
            let request = try decode(BlobCommitmentRequest.self, body)
            let blob = try parseBlob(request.blob, field: "blob")
            let commitment = try parseCommitment(request.commitment, field: "commitment")
            let proof = backend.eip4844.computeBlobKZGProof(blob, commitment: commitment)
            return encode(ProofResponse(proof: Hex.encode(proof.bytes)))
        },
        KZGOperation(name: "verify_kzg_proof") { body, backend, _ in
            let request = try decode(VerifyProofRequest.self, body)
            let commitment = try parseCommitment(request.commitment, field: "commitment")
            let z = try parseBytes32(request.z, field: "z")
            let y = try parseBytes32(request.y, field: "y")
            let proof = try parseProof(request.proof, field: "proof")
            return encode(
                VerdictResponse(valid: backend.eip4844.verifyKZGProof(commitment: commitment, z: z, y: y, proof: proof))
            )
        },
        KZGOperation(name: "verify_blob_kzg_proof") { body, backend, _ in
            let request = try decode(VerifyBlobProofRequest.self, body)
            let blob = try parseBlob(request.blob, field: "blob")
            let commitment = try parseCommitment(request.commitment, field: "commitment")
            let proof = try parseProof(request.proof, field: "proof")
            return encode(
                VerdictResponse(valid: backend.eip4844.verifyBlobKZGProof(blob, commitment: commitment, proof: proof)))
        },
        KZGOperation(name: "verify_blob_kzg_proof_batch") { body, backend, limits in
            let request = try decode(VerifyBatchRequest.self, body)
            let largest = max(request.blobs.count, request.commitments.count, request.proofs.count)
            guard largest <= limits.maxBatchSize else {
                throw ServiceProblem(
                    .batchTooLarge, detail: "\(largest) entries in a list; the limit is \(limits.maxBatchSize)")
            }
            guard request.blobs.count == request.commitments.count, request.blobs.count == request.proofs.count else {
                throw ServiceProblem(
                    .batchLengthMismatch,
                    detail:
                        "\(request.blobs.count) blobs, \(request.commitments.count) commitments and \(request.proofs.count) proofs"
                )
            }
            let blobs = try request.blobs.enumerated().map { try parseBlob($1, field: "blobs[\($0)]") }
            let commitments = try request.commitments.enumerated().map {
                try parseCommitment($1, field: "commitments[\($0)]")
            }
            let proofs = try request.proofs.enumerated().map { try parseProof($1, field: "proofs[\($0)]") }
            do {
                let valid = try backend.eip4844.verifyBlobKZGProofBatch(blobs, commitments: commitments, proofs: proofs)
                return encode(VerdictResponse(valid: valid))
            } catch let error as EIP4844Error {
                throw ServiceProblem(error, field: "blobs")
            }
        },
    ]
}

extension KZGOperation {
    /// The EIP-7594 cell functions (consensus-specs, fulu/polynomial-commitments-sampling.md).
    public static let eip7594: [KZGOperation] = [
        KZGOperation(name: "compute_cells") { body, backend, _ in
            let request = try decode(BlobRequest.self, body)
            let blob = try parseBlob(request.blob, field: "blob")
            return encode(CellsResponse(cells: backend.eip7594.computeCells(blob).map { Hex.encode($0.bytes) }))
        },
        KZGOperation(name: "compute_cells_and_kzg_proofs") { body, backend, _ in
            let request = try decode(BlobRequest.self, body)
            let blob = try parseBlob(request.blob, field: "blob")
            let (cells, proofs) = backend.eip7594.computeCellsAndKZGProofs(blob)
            return encode(
                CellsAndProofsResponse(
                    cells: cells.map { Hex.encode($0.bytes) }, proofs: proofs.map { Hex.encode($0.bytes) }))
        },
        KZGOperation(name: "verify_cell_kzg_proof_batch") { body, backend, limits in
            let request = try decode(VerifyCellBatchRequest.self, body)
            let counts = [
                request.commitments.count, request.cellIndices.count, request.cells.count, request.proofs.count,
            ]
            guard counts.max()! <= limits.maxCellBatchSize else {
                throw ServiceProblem(
                    .batchTooLarge,
                    detail: "\(counts.max()!) entries in a list; the limit is \(limits.maxCellBatchSize)")
            }
            guard Set(counts).count == 1 else {
                throw ServiceProblem(
                    .batchLengthMismatch,
                    detail:
                        "\(counts[0]) commitments, \(counts[1]) cell indices, \(counts[2]) cells and \(counts[3]) proofs"
                )
            }
            let commitments = try request.commitments.enumerated().map {
                try parseCommitment($1, field: "commitments[\($0)]")
            }
            let cells = try request.cells.enumerated().map { try parseCell($1, field: "cells[\($0)]") }
            let proofs = try request.proofs.enumerated().map { try parseProof($1, field: "proofs[\($0)]") }
            do {
                let valid = try backend.eip7594.verifyCellKZGProofBatch(
                    commitments: commitments, cellIndices: request.cellIndices, cells: cells, proofs: proofs)
                return encode(VerdictResponse(valid: valid))
            } catch let error as EIP7594Error {
                throw ServiceProblem(error, field: "cell_indices")
            }
        },
        KZGOperation(name: "recover_cells_and_kzg_proofs") { body, backend, _ in
            let request = try decode(RecoverCellsRequest.self, body)
            let total = EIP7594Constants.cellsPerExtBlob
            // Checked before the cells are parsed, so that an oversized list costs no decoding.
            guard request.cells.count <= total, request.cellIndices.count <= total else {
                throw ServiceProblem(
                    .wrongCellCount,
                    detail:
                        "\(request.cells.count) cells and \(request.cellIndices.count) indices; an extended blob has \(total)"
                )
            }
            let cells = try request.cells.enumerated().map { try parseCell($1, field: "cells[\($0)]") }
            do {
                let (recovered, proofs) = try backend.eip7594.recoverCellsAndKZGProofs(
                    cellIndices: request.cellIndices, cells: cells)
                return encode(
                    CellsAndProofsResponse(
                        cells: recovered.map { Hex.encode($0.bytes) }, proofs: proofs.map { Hex.encode($0.bytes) }))
            } catch let error as EIP7594Error {
                throw ServiceProblem(error, field: "cell_indices")
            }
        },
    ]
}

// MARK: Bodies (the schemas of openapi.yaml)

struct BlobRequest: Decodable { let blob: String }
struct BlobPointRequest: Decodable { let blob: String, z: String }
struct BlobCommitmentRequest: Decodable { let blob: String, commitment: String }
struct VerifyProofRequest: Decodable { let commitment: String, z: String, y: String, proof: String }
struct VerifyBlobProofRequest: Decodable { let blob: String, commitment: String, proof: String }
struct VerifyBatchRequest: Decodable { let blobs: [String], commitments: [String], proofs: [String] }
struct VerifyCellBatchRequest: Decodable {
    let commitments: [String], cellIndices: [Int], cells: [String], proofs: [String]
    enum CodingKeys: String, CodingKey {
        case commitments
        case cellIndices = "cell_indices"
        case cells, proofs
    }
}
struct RecoverCellsRequest: Decodable {
    let cellIndices: [Int], cells: [String]
    enum CodingKeys: String, CodingKey {
        case cellIndices = "cell_indices"
        case cells
    }
}

struct CommitmentResponse: Encodable { let commitment: String }
struct ProofResponse: Encodable { let proof: String }
struct ProofAndValueResponse: Encodable { let proof: String, y: String }
struct VerdictResponse: Encodable { let valid: Bool }
struct CellsResponse: Encodable { let cells: [String] }
struct CellsAndProofsResponse: Encodable { let cells: [String], proofs: [String] }

// MARK: Decoding and validation

private func decode<Body: Decodable>(_ type: Body.Type, _ body: [UInt8]) throws(ServiceProblem) -> Body {
    do {
        return try JSONDecoder().decode(type, from: Data(body))
    } catch let DecodingError.keyNotFound(key, _) {
        throw ServiceProblem(.malformedJSON, detail: "the member \(key.stringValue) is missing")
    } catch let DecodingError.typeMismatch(_, context) {
        throw ServiceProblem(.malformedJSON, detail: "\(path(context)) has the wrong JSON type")
    } catch let DecodingError.valueNotFound(_, context) {
        throw ServiceProblem(.malformedJSON, detail: "\(path(context)) is null")
    } catch {
        throw ServiceProblem(.malformedJSON, detail: "the body is not valid JSON")
    }
}

private func path(_ context: DecodingError.Context) -> String {
    let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    return path.isEmpty ? "the body" : path
}

private func encode(_ value: some Encodable) -> [UInt8] {
    // Strings and booleans only: encoding cannot fail.
    Array(try! JSONEncoder().encode(value))
}

func parseBlob(_ text: String, field: String) throws(ServiceProblem) -> Blob {
    let bytes = try Hex.decode(text, field: field)
    do { return try Blob(bytes: bytes) } catch { throw ServiceProblem(error, field: field) }
}

func parseBytes32(_ text: String, field: String) throws(ServiceProblem) -> Bytes32 {
    let bytes = try Hex.decode(text, field: field)
    do { return try Bytes32(bytes: bytes) } catch { throw ServiceProblem(error, field: field) }
}

func parseCommitment(_ text: String, field: String) throws(ServiceProblem) -> KZGCommitment {
    let bytes = try Hex.decode(text, field: field)
    do { return try KZGCommitment(bytes: bytes) } catch { throw ServiceProblem(error, field: field) }
}

func parseProof(_ text: String, field: String) throws(ServiceProblem) -> KZGProof {
    let bytes = try Hex.decode(text, field: field)
    do { return try KZGProof(bytes: bytes) } catch { throw ServiceProblem(error, field: field) }
}

func parseCell(_ text: String, field: String) throws(ServiceProblem) -> Cell {
    let bytes = try Hex.decode(text, field: field)
    do { return try Cell(bytes: bytes) } catch { throw ServiceProblem(error, field: field) }
}
