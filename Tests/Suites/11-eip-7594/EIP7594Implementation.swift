import Chapter09Suites
import Chapter10Suites
import Curves
import Fields
import KZG

/// The five spec functions of EIP-7594 in bytes, as the consensus-spec vectors give them: a call that throws
/// rejected its input. The learner's exercises (`Chapter11Tests`) and the reference's `EIP7594` (`ReferenceTests`)
/// both implement it, so that the same vector check runs on both. Both work with the mainnet setup.
public protocol EIP7594Implementation: Sendable {
    func computeCells(blob: [UInt8]) throws -> [[UInt8]]
    func computeCellsAndKZGProofs(blob: [UInt8]) throws -> (cells: [[UInt8]], proofs: [[UInt8]])
    func verifyCellKZGProofBatch(commitments: [[UInt8]], cellIndices: [Int], cells: [[UInt8]], proofs: [[UInt8]])
        throws -> Bool
    func recoverCellsAndKZGProofs(cellIndices: [Int], cells: [[UInt8]]) throws -> (cells: [[UInt8]], proofs: [[UInt8]])
    /// `compute_verify_cell_kzg_proof_batch_challenge`, as the canonical 32 bytes of the challenge.
    func computeVerifyCellKZGProofBatchChallenge(
        commitments: [[UInt8]], commitmentIndices: [Int], cellIndices: [Int], cells: [[UInt8]], proofs: [[UInt8]]
    ) throws -> [UInt8]
}

/// The pieces chapter 11's exercises build the spec functions from, checked one by one against oracles.
public protocol EIP7594Pieces: EIP7594Implementation {
    func cosetShiftForCell(_ index: Int) -> Fr
    func cosetForCell(_ index: Int) -> [Fr]
    func extendPolynomial(_ coefficients: [Fr]) -> [Fr]
    func cellProofSlowly(coefficients: [Fr], cellIndex: Int, setup: TrustedSetup) -> G1Affine
    func fk20Partials(coefficients: [Fr], setup: TrustedSetup) -> [G1Affine]
    func vanishingPolynomial(missingCellIndices: [Int]) -> [Fr]
}

extension EIP7594Implementation {
    /// The mainnet setup in `Data/kzg`, loaded once per test process.
    public static var mainnetSetup: TrustedSetup { KZGOracle.mainnetSetup }
}

extension ConsensusVectors {
    /// Runs one case of a cell function on `implementation`: what it throws is a rejection, a missing or unreadable
    /// input a harness error (read before anything is validated).
    public static func run(_ vector: ConsensusVector, on implementation: some EIP7594Implementation) -> VectorValue {
        do {
            return try cellResult(of: vector, on: implementation)
        } catch let error as VectorError {
            return .harnessError("\(error)")
        } catch {
            return .rejected
        }
    }

    private static func cellResult(of vector: ConsensusVector, on implementation: some EIP7594Implementation)
        throws -> VectorValue
    {
        switch vector.function {
        case "compute_cells":
            return .list(try implementation.computeCells(blob: vector.bytes("blob")))
        case "compute_cells_and_kzg_proofs":
            let (cells, proofs) = try implementation.computeCellsAndKZGProofs(blob: vector.bytes("blob"))
            return .lists([cells, proofs])
        case "verify_cell_kzg_proof_batch":
            let (commitments, cellIndices, cells, proofs) = (
                try vector.list("commitments"), try vector.integers("cell_indices"), try vector.list("cells"),
                try vector.list("proofs")
            )
            return .bool(
                try implementation.verifyCellKZGProofBatch(
                    commitments: commitments, cellIndices: cellIndices, cells: cells, proofs: proofs))
        case "recover_cells_and_kzg_proofs":
            let (cellIndices, cells) = (try vector.integers("cell_indices"), try vector.list("cells"))
            let (allCells, proofs) = try implementation.recoverCellsAndKZGProofs(cellIndices: cellIndices, cells: cells)
            return .lists([allCells, proofs])
        case "compute_verify_cell_kzg_proof_batch_challenge":
            let (commitments, commitmentIndices, cellIndices, evaluations, proofs) = (
                try vector.list("commitments"), try vector.integers("commitment_indices"),
                try vector.integers("cell_indices"), try vector.nested("cosets_evals"), try vector.list("proofs")
            )
            // Each cell arrives as its 64 field elements; a cell's bytes are their concatenation.
            return .bytes(
                try implementation.computeVerifyCellKZGProofBatchChallenge(
                    commitments: commitments, commitmentIndices: commitmentIndices, cellIndices: cellIndices,
                    cells: evaluations.map { $0.flatMap { $0 } }, proofs: proofs))
        default:
            throw VectorError.unknownFunction(vector.function)
        }
    }
}

/// How long one check may run before the learner's code is reported as never returning. Longer than the default
/// 30 s: a check of FK20 or recovery runs several whole blobs through debug-built learner code (each one dozens of
/// MSMs), which on a loaded two-core machine can take more than half a minute without anything being wrong.
let eip7594CheckTimeout: Duration = .seconds(180)
