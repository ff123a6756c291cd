import Chapter10Suites
import Chapter11Suites
import EIP4844
import EIP7594
import Foundation
import Testing

/// The reference's `EIP7594` through chapter 11's protocol: the same vector check and batch checks as the learner's
/// (`Tests/Suites/11-eip-7594`). What the reference throws (`EIP4844Error`, `EIP7594Error`, from its types'
/// initialisers too) is a rejection.
struct ReferenceEIP7594: EIP7594Implementation {
    static let context = try! KZGFixtures.mainnetCells.get()  // the committed setup loads

    func computeCells(blob: [UInt8]) throws -> [[UInt8]] {
        Self.context.computeCells(try Blob(bytes: blob)).map(\.bytes)
    }
    func computeCellsAndKZGProofs(blob: [UInt8]) throws -> (cells: [[UInt8]], proofs: [[UInt8]]) {
        let (cells, proofs) = Self.context.computeCellsAndKZGProofs(try Blob(bytes: blob))
        return (cells.map(\.bytes), proofs.map(\.bytes))
    }
    func verifyCellKZGProofBatch(commitments: [[UInt8]], cellIndices: [Int], cells: [[UInt8]], proofs: [[UInt8]])
        throws -> Bool
    {
        try Self.context.verifyCellKZGProofBatch(
            commitments: try commitments.map { try KZGCommitment(bytes: $0) }, cellIndices: cellIndices,
            cells: try cells.map { try Cell(bytes: $0) }, proofs: try proofs.map { try KZGProof(bytes: $0) })
    }
    func recoverCellsAndKZGProofs(cellIndices: [Int], cells: [[UInt8]]) throws -> (cells: [[UInt8]], proofs: [[UInt8]])
    {
        let (allCells, proofs) = try Self.context.recoverCellsAndKZGProofs(
            cellIndices: cellIndices, cells: try cells.map { try Cell(bytes: $0) })
        return (allCells.map(\.bytes), proofs.map(\.bytes))
    }
    func computeVerifyCellKZGProofBatchChallenge(
        commitments: [[UInt8]], commitmentIndices: [Int], cellIndices: [Int], cells: [[UInt8]], proofs: [[UInt8]]
    ) throws -> [UInt8] {
        try Self.context.computeVerifyCellKZGProofBatchChallenge(
            commitments: try commitments.map { try KZGCommitment(bytes: $0) }, commitmentIndices: commitmentIndices,
            cellIndices: cellIndices, cells: try cells.map { try Cell(bytes: $0) },
            proofs: try proofs.map { try KZGProof(bytes: $0) }
        ).bigEndianBytes
    }
}

@Suite("EIP-7594 conformance, through chapter 11's shared checks")
struct EIP7594ConformanceTests {
    static let checks = EIP7594Checks(ReferenceEIP7594())
    static let file = "Sources/Reference/EIP7594"

    @Test("every spec vector of the five EIP-7594 functions")
    func everyVector() {
        Self.checks.vectors(ConsensusVectors.cellFunctions, name: "the five EIP-7594 functions", file: Self.file)
    }

    @Test func batchWeights() { Self.checks.batchWeights(file: Self.file) }

    @Test func recoveryFromSubsets() { Self.checks.recoveryFromSubsets(file: Self.file) }

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
        for function in ConsensusVectors.cellFunctions {
            let (cases, problems) = ConsensusVectors.load(function, from: folder)
            #expect(problems.isEmpty && cases.count == 1)
            for vector in cases {
                let actual = ConsensusVectors.run(vector, on: ReferenceEIP7594())
                #expect(actual != vector.expected)
                #expect(actual.description.contains("harness error"), "\(function): \(actual)")
            }
        }
    }
}
