import ExerciseSupport
import Fields

/// p(z), for the polynomial of degree below n given in evaluation form (`evaluations[i]` is its value at
/// ω^reverseBits(i, bitWidth: log2(n)), as `evaluationForm(coefficients:)` lays it out), without computing its
/// coefficients (consensus-specs, deneb/polynomial-commitments.md, `evaluate_polynomial_in_evaluation_form`).
///
/// Outside the domain, the barycentric formula p(z) = (z^n − 1)/n · Σ p(x_i)·x_i/(z − x_i) over the n roots x_i.
/// At a root x_i itself the formula divides by zero: the answer is then the stored value p(x_i).
public func evaluatePolynomialInEvaluationForm(_ evaluations: [Fr], at z: Fr) -> Fr {
    // BEGIN SOLUTION
    let n = evaluations.count
    precondition(n > 0 && n & (n - 1) == 0, "a domain has a power-of-two size")
    var roots = [Fr](repeating: .one, count: n)
    let omega = rootOfUnity(log2Order: n.trailingZeroBitCount)
    for j in roots.indices.dropFirst() { roots[j] = roots[j - 1] * omega }
    bitReversalPermute(&roots)  // the same order as the evaluations
    // Not constant time: whether z is a root, and the inversions, depend on z (a public challenge in EIP-4844).
    if let index = roots.firstIndex(of: z) { return evaluations[index] }
    // All n denominators z − x_i are non-zero; Montgomery's trick (`Fr.batchInverse`) inverts them with one
    // inversion and 3(n − 1) multiplications instead of n inversions.
    var inverses = roots.map { z - $0 }
    Fr.batchInverse(&inverses)
    var sum = Fr.zero
    for i in 0 ..< n { sum = sum + evaluations[i] * roots[i] * inverses[i] }
    let vanishing = z.pow(UInt64(n)) - Fr.one  // z^n − 1, the product of all z − x_i
    return sum * vanishing * Fr(UInt64(n)).inverse()!
    // END SOLUTION
}
