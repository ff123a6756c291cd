import Chapter10Suites
import EIP4844
import EIP7594
import Foundation
import Testing

/// Every consensus-spec vector of the five EIP-7594 cell functions through the reference, read by the same runner as
/// the EIP-4844 ones (`ConsensusVectors`): what the reference throws is a rejection, right exactly when the case
/// expects null; an input the runner cannot read is a harness error, never a rejection.
@Suite("EIP-7594 conformance")
struct EIP7594ConformanceTests {
    @Test("every spec vector of the five EIP-7594 functions")
    func everyVector() throws {
        let context = try KZGFixtures.mainnetCells.get()
        var failures: [String] = []
        var count = 0
        for function in ConsensusVectors.cellFunctions {
            let (cases, problems) = ConsensusVectors.load(function)
            failures += problems
            for vector in cases {
                count += 1
                let actual = Self.run(vector, on: context)
                if actual != vector.expected {
                    failures.append("\(vector.function)/\(vector.name): expected \(vector.expected), got \(actual)")
                }
            }
        }
        #expect(count > 0)
        #expect(failures.isEmpty, "\(failures.count) problems in \(count) cases:\n\(failures.joined(separator: "\n"))")
    }

    @Test("an unreadable cell input is a harness error, not a rejection")
    func harnessErrorIsNotARejection() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vectors-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for function in ConsensusVectors.cellFunctions {
            let caseFolder = folder.appendingPathComponent("\(function)/kzg-mainnet/case_0")
            try FileManager.default.createDirectory(at: caseFolder, withIntermediateDirectories: true)
            try Data("input:\n  cell_indices: [zero, one]\n  misspelled: '0x00'\noutput: null\n".utf8)
                .write(to: caseFolder.appendingPathComponent("data.yaml"))
        }
        let context = try KZGFixtures.mainnetCells.get()
        for function in ConsensusVectors.cellFunctions {
            let (cases, problems) = ConsensusVectors.load(function, from: folder)
            #expect(problems.isEmpty && cases.count == 1)
            for vector in cases {
                let actual = Self.run(vector, on: context)
                #expect(actual != vector.expected)
                #expect(actual.description.contains("harness error"), "\(function): \(actual)")
            }
        }
    }

    /// Runs one case: what the reference throws (`EIP4844Error`, `EIP7594Error`, from its types' initialisers too)
    /// is a rejection; a missing or unreadable input is a harness error, read before anything is validated.
    static func run(_ vector: ConsensusVector, on context: EIP7594Context) -> VectorValue {
        do {
            return try result(vector, on: context)
        } catch let error as VectorError {
            return .harnessError("\(error)")
        } catch {
            return .rejected
        }
    }

    private static func result(_ vector: ConsensusVector, on context: EIP7594Context) throws -> VectorValue {
        func cells(_ bytes: [[UInt8]]) throws -> [Cell] { try bytes.map { try Cell(bytes: $0) } }
        func commitments(_ bytes: [[UInt8]]) throws -> [KZGCommitment] {
            try bytes.map { try KZGCommitment(bytes: $0) }
        }
        func proofs(_ bytes: [[UInt8]]) throws -> [KZGProof] { try bytes.map { try KZGProof(bytes: $0) } }
        func cellsAndProofs(_ result: (cells: [Cell], proofs: [KZGProof])) -> VectorValue {
            .lists([result.cells.map(\.bytes), result.proofs.map(\.bytes)])
        }
        switch vector.function {
        case "compute_cells":
            return .list(context.computeCells(try Blob(bytes: vector.bytes("blob"))).map(\.bytes))
        case "compute_cells_and_kzg_proofs":
            return cellsAndProofs(context.computeCellsAndKZGProofs(try Blob(bytes: vector.bytes("blob"))))
        case "verify_cell_kzg_proof_batch":
            let (commitmentBytes, cellIndices, cellBytes, proofBytes) = (
                try vector.list("commitments"), try vector.integers("cell_indices"), try vector.list("cells"),
                try vector.list("proofs")
            )
            return .bool(
                try context.verifyCellKZGProofBatch(
                    commitments: try commitments(commitmentBytes), cellIndices: cellIndices,
                    cells: try cells(cellBytes), proofs: try proofs(proofBytes)))
        case "recover_cells_and_kzg_proofs":
            let (cellIndices, cellBytes) = (try vector.integers("cell_indices"), try vector.list("cells"))
            return cellsAndProofs(
                try context.recoverCellsAndKZGProofs(cellIndices: cellIndices, cells: try cells(cellBytes)))
        case "compute_verify_cell_kzg_proof_batch_challenge":
            let (commitmentBytes, commitmentIndices, cellIndices, evaluations, proofBytes) = (
                try vector.list("commitments"), try vector.integers("commitment_indices"),
                try vector.integers("cell_indices"), try vector.nested("cosets_evals"), try vector.list("proofs")
            )
            // Each cell arrives as its 64 field elements; a cell's bytes are their concatenation.
            let challenge = try context.computeVerifyCellKZGProofBatchChallenge(
                commitments: try commitments(commitmentBytes), commitmentIndices: commitmentIndices,
                cellIndices: cellIndices, cells: try cells(evaluations.map { $0.flatMap { $0 } }),
                proofs: try proofs(proofBytes))
            return .bytes(challenge.bigEndianBytes)
        default:
            throw VectorError.unknownFunction(vector.function)
        }
    }
}
