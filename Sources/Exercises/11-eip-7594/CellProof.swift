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
    unimplemented()
}
