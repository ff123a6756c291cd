// pow walks the exponent bits from the least significant up while squaring the accumulator, as if from the top.
import ExerciseSupport
import Limbs

extension Fr {
    /// self^exponent, by square-and-multiply over the bits of `exponent` from the most significant down.
    ///
    /// self^0 is 1, including 0^0.
    public func pow(_ exponent: UInt256) -> Fr {
        var result = Fr.one
        for limbIndex in 0 ..< UInt256.limbCount {
            for bitIndex in 0 ..< 64 {
                result = result * result
                // Not constant time in the exponent: the multiplication happens only for one bits. Fine for the
                // public exponents of this chapter (r − 2, (t − 1)/2); a secret exponent needs a fixed schedule.
                if (exponent[limb: limbIndex] >> UInt64(bitIndex)) & 1 == 1 {
                    result = result * self
                }
            }
        }
        return result
    }

    /// The multiplicative inverse, or `nil` for zero, which has none.
    ///
    /// Fermat's little theorem: a^(r−1) = 1 for a ≠ 0, so a^(r−2) = a⁻¹.
    public func inverse() -> Fr? {
        guard !isZero else { return nil }
        return pow(Fr.modulus.subtractingReportingBorrow(UInt256(2)).difference)
    }
}
