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
    unimplemented()
}

/// `compute_cells`: the blob's polynomial extended to 8192 values, cut into 128 cells of 64 in order.
public func computeCells(_ blob: Blob) -> [Cell] {
    unimplemented()
}
