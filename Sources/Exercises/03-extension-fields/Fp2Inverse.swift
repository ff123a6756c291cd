import ExerciseSupport
import Fields

extension Fp2 {
    /// The conjugate a0 − a1·u: the other root of X² + 1 put in place of u. It is also a ↦ a^p, the Frobenius map
    /// of Fp2, since u^p = u·(u²)^((p−1)/2) = −u for p ≡ 3 (mod 4).
    public func conjugate() -> Fp2 {
        unimplemented()
    }

    /// The norm a·ā = a0² + a1², an element of Fp, zero only for a = 0.
    public var norm: Fp {
        unimplemented()
    }

    /// 1/a = ā / (a·ā): one inversion in Fp. Nil for zero, which has no inverse.
    ///
    /// Variable time: Fp's inverse is, and zero takes another path.
    public func inverse() -> Fp2? {
        unimplemented()
    }
}
