// The inverse raises to r - 1 instead of r - 2, which gives 1 for every nonzero element.
import ExerciseSupport

extension Fr {
    /// self^exponent, by square-and-multiply over the bits of `exponent` from the most significant down.
    ///
    /// self^0 is 1, including 0^0.
    public func pow(_ exponent: U256) -> Fr {
        // BEGIN SOLUTION
        var result = Fr.one
        for limbIndex in (0 ..< U256.limbCount).reversed() {
            for bitIndex in (0 ..< 64).reversed() {
                result = result * result
                // Not constant time in the exponent: the multiplication happens only for one bits. Fine for the
                // public exponents of this chapter (r − 2, (t − 1)/2); a secret exponent needs a fixed schedule.
                if (exponent[limbIndex] >> UInt64(bitIndex)) & 1 == 1 {
                    result = result * self
                }
            }
        }
        return result
        // END SOLUTION
    }

    /// The multiplicative inverse, or `nil` for zero, which has none.
    ///
    /// Fermat's little theorem: a^(r−1) = 1 for a ≠ 0, so a^(r−2) = a⁻¹.
    public func inverse() -> Fr? {
        // BEGIN SOLUTION
        guard !isZero else { return nil }
        return pow(subtract(Fr.modulus, U256(1, 0, 0, 0)).difference)
        // END SOLUTION
    }
}
