// ψ(Q) is compared with [|x|]Q, forgetting that x is negative.
import Curves
import ExerciseSupport
import Limbs

/// Whether a point of the twist E'(Fp2) lies in G2, the subgroup of order r.
///
/// Scott's test ("A note on group membership tests for G1, G2 and GT on BLS pairing-friendly curves", eprint
/// 2021/1130, §4): on BLS12-381 a point Q of E'(Fp2) is in G2 exactly when ψ(Q) = [x]Q, with the curve parameter
/// x = −|x|. One multiplication by the 64-bit |x| instead of one by the 255-bit r. Variable time; the points
/// checked are public.
///
/// - Precondition: `point` is on the twist.
public func isInG2(_ point: G2Projective) -> Bool {
    // ψ(Q) = [x]Q = −[|x|]Q, that is ψ(Q) + [|x|]Q = O.
    psi(point) == point.multiplied(by: UInt256(blsParameterMagnitude))
}
