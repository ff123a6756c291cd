import ExerciseSupport
import Fields

extension G1Projective {
    /// P + Q for any two points, by the chord through them.
    ///
    /// With U1 = X1·Z2², U2 = X2·Z1² (the x-coordinates over a common denominator), S1 = Y1·Z2³, S2 = Y2·Z1³,
    /// H = U2 − U1 and R = S2 − S1: X3 = R² − H³ − 2·U1·H², Y3 = R·(U1·H² − X3) − S1·H³, Z3 = Z1·Z2·H
    /// (Cohen, Miyaji and Ono, "Efficient elliptic curve exponentiation using mixed coordinates", ASIACRYPT 1998).
    ///
    /// The chord does not exist in three cases, each handled before the formula: either point is the identity;
    /// the points are equal (H = 0 and R = 0: the tangent, so double); they are opposite (H = 0, R ≠ 0: the
    /// vertical line, so the sum is the identity). Variable time: it branches on these cases.
    public static func + (p: G1Projective, q: G1Projective) -> G1Projective {
        unimplemented()
    }
}
