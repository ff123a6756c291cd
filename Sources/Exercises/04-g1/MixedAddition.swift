import ExerciseSupport
import Fields

extension G1Projective {
    /// P + Q with Q affine: the chord formulas of `+(_:_:)` with Z2 = 1, so U1 = X1 and S1 = Y1 and four products
    /// go away. With U2 = x2·Z1², S2 = y2·Z1³, H = U2 − X1, R = S2 − Y1: X3 = R² − H³ − 2·X1·H²,
    /// Y3 = R·(X1·H² − X3) − Y1·H³, Z3 = Z1·H.
    ///
    /// Only Q's Z is 1: P's Z is anything, so x2 and y2 must still be brought to P's denominators. Every case of
    /// the full addition can happen here too (either point the identity, P = Q, P = −Q). Variable time.
    public static func + (p: G1Projective, q: G1Affine) -> G1Projective {
        unimplemented()
    }
}
