import EIP4844
import Fields
import Polynomials

// The types of EIP-7594 (consensus-specs, fulu/polynomial-commitments-sampling.md, "Custom types", "Preset").
// Blobs, commitments and proofs are EIP-4844's, from the reference module `EIP4844`; a cell enters only through its
// throwing initializer, so a `Cell` always holds 64 valid field elements.

/// Sizes fixed by EIP-7594.
public enum EIP7594Constants {
    /// `FIELD_ELEMENTS_PER_EXT_BLOB`: the blob's polynomial evaluated on twice as many points.
    public static let fieldElementsPerExtBlob = 2 * EIP4844Constants.fieldElementsPerBlob
    /// `FIELD_ELEMENTS_PER_CELL`.
    public static let fieldElementsPerCell = 64
    /// `BYTES_PER_CELL`.
    public static let bytesPerCell = fieldElementsPerCell * EIP4844Constants.bytesPerFieldElement
    /// `CELLS_PER_EXT_BLOB`.
    public static let cellsPerExtBlob = fieldElementsPerExtBlob / fieldElementsPerCell
    /// `RANDOM_CHALLENGE_KZG_CELL_BATCH_DOMAIN`, the first bytes hashed by the cell batch verifier.
    public static let randomChallengeKZGCellBatchDomain = Array("RCKZGCBATCH__V1_".utf8)
}

/// The two domains of the chapter, built once.
public enum EIP7594Domains {
    /// The 8192 roots of unity of the extended blob.
    public static let extended = try! EvaluationDomain(size: EIP7594Constants.fieldElementsPerExtBlob)  // 2^13
    /// The 64 roots of unity every cell's coset is a shift of.
    public static let cell = try! EvaluationDomain(size: EIP7594Constants.fieldElementsPerCell)  // 2^6
}

/// Why an EIP-7594 call rejected its input: one case for each `assert` of the spec's public functions.
public enum EIP7594Error: Error, Equatable, Sendable {
    /// A cell of the wrong size.
    case cellWrongLength(expected: Int, got: Int)
    /// The cell's field element at `index` is not below r.
    case cellElementNotCanonical(index: Int)
    /// A cell index not below `CELLS_PER_EXT_BLOB`.
    case cellIndexOutOfRange(Int)
    /// A cell index given twice to recovery.
    case duplicateCellIndex(Int)
    /// The cell indices given to recovery are not ascending: `index` follows a larger one.
    case cellIndicesNotAscending(index: Int)
    /// Recovery needs at least half of the cells.
    case notEnoughCells(got: Int, needed: Int)
    /// More cells than an extended blob has.
    case tooManyCells(got: Int, maximum: Int)
    /// The parallel lists of a call do not have one length; `counts` are their lengths in argument order.
    case lengthMismatch(counts: [Int])
    /// A commitment index that does not point into the list of commitments.
    case commitmentIndexOutOfRange(Int)
}

/// A cell: 64 field elements of 32 bytes, big-endian, each below r (spec type `Cell`): the values of the extended
/// blob's polynomial on the points of `cosetForCell(i)`, in that order.
public struct Cell: Sendable, Hashable {
    /// The 2048 bytes.
    public let bytes: [UInt8]
    /// The 64 values (`CosetEvals`).
    public let evaluations: [Fr]

    /// `cell_to_coset_evals`, with its checks.
    ///
    /// - Throws: `EIP7594Error.cellWrongLength`, or `.cellElementNotCanonical` naming the first bad element.
    public init(bytes: [UInt8]) throws(EIP7594Error) {
        guard bytes.count == EIP7594Constants.bytesPerCell else {
            throw .cellWrongLength(expected: EIP7594Constants.bytesPerCell, got: bytes.count)
        }
        var values = [Fr]()
        for index in 0..<EIP7594Constants.fieldElementsPerCell {
            do {
                values.append(try Fr(bigEndianBytes: bytes[32 * index..<32 * (index + 1)]))
            } catch {
                throw .cellElementNotCanonical(index: index)
            }
        }
        self.bytes = bytes
        evaluations = values
    }

    /// `coset_evals_to_cell`: the cell of these 64 values.
    public init(evaluations: [Fr]) {
        precondition(evaluations.count == EIP7594Constants.fieldElementsPerCell, "a cell holds 64 values")
        self.evaluations = evaluations
        bytes = evaluations.flatMap(\.bigEndianBytes)
    }

    public static func == (lhs: Cell, rhs: Cell) -> Bool { lhs.bytes == rhs.bytes }
    public func hash(into hasher: inout Hasher) { hasher.combine(bytes) }
}
