import Curves
import ExerciseSupport
import Fields
import KZG
import Polynomials

/// The value y = p(z) and the opening proof [q(τ)]G1 for q(x) = (p(x) − y) / (x − z) (`compute_kzg_proof_impl`
/// in the consensus specs).
///
/// y comes from p's values by the barycentric formula on the n-th roots of unity,
/// p(z) = (z^n − 1) / n · Σ_i p(ω_i) · ω_i / (z − ω_i), or is p(ω_m) itself when z is the root ω_m (the formula
/// is 0 · ∞ there). The proof is the commitment to the quotient. Not constant time (public inputs).
///
/// - Precondition: the polynomial's domain has as many points as the setup.
public func open(_ polynomial: PolynomialInEvaluationForm, at z: Fr, setup: TrustedSetup)
    -> (proof: G1Affine, value: Fr)
{
    unimplemented()
}
