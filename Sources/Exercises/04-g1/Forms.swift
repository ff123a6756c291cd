import ExerciseSupport
import Fields

extension G1Affine {
    /// y² = x³ + 4. The point at infinity counts as on the curve: it is the group's identity, even though its
    /// stand-in coordinates (0, 0) do not satisfy the equation.
    public var isOnCurve: Bool {
        unimplemented()
    }

    /// The affine form of a Jacobian point: (X/Z², Y/Z³), one inversion. Z = 0 gives the point at infinity.
    ///
    /// Variable time: Fp's inverse is, and the identity takes another path.
    public init(_ point: G1Projective) {
        unimplemented()
    }
}

extension G1Projective {
    /// The curve equation with x = X/Z² and y = Y/Z³ put in and multiplied by Z⁶: Y² = X³ + 4·Z⁶. Z = 0 is the
    /// point at infinity, on the curve.
    public var isOnCurve: Bool {
        unimplemented()
    }

    /// The Jacobian form of an affine point: (x, y, 1), or the point at infinity for the affine identity.
    public init(_ point: G1Affine) {
        unimplemented()
    }
}
