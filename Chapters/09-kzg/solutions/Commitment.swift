import Curves
import ExerciseSupport
import Fields
import KZG
import MSM
import Polynomials

/// The KZG commitment [p(τ)]G1 to a polynomial given by its values on the setup's domain
/// (`blob_to_kzg_commitment` in the consensus specs, deneb/polynomial-commitments.md).
///
/// p(x) = Σ p(ω_i) · L_i(x), so [p(τ)]G1 = Σ p(ω_i) · [L_i(τ)]G1: one MSM of the values with the setup's Lagrange
/// points, which are in the same bit-reversed order as the values. Not constant time (the MSM's public inputs).
///
/// - Precondition: the polynomial's domain has as many points as the setup.
public func commit(to polynomial: PolynomialInEvaluationForm, setup: TrustedSetup) -> G1Affine {
    // BEGIN SOLUTION
    precondition(polynomial.domain.size == setup.g1Lagrange.count, "the polynomial is on the setup's domain")
    return G1Affine(try! multiScalarMultiplication(points: setup.g1Lagrange,  // equal lengths, checked above
                                                   scalars: polynomial.evaluations))
    // END SOLUTION
}
