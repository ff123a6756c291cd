import ExerciseSupport
import Fields
import Polynomials

/// The values of the quotient q(x) = (p(x) − y) / (x − z) on p's domain, in p's order (the bit-reversed roots
/// `polynomial.domain.bitReversedElements`), given y = p(z).
///
/// At a root ω_i ≠ z, q(ω_i) = (p(ω_i) − y) / (ω_i − z). When z is itself a root ω_m, that is 0/0 at i = m, and
/// q(ω_m) = p'(ω_m) = Σ_{i≠m} (p(ω_i) − y) · ω_i / (z · (z − ω_i)) instead (consensus specs,
/// `compute_quotient_eval_within_domain`). Not constant time (public inputs).
///
/// - Precondition: y = p(z); otherwise x − z does not divide p(x) − y and there is no quotient.
public func quotient(of polynomial: PolynomialInEvaluationForm, at z: Fr, value y: Fr) -> [Fr] {
    unimplemented()
}
