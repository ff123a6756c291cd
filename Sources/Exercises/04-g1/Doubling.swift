import ExerciseSupport
import Fields

extension G1Projective {
    /// 2P, by the tangent at P.
    ///
    /// In affine coordinates the tangent's slope is λ = 3x²/(2y) (from differentiating y² = x³ + 4), and
    /// x3 = λ² − 2x, y3 = λ(x − x3) − y. Putting x = X/Z², y = Y/Z³ and clearing the denominators gives, with
    /// M = 3X² and S = 4XY²: X3 = M² − 2S, Y3 = M(S − X3) − 8Y⁴, Z3 = 2YZ (the doubling formulas for a = 0 in
    /// Jacobian coordinates; Cohen, Miyaji and Ono 1998, and the Explicit-Formulas Database's "dbl-2009-l" is the
    /// same with fewer products).
    ///
    /// The point at infinity doubles to itself; a point with y = 0 would too (its tangent is vertical), and the
    /// formula gives Z3 = 0 for it. Variable time: it branches on the identity.
    public func doubled() -> G1Projective {
        unimplemented()
    }
}
