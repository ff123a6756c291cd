import Curves
import Fields
import MSM
import Pairing
import Polynomials

/// Why a KZG operation refused its input.
public enum KZGError: Error, Equatable, Sendable {
    /// The polynomial is on a domain of another size than the setup's.
    case domainSizeMismatch(setup: Int, polynomial: Int)
}

/// A claim that the polynomial committed to by `commitment` takes `value` at `point`, with its `proof`.
public struct KZGOpeningClaim: Sendable {
    public var commitment: G1Affine
    public var point: Fr
    public var value: Fr
    public var proof: G1Affine

    public init(commitment: G1Affine, point: Fr, value: Fr, proof: G1Affine) {
        self.commitment = commitment
        self.point = point
        self.value = value
        self.proof = proof
    }
}

/// KZG polynomial commitments (Kate, Zaverucha and Goldberg, "Constant-Size Commitments to Polynomials and Their
/// Applications", ASIACRYPT 2010), with polynomials in evaluation form as in the consensus specs
/// (deneb/polynomial-commitments.md). Nothing here is secret, and nothing is constant time.
extension TrustedSetup {
    /// [p(s)]G1 = Σ p(ω_i) · [L_i(s)]G1: one MSM over the Lagrange points (`blob_to_kzg_commitment`).
    ///
    /// - Throws: `KZGError.domainSizeMismatch` if the polynomial is not on the setup's domain.
    public func commit(to polynomial: PolynomialInEvaluationForm) throws(KZGError) -> G1Affine {
        try requireDomain(of: polynomial)
        // Same count on both sides: checked just above.
        return G1Affine(try! multiScalarMultiplication(points: g1Lagrange, scalars: polynomial.evaluations))
    }

    /// The value y = p(z) and the proof [q(s)]G1 for the quotient q(x) = (p(x) - y) / (x - z)
    /// (`compute_kzg_proof_impl`).
    ///
    /// q is computed in evaluation form: q(ω_i) = (p(ω_i) - y) / (ω_i - z). When z is itself a root ω_m that
    /// formula is 0/0 at i = m, and q(ω_m) = p'(ω_m) is taken from the other values instead
    /// (`compute_quotient_eval_within_domain`).
    ///
    /// - Throws: `KZGError.domainSizeMismatch` if the polynomial is not on the setup's domain.
    public func open(_ polynomial: PolynomialInEvaluationForm, at z: Fr) throws(KZGError)
        -> (proof: G1Affine, value: Fr)
    {
        try requireDomain(of: polynomial)
        let y = polynomial.evaluate(at: z)
        let roots = domain.bitReversedElements
        let values = polynomial.evaluations
        var quotient = roots.map { $0 - z }
        // The root equal to z (if any) gives a zero denominator, which batch inversion leaves at zero.
        Fr.batchInverse(&quotient)
        var rootIndex: Int?
        for index in quotient.indices {
            if roots[index] == z {
                rootIndex = index
            } else {
                quotient[index] *= values[index] - y
            }
        }
        if let m = rootIndex { quotient[m] = quotientWithinDomain(z: z, values: values, y: y, skipping: m) }
        let proof = try! multiScalarMultiplication(points: g1Lagrange, scalars: quotient)
        return (G1Affine(proof), y)
    }

    /// q(z) for z = ω_m: Σ_{i≠m} (p(ω_i) - y) · ω_i / (z · (z - ω_i)) (consensus specs,
    /// `compute_quotient_eval_within_domain`; Feist and Khovratovich, "Fast amortized KZG proofs", 2023).
    private func quotientWithinDomain(z: Fr, values: [Fr], y: Fr, skipping m: Int) -> Fr {
        let roots = domain.bitReversedElements
        var denominators = roots.map { z * (z - $0) }
        denominators[m] = .zero
        Fr.batchInverse(&denominators)
        var sum = Fr.zero
        for index in roots.indices where index != m {
            sum += (values[index] - y) * roots[index] * denominators[index]
        }
        return sum
    }

    /// Whether `proof` shows that the polynomial committed to by `commitment` is `value` at `point`
    /// (`verify_kzg_proof_impl`).
    ///
    /// The spec checks e(C - [y]G1, -G2) · e(π, [s - z]G2) = 1. Moving [z]π to the first pairing gives the same
    /// equation, e(C - [y]G1 + [z]π, G2) · e(-π, [s]G2) = 1, with both scalar multiplications in G1, where they
    /// are cheaper; it holds for exactly the same inputs.
    public func verify(commitment: G1Affine, point z: Fr, value y: Fr, proof: G1Affine) -> Bool {
        let lhs = G1Projective(commitment) - g1GeneratorTable.multiplied(by: y) + proof * z
        return pairingProductIsOne([(G1Affine(lhs), preparedG2Generator), (-proof, preparedG2Secret)])
    }

    /// Whether all `claims` hold, checked at once with a random linear combination (`verify_kzg_proof_batch`):
    /// with weights r^i, e(Σ r^i (C_i - [y_i]G1 + [z_i]π_i), G2) · e(-Σ r^i π_i, [s]G2) = 1.
    ///
    /// `challenge` must be unpredictable to whoever made the claims (the spec hashes all of them into it);
    /// otherwise false claims can be made to cancel out.
    public func verifyBatch(_ claims: [KZGOpeningClaim], challenge r: Fr) -> Bool {
        guard !claims.isEmpty else { return true }
        var weight = Fr.one
        var points = [G1Affine]()
        var scalars = [Fr]()
        var proofs = [G1Affine]()
        var proofWeights = [Fr]()
        var weightedValues = Fr.zero
        for claim in claims {
            points.append(claim.commitment)
            scalars.append(weight)
            points.append(claim.proof)
            scalars.append(weight * claim.point)
            weightedValues += weight * claim.value
            proofs.append(claim.proof)
            proofWeights.append(weight)
            weight *= r
        }
        points.append(G1Affine.generator)
        scalars.append(-weightedValues)
        let lhs = try! multiScalarMultiplication(points: points, scalars: scalars)
        let proofSum = try! multiScalarMultiplication(points: proofs, scalars: proofWeights)
        return pairingProductIsOne([(G1Affine(lhs), preparedG2Generator), (-G1Affine(proofSum), preparedG2Secret)])
    }

    private func requireDomain(of polynomial: PolynomialInEvaluationForm) throws(KZGError) {
        guard polynomial.domain.size == domain.size else {
            throw .domainSizeMismatch(setup: domain.size, polynomial: polynomial.domain.size)
        }
    }
}
