// squared() forgets the factor 2 of the u part: a0·a1 instead of 2·a0·a1.
import ExerciseSupport
import Fields

extension Fp2 {
    /// (a0 + a1·u)(b0 + b1·u) = (a0·b0 − a1·b1) + (a0·b1 + a1·b0)·u, with three products in Fp instead of four
    /// (Karatsuba): the cross term is (a0 + a1)(b0 + b1) − a0·b0 − a1·b1.
    public static func * (a: Fp2, b: Fp2) -> Fp2 {
        let t0 = a.c0 * b.c0
        let t1 = a.c1 * b.c1
        // u² = −1: the product of the u parts lands in the real part with a minus sign.
        return Fp2(c0: t0 - t1, c1: (a.c0 + a.c1) * (b.c0 + b.c1) - t0 - t1)
    }

    /// (a0 + a1·u)² = (a0 + a1)(a0 − a1) + 2·a0·a1·u: two products in Fp (the "complex method").
    public func squared() -> Fp2 {
        // a0² − a1² factors as (a0 + a1)(a0 − a1), which saves the second square.
        let product = c0 * c1
        return Fp2(c0: (c0 + c1) * (c0 - c1), c1: product)
    }
}
