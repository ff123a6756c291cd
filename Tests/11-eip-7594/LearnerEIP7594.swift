import Chapter11Exercises
import Chapter11Suites
import Curves
import EIP4844
import Fields
import KZG

/// The learner's chapter 11 functions, seen through the protocols the shared checks are written against: bytes in
/// through the validating initializers (`Cell`, and EIP-4844's `Blob`, `KZGCommitment`, `KZGProof`), bytes out.
struct LearnerEIP7594: EIP7594Pieces {
    func computeCells(blob: [UInt8]) throws -> [[UInt8]] {
        Chapter11Exercises.computeCells(try Blob(bytes: blob)).map(\.bytes)
    }
    func computeCellsAndKZGProofs(blob: [UInt8]) throws -> (cells: [[UInt8]], proofs: [[UInt8]]) {
        let (cells, proofs) = Chapter11Exercises.computeCellsAndKZGProofs(
            try Blob(bytes: blob), setup: Self.mainnetSetup)
        return (cells.map(\.bytes), proofs.map(\.bytes))
    }
    func verifyCellKZGProofBatch(commitments: [[UInt8]], cellIndices: [Int], cells: [[UInt8]], proofs: [[UInt8]])
        throws -> Bool
    {
        try Chapter11Exercises.verifyCellKZGProofBatch(
            commitments: try commitments.map { try KZGCommitment(bytes: $0) }, cellIndices: cellIndices,
            cells: try cells.map { try Cell(bytes: $0) }, proofs: try proofs.map { try KZGProof(bytes: $0) },
            setup: Self.mainnetSetup)
    }
    func recoverCellsAndKZGProofs(cellIndices: [Int], cells: [[UInt8]]) throws -> (cells: [[UInt8]], proofs: [[UInt8]])
    {
        let (allCells, proofs) = try Chapter11Exercises.recoverCellsAndKZGProofs(
            cellIndices: cellIndices, cells: try cells.map { try Cell(bytes: $0) }, setup: Self.mainnetSetup)
        return (allCells.map(\.bytes), proofs.map(\.bytes))
    }
    func computeVerifyCellKZGProofBatchChallenge(
        commitments: [[UInt8]], commitmentIndices: [Int], cellIndices: [Int], cells: [[UInt8]], proofs: [[UInt8]]
    ) throws -> [UInt8] {
        try Chapter11Exercises.computeVerifyCellKZGProofBatchChallenge(
            commitments: try commitments.map { try KZGCommitment(bytes: $0) }, commitmentIndices: commitmentIndices,
            cellIndices: cellIndices, cells: try cells.map { try Cell(bytes: $0) },
            proofs: try proofs.map { try KZGProof(bytes: $0) }
        ).bigEndianBytes
    }

    func cosetShiftForCell(_ index: Int) -> Fr { Chapter11Exercises.cosetShiftForCell(index) }
    func cosetForCell(_ index: Int) -> [Fr] { Chapter11Exercises.cosetForCell(index) }
    func extendPolynomial(_ coefficients: [Fr]) -> [Fr] { Chapter11Exercises.extendPolynomial(coefficients) }
    func cellProofSlowly(coefficients: [Fr], cellIndex: Int, setup: TrustedSetup) -> G1Affine {
        computeCellKZGProofSlowly(coefficients: coefficients, cellIndex: cellIndex, setup: setup)
    }
    func fk20Partials(coefficients: [Fr], setup: TrustedSetup) -> [G1Affine] {
        Chapter11Exercises.fk20Partials(coefficients: coefficients, setup: setup)
    }
    func vanishingPolynomial(missingCellIndices: [Int]) -> [Fr] {
        Chapter11Exercises.vanishingPolynomial(missingCellIndices: missingCellIndices)
    }
}

enum Learner {
    static let checks = EIP7594Checks(LearnerEIP7594())
    static let pieces = EIP7594PieceChecks(LearnerEIP7594())

    /// An exercise file, as failure messages name it.
    static func file(_ name: String) -> String { "Sources/Exercises/11-eip-7594/\(name)" }
}
