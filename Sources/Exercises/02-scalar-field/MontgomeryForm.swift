import ExerciseSupport
import Limbs

extension Fr {
    /// The element whose canonical value is `value`, which must be below r; r or more throws
    /// `FrError.nonCanonical`.
    ///
    /// Montgomery-multiplying by R² mod r turns x into x·R² ·R⁻¹ = x·R mod r, the Montgomery form.
    public init(canonical value: UInt256) throws(FrError) {
        unimplemented()
    }

    /// The element `small`, for any 64-bit value (all are below r).
    public init(_ small: UInt64) {
        unimplemented()
    }

    /// The canonical value of the element, in [0, r): Montgomery-multiplying aR by 1 gives aR·R⁻¹ = a.
    public var canonical: UInt256 {
        unimplemented()
    }
}
