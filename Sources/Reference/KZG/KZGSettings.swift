import Backend

/// KZG polynomial commitments (Kate, Zaverucha and Goldberg, "Constant-Size Commitments to Polynomials and Their
/// Applications", ASIACRYPT 2010) over any backend, with polynomials in evaluation form on the bit-reversed n-th
/// roots of unity, as in the consensus specs (deneb/polynomial-commitments.md). The name and the role are
/// c-kzg-4844's `KZGSettings`: the setup's points in the backend's forms, and the protocol written over them once.
///
/// Nothing here is secret, and nothing is constant time. Everything is `@inlinable`, so that a caller naming its
/// backend gets the code specialised for it.
public struct KZGSettings<Backend: KZGBackend>: Sendable {
    /// [L_i(s)]G1 in the bit-reversed order of the roots, in the MSM's form: committing is one MSM with them.
    public let g1Lagrange: Backend.MSMBases
    /// The domain's roots ω^brp(i), the points at which a polynomial's values are listed.
    public let bitReversedRoots: [Backend.Scalar]
    /// n⁻¹.
    public let inverseSize: Backend.Scalar
    /// G2 and [s]G2, prepared once for every verification.
    public let g2Generator: Backend.PreparedG2
    public let g2Secret: Backend.PreparedG2

    /// The settings of a setup: its Lagrange points, already in bit-reversed order, and [s]G2.
    ///
    /// The roots come from the backend's own FFT, of the polynomial x: its values at ω^0 … ω^(n−1) are the roots
    /// themselves, so a backend whose FFT uses other roots than the specs' fails every vector, not only some.
    ///
    /// - Precondition: the number of points is a power of two, at least 2.
    @inlinable
    public init(g1LagrangeBitReversed points: [Backend.G1], g2Secret: Backend.G2) {
        let n = points.count
        precondition(n >= 2 && n & (n - 1) == 0, "a setup of a power-of-two number of points")
        var roots = [Backend.Scalar](repeating: .zero, count: n)
        roots[1] = .one
        Backend.fft(&roots)
        let width = n.trailingZeroBitCount
        bitReversedRoots = (0..<n).map { index in
            var reversed = 0
            for bit in 0..<width where index >> bit & 1 == 1 { reversed |= 1 << (width - 1 - bit) }
            return roots[reversed]
        }
        inverseSize = Backend.Scalar(UInt64(n)).inverse()!  // n < r, never zero
        g1Lagrange = Backend.msmBases(points)
        g2Generator = Backend.prepare(.generator)
        self.g2Secret = Backend.prepare(g2Secret)
    }

    /// The number n of points: the size of the domain and of every polynomial committed to.
    @inlinable public var size: Int { bitReversedRoots.count }

    /// [p(s)]G1 = Σ p(ω_i) · [L_i(s)]G1: one MSM over the Lagrange points (`blob_to_kzg_commitment`).
    ///
    /// - Precondition: n values.
    @inlinable
    public func commit(to evaluations: [Backend.Scalar]) -> Backend.G1 {
        precondition(evaluations.count == size, "a polynomial of \(size) values")
        return Backend.multiScalarMultiplication(g1Lagrange, scalars: evaluations)
    }

    /// p(z) (`evaluate_polynomial_in_evaluation_form`).
    @inlinable
    public func evaluate(_ evaluations: [Backend.Scalar], at z: Backend.Scalar) -> Backend.Scalar {
        evaluatePolynomialInEvaluationForm(
            evaluations, bitReversedRoots: bitReversedRoots, inverseSize: inverseSize, at: z)
    }

    /// The value y = p(z) and the proof [q(s)]G1 for the quotient q(x) = (p(x) − y) / (x − z)
    /// (`compute_kzg_proof_impl`).
    ///
    /// q is computed in evaluation form: q(ω_i) = (p(ω_i) − y) / (ω_i − z). When z is itself a root ω_m that
    /// formula is 0/0 at i = m, and q(ω_m) = p'(ω_m) is taken from the other values instead
    /// (`compute_quotient_eval_within_domain`).
    ///
    /// - Precondition: n values.
    @inlinable
    public func open(_ evaluations: [Backend.Scalar], at z: Backend.Scalar) -> (
        proof: Backend.G1, value: Backend.Scalar
    ) {
        precondition(evaluations.count == size, "a polynomial of \(size) values")
        let y = evaluate(evaluations, at: z)
        var quotient = bitReversedRoots.map { $0 - z }
        // The root equal to z (if any) gives a zero denominator, which batch inversion leaves at zero.
        Backend.Scalar.batchInverse(&quotient)
        var rootIndex: Int?
        for index in quotient.indices {
            if bitReversedRoots[index] == z {
                rootIndex = index
            } else {
                quotient[index] = quotient[index] * (evaluations[index] - y)
            }
        }
        if let m = rootIndex { quotient[m] = quotientWithinDomain(z: z, values: evaluations, y: y, skipping: m) }
        return (Backend.multiScalarMultiplication(g1Lagrange, scalars: quotient), y)
    }

