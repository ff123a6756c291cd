import Curves
import ExerciseSupport
import Fields
import KZG
import Polynomials

/// The KZG commitments to a column of field elements, one per block of n rows (n = the setup's size): block b
/// holds rows b·n … b·n + n − 1 as the values of a polynomial at the bit-reversed roots of the setup's domain, the
/// way a blob holds its field elements, and the last block is padded with zeros. An empty column has no blocks.
public func commitColumn(_ values: [Fr], setup: TrustedSetup) -> [G1Affine] {
    unimplemented()
}

/// The KZG proof that row `row` of the column holds `values[row]`: the opening of the row's block at the root
/// the row sits on, ω at bit-reversed index row mod n.
///
/// - Precondition: 0 ≤ row < values.count.
public func openRow(_ values: [Fr], row: Int, setup: TrustedSetup) -> G1Affine {
    unimplemented()
}
