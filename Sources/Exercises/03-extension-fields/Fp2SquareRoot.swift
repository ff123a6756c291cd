import ExerciseSupport
import Fields

extension Fp2 {
    /// A square root of `self`, or nil when there is none. Either of the two roots may come back.
    ///
    /// Through the norm: if x² = a then N(x)² = N(a), so a is a square only if N(a) is a square in Fp; then with
    /// s = √N(a), x0² = (a0 ± s)/2 for one of the signs, and x1 = a1/(2·x0). Variable time.
    public func squareRoot() -> Fp2? {
        unimplemented()
    }
}
