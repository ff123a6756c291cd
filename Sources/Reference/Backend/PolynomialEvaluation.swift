/// p(z) for the polynomial p of degree below n whose values at the roots `bitReversedRoots` are `values`
/// (consensus specs, deneb/polynomial-commitments.md, `evaluate_polynomial_in_evaluation_form`).
///
/// At a root, the value is read off. Elsewhere, by the barycentric formula for roots of unity,
/// p(z) = (z^n − 1) / n · Σ p(ω_i) · ω_i / (z − ω_i), with all n denominators inverted at once. Variable time (it
/// branches on z being a root); the specs only evaluate at public points.
///
/// - Precondition: as many values as roots, n of them; `inverseSize` is n⁻¹.
@inlinable
public func evaluatePolynomialInEvaluationForm<Scalar: BackendScalar>(
    _ values: [Scalar], bitReversedRoots roots: [Scalar], inverseSize: Scalar, at z: Scalar
) -> Scalar {
    precondition(values.count == roots.count, "as many values as roots")
    if let index = roots.firstIndex(of: z) { return values[index] }
    var denominators = roots.map { z - $0 }
    Scalar.batchInverse(&denominators)
    var sum = Scalar.zero
    for index in values.indices {
        sum = sum + values[index] * roots[index] * denominators[index]
    }
    let vanishing = z.pow(UInt64(roots.count)) - .one
    return sum * vanishing * inverseSize
}
