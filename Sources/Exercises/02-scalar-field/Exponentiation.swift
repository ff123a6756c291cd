import ExerciseSupport
import Limbs

extension Fr {
    /// self^exponent, by square-and-multiply over the bits of `exponent` from the most significant down.
    ///
    /// self^0 is 1, including 0^0.
    public func pow(_ exponent: UInt256) -> Fr {
        unimplemented()
    }

    /// The multiplicative inverse, or `nil` for zero, which has none.
    ///
    /// Fermat's little theorem: a^(r−1) = 1 for a ≠ 0, so a^(r−2) = a⁻¹.
    public func inverse() -> Fr? {
        unimplemented()
    }
}
