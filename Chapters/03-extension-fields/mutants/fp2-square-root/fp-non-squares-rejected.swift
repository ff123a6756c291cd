// An element of Fp that is not a square in Fp is rejected, though it is a square in Fp2 (its root is a multiple of u).
import ExerciseSupport
import Fields

extension Fp2 {
    /// A square root of `self`, or nil when there is none. Either of the two roots may come back.
    ///
    /// Through the norm: if x² = a then N(x)² = N(a), so a is a square only if N(a) is a square in Fp; then with
    /// s = √N(a), x0² = (a0 ± s)/2 for one of the signs, and x1 = a1/(2·x0). Variable time.
    public func squareRoot() -> Fp2? {
        if c1.isZero {
            // An element of Fp: either a0 is a square in Fp, or −a0 is (−1 is not), and then (√(−a0)·u)² = a0.
            if let root = c0.squareRoot() { return Fp2(c0: root, c1: .zero) }
            return nil
        }
        guard let s = norm.squareRoot() else { return nil }
        let half = Fp(2).inverse()!
        // With a1 ≠ 0 both candidates are non-zero and exactly one of them is a square in Fp.
        guard let x0 = ((c0 + s) * half).squareRoot() ?? ((c0 - s) * half).squareRoot() else { return nil }
        return Fp2(c0: x0, c1: c1 * x0.doubled().inverse()!)
    }
}
