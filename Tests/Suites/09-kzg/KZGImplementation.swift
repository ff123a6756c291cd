import Curves
import Fields
import KZG
import Polynomials

/// What chapter 9's exercises implement, stated once so that the same hidden checks run on the learner's code
/// (`Chapter09Tests`) and on the reference's `KZG` (`ReferenceTests`).
///
/// The requirements are instance methods on a stateless value, so that checks can hand it to the watched thread
/// that runs learner code. Polynomials are in evaluation form over the bit-reversed roots of their domain, as
/// blobs are, and the setup's Lagrange points are in the same order.
public protocol KZGImplementation: Sendable {
    /// [p(τ)]G1.
    func commit(to polynomial: PolynomialInEvaluationForm, setup: TrustedSetup) -> G1Affine
    /// y = p(z) and the proof [q(τ)]G1.
    func open(_ polynomial: PolynomialInEvaluationForm, at z: Fr, setup: TrustedSetup) -> (proof: G1Affine, value: Fr)
    /// Whether `proof` shows that the polynomial committed to by `commitment` takes `value` at `point`.
    func verify(commitment: G1Affine, point: Fr, value: Fr, proof: G1Affine, setup: TrustedSetup) -> Bool
    /// Whether every claim holds, checked at once with the weights r^i.
    func verifyBatch(_ claims: [KZGOpeningClaim], setup: TrustedSetup, randomness: Fr) -> Bool
}
