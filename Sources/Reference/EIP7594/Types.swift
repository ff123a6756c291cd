import EIP4844
import Fields

/// Sizes fixed by EIP-7594 (consensus-specs, fulu/polynomial-commitments-sampling.md, "Preset", "Cells").
public enum EIP7594Constants {
    /// `FIELD_ELEMENTS_PER_EXT_BLOB`: the blob's polynomial evaluated on twice as many points.
    public static let fieldElementsPerExtBlob = 2 * EIP4844Constants.fieldElementsPerBlob
    /// `FIELD_ELEMENTS_PER_CELL`.
    public static let fieldElementsPerCell = 64
    /// `BYTES_PER_CELL`.
    public static let bytesPerCell = fieldElementsPerCell * EIP4844Constants.bytesPerFieldElement
    /// `CELLS_PER_EXT_BLOB`.
    public static let cellsPerExtBlob = fieldElementsPerExtBlob / fieldElementsPerCell
    /// `RANDOM_CHALLENGE_KZG_CELL_BATCH_DOMAIN`, the prefix of the cell batch verifier's hash input.
    public static let randomChallengeKZGCellBatchDomain = Array("RCKZGCBATCH__V1_".utf8)
}

/// Why an EIP-7594 call rejected its input: one case for each `assert` of the spec's public functions.
public enum EIP7594Error: Error, Equatable, Sendable {
    /// A cell of the wrong size (`BYTES_PER_CELL` expected).
    case cellWrongLength(expected: Int, got: Int)
    /// The cell's field element at `index` (0 … 63) is not below the modulus r (`cell_to_coset_evals`).
    case cellElementNotCanonical(index: Int)
    /// A cell index not below `CELLS_PER_EXT_BLOB` (the spec type `CellIndex`).
    case cellIndexOutOfRange(Int)
    /// A cell index given twice to `recoverCellsAndKZGProofs`.
    case duplicateCellIndex(Int)
    /// The cell indices given to `recoverCellsAndKZGProofs` are not in ascending order: `index` follows a larger
    /// one.
    case cellIndicesNotAscending(index: Int)
    /// Recovery needs at least half of the cells.
    case notEnoughCells(got: Int, needed: Int)
    /// More cells than an extended blob has.
    case tooManyCells(got: Int, maximum: Int)
    /// The parallel lists of a call do not have the same length; `counts` are their lengths in argument order.
    case lengthMismatch(counts: [Int])
    /// A commitment index that does not point into the list of commitments
    /// (`compute_verify_cell_kzg_proof_batch_challenge`).
    case commitmentIndexOutOfRange(Int)
    /// The trusted setup has fewer G2 powers than verification needs ([s^64]G2), or not 4096 G1 points.
    case setupTooSmall(reason: String)
}

/// A cell: 64 field elements of 32 bytes, big-endian, each below r (spec type `Cell`), the values of the extended
/// blob's polynomial on one coset.
///
/// The initializer makes the checks of `cell_to_coset_evals` once, so a `Cell` always holds valid evaluations.
public struct Cell: Sendable, Hashable {
    /// The 2048 bytes.
    public let bytes: [UInt8]
    /// The 64 values (`CosetEvals`), in the order of the cell's coset, `coset_for_cell`.
    public let evaluations: [Fr]

    /// - Throws: `EIP7594Error.cellWrongLength` or `.cellElementNotCanonical` naming the first bad element.
    public init(bytes: some Collection<UInt8>) throws(EIP7594Error) {
        let bytes = Array(bytes)
        guard bytes.count == EIP7594Constants.bytesPerCell else {
            throw .cellWrongLength(expected: EIP7594Constants.bytesPerCell, got: bytes.count)
        }
        let width = EIP4844Constants.bytesPerFieldElement
        var values = [Fr]()
        values.reserveCapacity(EIP7594Constants.fieldElementsPerCell)
        for index in 0..<EIP7594Constants.fieldElementsPerCell {
            do {
                values.append(try Fr(bigEndianBytes: bytes[index * width..<(index + 1) * width]))
            } catch {
                throw .cellElementNotCanonical(index: index)
            }
        }
        self.bytes = bytes
        evaluations = values
    }

    /// The cell of these 64 values (`coset_evals_to_cell`).
    public init(evaluations: [Fr]) {
        precondition(evaluations.count == EIP7594Constants.fieldElementsPerCell, "a cell holds 64 values")
        self.evaluations = evaluations
        bytes = evaluations.flatMap(\.bigEndianBytes)
    }

    public static func == (lhs: Cell, rhs: Cell) -> Bool { lhs.bytes == rhs.bytes }
    public func hash(into hasher: inout Hasher) { hasher.combine(bytes) }
}

/// The spec's `CellIndex` validation: `index < CELLS_PER_EXT_BLOB`.
func validateCellIndex(_ index: Int) throws(EIP7594Error) {
    guard index >= 0, index < EIP7594Constants.cellsPerExtBlob else { throw .cellIndexOutOfRange(index) }
}
