import Curves
import ExerciseSupport
import ExtensionFields
import Fields

/// The Miller function of the optimal ate pairing of BLS12-381, f_{x,Q}(P), with the chapter's line convention
/// (see `doublingStep`): the value `finalExponentiation` turns into e(P, Q).
///
/// Vercauteren's optimal ate pairing ("Optimal pairings", IEEE Trans. IT 56(1), 2010, §4) needs for BLS12 curves
/// only the Miller loop of length x. Over the bits of |x| = 0xd201000000010000 from the second highest down:
/// f ← f²·ℓ_{T,T}(P), T ← 2T, and where the bit is 1, f ← f·ℓ_{T,Q}(P), T ← T + Q (63 doublings, 5 additions).
/// x is negative, and f_{−n,Q} = 1/(f_{n,Q}·v_{[n]Q}) with a vertical line v that the final exponentiation
/// removes; 1/f and the conjugate f^(p⁶) differ by f^(p⁶ + 1), which it removes too (r divides p⁶ + 1), so the
/// loop ends with the conjugate, which costs nothing. The identity on either side gives 1.
///
/// Variable time only in whether a point is the identity and in the inversions of the affine steps.
public func millerLoop(_ p: G1Affine, _ q: G2Affine) -> Fp12 {
    unimplemented()
}
