import Curves
import ExerciseSupport
import ExtensionFields
import Fields

/// Whether `point` satisfies the equation of the twist E'(Fp2): y² = x³ + 4(u + 1). The identity, stored as
/// (0, 0), counts as on the twist.
///
/// E' is the sextic M-type twist of E: y² = x³ + 4 by ξ = u + 1, so its constant is b' = 4ξ = 4 + 4u (Bowe,
/// "BLS12-381: New zk-SNARK elliptic curve construction", 2017; the IETF pairing-friendly-curves draft, §4.2.1).
/// This says nothing about the subgroup: most points of E'(Fp2) are not in G2.
public func isOnTwist(_ point: G2Affine) -> Bool {
    // BEGIN SOLUTION
    if point.isIdentity { return true }
    let twistB = Fp2.nonResidue.doubled().doubled()  // 4ξ = 4 + 4u
    return point.y.squared() == point.x.squared() * point.x + twistB
    // END SOLUTION
}