    /// q(z) for z = ω_m: Σ_{i≠m} (p(ω_i) − y) · ω_i / (z · (z − ω_i)) (consensus specs,
    /// `compute_quotient_eval_within_domain`; Feist and Khovratovich, "Fast amortized KZG proofs", 2023).
    @inlinable
    func quotientWithinDomain(z: Backend.Scalar, values: [Backend.Scalar], y: Backend.Scalar, skipping m: Int)
        -> Backend.Scalar
    {
        var denominators = bitReversedRoots.map { z * (z - $0) }
        denominators[m] = .zero
        Backend.Scalar.batchInverse(&denominators)
        var sum = Backend.Scalar.zero
        for index in bitReversedRoots.indices where index != m {
            sum = sum + (values[index] - y) * bitReversedRoots[index] * denominators[index]
        }
        return sum
    }

    /// Whether `proof` shows that the polynomial committed to by `commitment` is `value` at `point`
    /// (`verify_kzg_proof_impl`).
    ///
    /// The spec checks e(C − [y]G1, −G2) · e(π, [s − z]G2) = 1. Moving [z]π to the first pairing gives the same
    /// equation, e(C − [y]G1 + [z]π, G2) · e(−π, [s]G2) = 1, with both scalar multiplications in G1, where they
    /// are cheaper; it holds for exactly the same inputs.
    @inlinable
    public func verify(
        commitment: Backend.G1, point z: Backend.Scalar, value y: Backend.Scalar, proof: Backend.G1
    ) -> Bool {
        let lhs = commitment + -Backend.generatorMultiple(y) + proof * z
        return Backend.pairingCheck(lhs, g2Generator, -proof, g2Secret)
    }

    /// Whether every claim (C_i, z_i, y_i, π_i) holds, checked at once with a random linear combination
    /// (`verify_kzg_proof_batch`): with weights r^i,
    /// e(Σ r^i (C_i − [y_i]G1 + [z_i]π_i), G2) · e(−Σ r^i π_i, [s]G2) = 1.
    ///
    /// `challenge` must be unpredictable to whoever made the claims (the spec hashes all of them into it);
    /// otherwise false claims can be made to cancel out. An empty batch is valid.
    ///
    /// - Precondition: the four lists have one length.
    @inlinable
    public func verifyBatch(
        commitments: [Backend.G1], points: [Backend.Scalar], values: [Backend.Scalar], proofs: [Backend.G1],
        challenge r: Backend.Scalar
    ) -> Bool {
        precondition(
            commitments.count == points.count && points.count == values.count && values.count == proofs.count,
            "verifyBatch: the four lists must have one length")
        guard !commitments.isEmpty else { return true }
        var weight = Backend.Scalar.one
        var terms = [Backend.G1]()
        var termScalars = [Backend.Scalar]()
        var proofWeights = [Backend.Scalar]()
        var weightedValues = Backend.Scalar.zero
        for index in commitments.indices {
            terms.append(commitments[index])
            termScalars.append(weight)
            terms.append(proofs[index])
            termScalars.append(weight * points[index])
            weightedValues = weightedValues + weight * values[index]
            proofWeights.append(weight)
            weight = weight * r
        }
        terms.append(.generator)
        termScalars.append(-weightedValues)
        let lhs = Backend.multiScalarMultiplication(Backend.msmBases(terms), scalars: termScalars)
        let proofSum = Backend.multiScalarMultiplication(Backend.msmBases(proofs), scalars: proofWeights)
        return Backend.pairingCheck(lhs, g2Generator, -proofSum, g2Secret)
    }
}
