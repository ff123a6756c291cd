// The pairing stops after the easy part of the final exponentiation.
import Curves
import ExerciseSupport
import ExtensionFields

/// f^(3(p¹² − 1)/r): the easy part, then the hard part.
///
/// - Precondition: f ≠ 0.
public func finalExponentiation(_ f: Fp12) -> Fp12 {
    finalExponentiationHardPart(finalExponentiationEasyPart(f))
}

/// The optimal ate pairing e(P, Q) = f_{x,Q}(P)^(3(p¹² − 1)/r) of BLS12-381: bilinear, non-degenerate, with values
/// in the order-r subgroup GT of Fp12. The identity on either side gives 1.
public func pairing(_ p: G1Affine, _ q: G2Affine) -> Fp12 {
    finalExponentiationEasyPart(millerLoop(p, q))
}
