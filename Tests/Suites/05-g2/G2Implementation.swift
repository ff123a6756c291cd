import Curves
import ExtensionFields

/// What chapter 5's exercises implement, stated once so that the same hidden checks run on the learner's code
/// (`Chapter05Tests`) and on the reference's `Curves` (`ReferenceTests`).
///
/// The requirements are instance methods on a stateless value, so that checks can hand it to the watched thread
/// that runs learner code. Cofactor clearing has no counterpart in the reference (which never hashes to G2), so its
/// check stays in `Tests/05-g2`, with this module's oracle.
public protocol G2Implementation: Sendable {
    /// y² = x³ + 4(u + 1), the identity included.
    func isOnTwist(_ point: G2Affine) -> Bool
    /// ξ^(−(p−1)/3) and ξ^(−(p−1)/2).
    func psiCoefficients() -> (x: Fp2, y: Fp2)
    /// ψ = twist ∘ Frobenius ∘ untwist, on any point of E'(Fp2).
    func psi(_ point: G2Projective) -> G2Projective
    /// Membership in G2 of a point of E'(Fp2).
    func isInG2(_ point: G2Projective) -> Bool
    /// The sign bit of the encoding: y above −y with c1 compared first.
    func isLexicographicallyLargest(_ y: Fp2) -> Bool
    /// The 96-byte compressed encoding.
    func compress(_ point: G2Affine) -> [UInt8]
    /// The point a compressed encoding stands for, or why it is rejected.
    func decompress(_ bytes: [UInt8]) throws(PointDecodingError) -> G2Affine
}
