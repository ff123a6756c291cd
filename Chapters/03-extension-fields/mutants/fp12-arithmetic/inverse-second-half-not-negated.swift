// inverse() multiplies by a0 + a1·w instead of its conjugate a0 − a1·w.
import ExerciseSupport
import Fields

extension Fp12 {
    /// (a0 + a1·w)(b0 + b1·w) = (a0b0 + v·a1b1) + ((a0 + a1)(b0 + b1) − a0b0 − a1b1)·w: Karatsuba again, three Fp6
    /// products, with w² = v.
    public static func * (a: Fp12, b: Fp12) -> Fp12 {
        let t0 = a.c0 * b.c0
        let t1 = a.c1 * b.c1
        return Fp12(c0: t0 + t1.multipliedByNonResidue(), c1: (a.c0 + a.c1) * (b.c0 + b.c1) - t0 - t1)
    }

    /// 1/a = (a0 − a1·w)/(a0² − v·a1²), or nil for zero: one inversion in Fp6. Variable time.
    public func inverse() -> Fp12? {
        // (a0 + a1·w)(a0 − a1·w) = a0² − a1²·w² = a0² − v·a1², an element of Fp6, zero only for a = 0.
        let denominator = c0 * c0 - (c1 * c1).multipliedByNonResidue()
        guard let denominatorInverse = denominator.inverse() else { return nil }
        return Fp12(c0: c0 * denominatorInverse, c1: c1 * denominatorInverse)
    }
}
