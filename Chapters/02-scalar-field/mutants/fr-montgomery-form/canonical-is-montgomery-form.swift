// `canonical` returns the Montgomery form itself, without converting out of it.
import ExerciseSupport

extension Fr {
    /// The element whose canonical value is `value`, which must be below r; r or more throws
    /// `FrError.nonCanonical`.
    ///
    /// Montgomery-multiplying by R² mod r turns x into x·R² ·R⁻¹ = x·R mod r, the Montgomery form.
    public init(canonical value: U256) throws(FrError) {
        // BEGIN SOLUTION
        guard subtract(value, Fr.modulus).borrow else { throw .nonCanonical }
        // Fr(montgomery: value) is the element value·R⁻¹: a means to feed raw limbs into the multiplier.
        self = Fr(montgomery: value) * Fr(montgomery: Fr.montgomeryRSquared)
        // END SOLUTION
    }

    /// The element `small`, for any 64-bit value (all are below r).
    public init(_ small: UInt64) {
        // BEGIN SOLUTION
        self = Fr(montgomery: U256(small, 0, 0, 0)) * Fr(montgomery: Fr.montgomeryRSquared)
        // END SOLUTION
    }

    /// The canonical value of the element, in [0, r): Montgomery-multiplying aR by 1 gives aR·R⁻¹ = a.
    public var canonical: U256 {
        // BEGIN SOLUTION
        montgomery
        // END SOLUTION
    }
}
