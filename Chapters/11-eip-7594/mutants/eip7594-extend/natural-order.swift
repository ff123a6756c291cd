// the extension left in natural order: the bit-reversal permutation is forgotten, so no cell is a coset.
import EIP4844
import ExerciseSupport
import Fields
import Polynomials

/// The values of the polynomial with these coefficients on the 8192 roots of unity, in bit-reversed order: a
/// blob's polynomial (degree below 4096) extended to twice as many points, a Reed–Solomon code of rate 1/2
/// (consensus-specs, fulu/polynomial-commitments-sampling.md, `compute_cells`).
///
/// - Precondition: at most 8192 coefficients.
public func extendPolynomial(_ coefficients: [Fr]) -> [Fr] {
    // BEGIN SOLUTION
    let size = EIP7594Constants.fieldElementsPerExtBlob
    precondition(coefficients.count <= size, "at most 8192 coefficients")
    var values = coefficients + [Fr](repeating: .zero, count: size - coefficients.count)
    try! EIP7594Domains.extended.fft(&values)  // 8192 values on the 8192-point domain
    return values
    // END SOLUTION
}

/// `compute_cells`: the blob's polynomial extended to 8192 values, cut into 128 cells of 64 in order.
public func computeCells(_ blob: Blob) -> [Cell] {
    // BEGIN SOLUTION
    let values = extendPolynomial(blob.polynomial.coefficients)
    let size = EIP7594Constants.fieldElementsPerCell
    return (0..<EIP7594Constants.cellsPerExtBlob).map { index in
        Cell(evaluations: Array(values[size * index..<size * (index + 1)]))
    }
    // END SOLUTION
}
