import ExerciseSupport
import Fields
import Polynomials

/// `evaluate_polynomial_in_evaluation_form` (consensus-specs, deneb/polynomial-commitments.md, "Polynomials"):
/// p(z) from p's values on the n-th roots of unity, which are in bit-reversed order, as in a blob.
///
/// Outside the domain, the barycentric formula p(z) = (z^n − 1) / n · Σ_i p(ω_i) · ω_i / (z − ω_i); at a root
/// z = ω_m, the value p(ω_m) itself (the formula is 0 · ∞ there). Not constant time (public inputs).
public func evaluatePolynomialInEvaluationForm(_ polynomial: PolynomialInEvaluationForm, at z: Fr) -> Fr {
    // BEGIN SOLUTION
    let roots = polynomial.domain.bitReversedElements
    let values = polynomial.evaluations
    if let m = roots.firstIndex(of: z) { return values[m] }
    var sum = Fr.zero
    for i in roots.indices {
        sum = sum + values[i] * roots[i] * (z - roots[i]).inverse()!  // z is not a root
    }
    let n = UInt64(roots.count)
    return (z.pow(n) - .one) * Fr(n).inverse()! * sum  // 0 < n < r
    // END SOLUTION
}
