// the denominator is z − ω_i instead of ω_i − z: the quotient of y − p(x), negated.
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
    let roots = polynomial.domain.bitReversedElements
    let values = polynomial.evaluations
    var q = [Fr](repeating: .zero, count: roots.count)
    var rootAtZ: Int?
    for i in roots.indices {
        if roots[i] == z {
            rootAtZ = i
        } else {
            q[i] = (values[i] - y) * (z - roots[i]).inverse()!  // ω_i ≠ z
        }
    }
    if let m = rootAtZ {
        var derivative = Fr.zero
        for i in roots.indices where i != m {
            derivative = derivative + (values[i] - y) * roots[i] * (z * (z - roots[i])).inverse()!  // z, ω_i ≠ 0, ω_i ≠ z
        }
        q[m] = derivative
    }
    return q
}
