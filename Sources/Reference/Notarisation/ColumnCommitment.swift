import Curves
import Fields
import KZG
import Polynomials

/// Why a column commitment or opening refused its input.
public enum ColumnCommitmentError: Error, Equatable, Sendable {
    /// The row is not in the column.
    case rowOutOfRange(row: Int, rows: Int)
}

/// A column of field elements committed with KZG in blocks of the setup's size (4096 with the Ethereum setup).
///
/// Row j lies in block b = j / n at position i = j mod n; block b is the polynomial in evaluation form whose value
/// at the i-th root of the domain in bit-reversed order is row b·n + i, exactly as a blob holds its field elements
/// (deneb/polynomial-commitments.md), the last block padded with zeros. A block's commitment is [p_b(τ)]G1, and the
/// opening of row j is a KZG proof that p_b(ω_i) equals the row's element, checked with one pairing equation.
public struct ColumnCommitment: Sendable, Equatable {
    /// One commitment per block, in order.
    public let blocks: [G1Affine]
    /// The number of rows committed (the padding is not counted).
    public let rows: Int

    public init(blocks: [G1Affine], rows: Int) {
        self.blocks = blocks
        self.rows = rows
    }
}

/// The opening of one row of a committed column.
public struct ColumnOpening: Sendable, Equatable {
    public let row: Int
    public let value: Fr
    public let proof: G1Affine

    public init(row: Int, value: Fr, proof: G1Affine) {
        self.row = row
        self.value = value
        self.proof = proof
    }
}

extension TrustedSetup {
    /// The block polynomial holding `values` (at most n of them), zero-padded to the domain's size.
    public func columnBlock(_ values: ArraySlice<Fr>) -> PolynomialInEvaluationForm {
        precondition(values.count <= domain.size, "a block holds at most the setup's size of rows")
        var evaluations = Array(values)
        evaluations.append(contentsOf: repeatElement(Fr.zero, count: domain.size - values.count))
        return try! PolynomialInEvaluationForm(evaluations: evaluations, domain: domain)  // n values on the domain
    }

    /// Commits to a column, one KZG commitment per block of n rows. An empty column has no blocks.
    public func commitColumn(_ values: [Fr]) -> ColumnCommitment {
        var blocks = [G1Affine]()
        var start = 0
        while start < values.count {
            let end = min(start + domain.size, values.count)
            blocks.append(try! commit(to: columnBlock(values[start..<end])))  // the block is on the setup's domain
            start = end
        }
        return ColumnCommitment(blocks: blocks, rows: values.count)
    }

    /// The evaluation point of row `row`'s position in its block: the root ω at bit-reversed index row mod n.
    public func columnPoint(row: Int) -> Fr { domain.bitReversedElements[row % domain.size] }

    /// A proof that row `row` of the column `values` holds `values[row]`.
    ///
    /// Only the row's block is needed, but taking the whole column keeps the interface simple; callers with a
    /// stream pass the block through `openColumnBlock`.
    public func openColumn(_ values: [Fr], row: Int) throws(ColumnCommitmentError) -> ColumnOpening {
        guard row >= 0, row < values.count else { throw .rowOutOfRange(row: row, rows: values.count) }
        let start = row - row % domain.size
        let end = min(start + domain.size, values.count)
        return openColumnBlock(values[start..<end], row: row)
    }

    /// The opening of row `row` from its block's values alone (`block` starts at row − row mod n).
    public func openColumnBlock(_ block: ArraySlice<Fr>, row: Int) -> ColumnOpening {
        let polynomial = columnBlock(block)
        let z = columnPoint(row: row)
        let (proof, value) = try! open(polynomial, at: z)  // the block is on the setup's domain
        return ColumnOpening(row: row, value: value, proof: proof)
    }

    /// Whether `opening` shows that row `opening.row` of the committed column holds `opening.value`.
    public func verifyColumnOpening(_ opening: ColumnOpening, commitment: ColumnCommitment) -> Bool {
        guard opening.row >= 0, opening.row < commitment.rows else { return false }
        let block = opening.row / domain.size
        guard block < commitment.blocks.count else { return false }
        return verify(
            commitment: commitment.blocks[block], point: columnPoint(row: opening.row), value: opening.value,
            proof: opening.proof)
    }
}
