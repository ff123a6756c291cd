import Curves
import Fields
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

/// KZG commitments on the reference's own types: `KZGSettings` (the protocol, written once over any backend) on
/// `ReferenceBackend`, with the setup's points and polynomials in the reference's types. Nothing here is secret,
/// and nothing is constant time.
extension TrustedSetup {
    /// [p(s)]G1 = Σ p(ω_i) · [L_i(s)]G1: one MSM over the Lagrange points (`blob_to_kzg_commitment`).
    ///
    /// - Throws: `KZGError.domainSizeMismatch` if the polynomial is not on the setup's domain.
    public func commit(to polynomial: PolynomialInEvaluationForm) throws(KZGError) -> G1Affine {
        try requireDomain(of: polynomial)
        return G1Affine(settings.commit(to: polynomial.evaluations))
    }

    /// The value y = p(z) and the proof [q(s)]G1 for the quotient q(x) = (p(x) - y) / (x - z)
    /// (`compute_kzg_proof_impl`; see `KZGSettings.open`).
    ///
    /// - Throws: `KZGError.domainSizeMismatch` if the polynomial is not on the setup's domain.
    public func open(_ polynomial: PolynomialInEvaluationForm, at z: Fr) throws(KZGError)
        -> (proof: G1Affine, value: Fr)
    {
        try requireDomain(of: polynomial)
        let (proof, value) = settings.open(polynomial.evaluations, at: z)
        return (G1Affine(proof), value)
    }

    /// Whether `proof` shows that the polynomial committed to by `commitment` is `value` at `point`
    /// (`verify_kzg_proof_impl`; see `KZGSettings.verify`).
    public func verify(commitment: G1Affine, point z: Fr, value y: Fr, proof: G1Affine) -> Bool {
        settings.verify(commitment: G1Projective(commitment), point: z, value: y, proof: G1Projective(proof))
    }

    /// Whether all `claims` hold, checked at once with a random linear combination (`verify_kzg_proof_batch`; see
    /// `KZGSettings.verifyBatch`).
    ///
    /// `challenge` must be unpredictable to whoever made the claims (the spec hashes all of them into it);
    /// otherwise false claims can be made to cancel out.
    public func verifyBatch(_ claims: [KZGOpeningClaim], challenge r: Fr) -> Bool {
        settings.verifyBatch(
            commitments: claims.map { G1Projective($0.commitment) }, points: claims.map(\.point),
            values: claims.map(\.value), proofs: claims.map { G1Projective($0.proof) }, challenge: r)
    }

    private func requireDomain(of polynomial: PolynomialInEvaluationForm) throws(KZGError) {
        guard polynomial.domain.size == domain.size else {
            throw .domainSizeMismatch(setup: domain.size, polynomial: polynomial.domain.size)
        }
    }
}
