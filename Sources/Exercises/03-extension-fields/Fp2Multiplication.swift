import ExerciseSupport
import Fields

extension Fp2 {
    /// (a0 + a1·u)(b0 + b1·u) = (a0·b0 − a1·b1) + (a0·b1 + a1·b0)·u, with three products in Fp instead of four
    /// (Karatsuba): the cross term is (a0 + a1)(b0 + b1) − a0·b0 − a1·b1.
    public static func * (a: Fp2, b: Fp2) -> Fp2 {
        unimplemented()
    }

    /// (a0 + a1·u)² = (a0 + a1)(a0 − a1) + 2·a0·a1·u: two products in Fp (the "complex method").
    public func squared() -> Fp2 {
        unimplemented()
    }
}
