import Curves
import ExtensionFields

/// What chapter 6's exercises implement, stated once so that the same hidden checks run on the learner's code
/// (`Chapter06Tests`) and on the reference's `Pairing` (`ReferenceTests`).
///
/// The requirements are instance methods on a stateless value, so that checks can hand it to the watched thread
/// that runs learner code. A Miller loop's value is only defined up to factors that the final exponentiation
/// sends to 1 (the learner's and the reference's scale their lines differently), so the shared checks compare
/// Miller loops after a final exponentiation; the learner's exact line convention is checked in `Chapter06Tests`.
public protocol PairingImplementation: Sendable {
    /// ∏ f_{x,Q_i}(P_i), one Miller loop for all pairs, before the final exponentiation.
    func millerLoop(_ pairs: [(G1Affine, G2Affine)]) -> Fp12
    /// f^(3(p¹² − 1)/r).
    func finalExponentiation(_ f: Fp12) -> Fp12
    /// e(P, Q).
    func pairing(_ p: G1Affine, _ q: G2Affine) -> Fp12
    /// Whether ∏ e(P_i, Q_i) = 1.
    func pairingProductIsOne(_ pairs: [(G1Affine, G2Affine)]) -> Bool
}
