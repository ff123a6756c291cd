import ExerciseSupport
import Fields
import Polynomials

/// `coset_shift_for_cell` (consensus-specs, fulu/polynomial-commitments-sampling.md, "Cells"): h_i, the first point
/// of cell i, which is the (64·i)-th of the 8192 roots of unity in bit-reversed order.
///
/// Cell i holds the values on h_i·⟨g⟩, g of order 64: bit reversal sends the 64 positions of a cell to one coset.
///
/// - Precondition: 0 ≤ cellIndex < 128.
public func cosetShiftForCell(_ cellIndex: Int) -> Fr {
    unimplemented()
}

/// `coset_for_cell`: the 64 points whose values cell i holds, in the cell's order: the roots of unity of positions
/// 64·i … 64·i + 63 of the bit-reversed 8192-point domain, which are h_i·g^rev(a) for a = 0 … 63.
///
/// - Precondition: 0 ≤ cellIndex < 128.
public func cosetForCell(_ cellIndex: Int) -> [Fr] {
    unimplemented()
}
