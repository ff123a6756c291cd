import ExerciseSupport
import Fields

/// p(z), for the polynomial of degree below n given in evaluation form (`evaluations[i]` is its value at
/// ω^reverseBits(i, bitWidth: log2(n)), as `evaluationForm(coefficients:)` lays it out), without computing its
/// coefficients (consensus-specs, deneb/polynomial-commitments.md, `evaluate_polynomial_in_evaluation_form`).
///
/// Outside the domain, the barycentric formula p(z) = (z^n − 1)/n · Σ p(x_i)·x_i/(z − x_i) over the n roots x_i.
/// At a root x_i itself the formula divides by zero: the answer is then the stored value p(x_i).
public func evaluatePolynomialInEvaluationForm(_ evaluations: [Fr], at z: Fr) -> Fr {
    unimplemented()
}
