import Backend
import Fields

/// A polynomial of degree below `domain.size`, held as its values at the domain's roots of unity in bit-reversed
/// order: the representation of a blob in EIP-4844 (consensus-specs, deneb/polynomial-commitments.md,
/// `Polynomial`).
///
/// Sums and products are pointwise. A product is only the true product while the degrees add up to less than the
/// domain size; beyond that it is the product modulo x^size - 1, as for any evaluation form.
public struct PolynomialInEvaluationForm: Sendable, Equatable {
    /// The domain the values are taken on.
    public let domain: EvaluationDomain
    /// `evaluations[i]` is the polynomial at `domain.bitReversedElements[i]`.
    public private(set) var evaluations: [Fr]

    /// The polynomial with these values at `domain.bitReversedElements`.
    ///
    /// - Throws: `PolynomialError.lengthMismatch` unless there is one value per domain point.
    public init(evaluations: [Fr], domain: EvaluationDomain = .eip4844) throws(PolynomialError) {
        guard evaluations.count == domain.size else {
            throw .lengthMismatch(expected: domain.size, got: evaluations.count)
        }
        self.domain = domain
        self.evaluations = evaluations
    }

    /// The polynomial with these coefficients (lowest degree first), evaluated by FFT.
    ///
    /// - Throws: `PolynomialError.lengthMismatch` if there are more coefficients than domain points.
    public init(coefficients: [Fr], domain: EvaluationDomain = .eip4844) throws(PolynomialError) {
        guard coefficients.count <= domain.size else {
            throw .lengthMismatch(expected: domain.size, got: coefficients.count)
        }
        var values = coefficients + [Fr](repeating: .zero, count: domain.size - coefficients.count)
        try domain.fft(&values)
        try bitReversalPermute(&values)
        self.domain = domain
        self.evaluations = values
    }

    /// The coefficients, lowest degree first (`domain.size` of them, the top ones possibly zero).
    public var coefficients: [Fr] {
        var values = evaluations
        // Neither call can throw: the count equals the domain size, a power of two.
        try! bitReversalPermute(&values)
        try! domain.inverseFFT(&values)
        return values
    }

    /// The polynomial's value at `z`, by the barycentric formula, without going back to coefficients
    /// (consensus-specs, deneb/polynomial-commitments.md, `evaluate_polynomial_in_evaluation_form`).
    ///
    /// For z outside the domain, p(z) = (z^n - 1) / n · Σ p(ω_i) · ω_i / (z - ω_i), with all n denominators
    /// inverted at once (Montgomery's trick: one inversion and 3n multiplications). For z = ω_i it is the stored
    /// value. Not constant time: the in-domain test and the inversion depend on z. The formula is `Backend`'s,
    /// written once for any scalar field.
    public func evaluate(at z: Fr) -> Fr {
        evaluatePolynomialInEvaluationForm(
            evaluations, bitReversedRoots: domain.bitReversedElements, inverseSize: domain.inverseSize, at: z)
    }

    /// Every value multiplied by `factor`.
    public func scaled(by factor: Fr) -> Self {
        var copy = self
        for index in copy.evaluations.indices { copy.evaluations[index] *= factor }
        return copy
    }

    /// Equal when both are on domains of the same size and agree at every point.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.domain.size == rhs.domain.size && lhs.evaluations == rhs.evaluations
    }

    /// Pointwise sum. Both operands must be on domains of the same size.
    public static func + (lhs: Self, rhs: Self) -> Self { combine(lhs, rhs, +) }
    /// Pointwise difference. Both operands must be on domains of the same size.
    public static func - (lhs: Self, rhs: Self) -> Self { combine(lhs, rhs, -) }
    /// Pointwise product (see the type's note on degrees). Both operands must be on domains of the same size.
    public static func * (lhs: Self, rhs: Self) -> Self { combine(lhs, rhs, *) }

    private static func combine(_ lhs: Self, _ rhs: Self, _ operation: (Fr, Fr) -> Fr) -> Self {
        precondition(lhs.domain.size == rhs.domain.size, "polynomials on domains of different sizes")
        var result = lhs
        for index in result.evaluations.indices {
            result.evaluations[index] = operation(lhs.evaluations[index], rhs.evaluations[index])
        }
        return result
    }
}
