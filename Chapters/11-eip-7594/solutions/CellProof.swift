import Curves
import ExerciseSupport
import Fields
import KZG
import MSM

/// The KZG multi-proof of one cell, the slow way (consensus-specs, fulu/polynomial-commitments-sampling.md,
/// `compute_kzg_proof_multi_impl`): with c = h_i^64, the cell's coset is the set of roots of X^64 − c, and
///
///     f(X) = q(X)·(X^64 − c) + I(X),   deg I < 64,
///
/// where I interpolates the cell. The proof is the commitment [q(s)]G1 to the quotient. The division is the long
/// division by X^64 − c, from the top coefficient down: q_k = f_(k+64) + c·q_(k+64).
///
/// Not constant time (public inputs).
///
/// - Precondition: 0 ≤ cellIndex < 128; at most as many coefficients as the setup has G1 points.
public func computeCellKZGProofSlowly(coefficients f: [Fr], cellIndex: Int, setup: TrustedSetup) -> G1Affine {
    // BEGIN SOLUTION
    precondition(f.count <= setup.g1Monomial.count, "the setup is too small for this polynomial")
    let width = EIP7594Constants.fieldElementsPerCell
    guard f.count > width else { return .identity }  // f is its own remainder: q = 0
    let c = cosetShiftForCell(cellIndex).pow(UInt64(width))
    var q = [Fr](repeating: .zero, count: f.count - width)
    for k in stride(from: q.count - 1, through: 0, by: -1) {
        q[k] = k + width < q.count ? f[k + width] + c * q[k + width] : f[k + width]
    }
    // One scalar per point.
    return G1Affine(try! multiScalarMultiplication(points: Array(setup.g1Monomial[0..<q.count]), scalars: q))
    // END SOLUTION
}
