import ExerciseSupport
import Fields

extension Fp12 {
    /// (a0 + a1·w)(b0 + b1·w) = (a0b0 + v·a1b1) + ((a0 + a1)(b0 + b1) − a0b0 − a1b1)·w: Karatsuba again, three Fp6
    /// products, with w² = v.
    public static func * (a: Fp12, b: Fp12) -> Fp12 {
        unimplemented()
    }

    /// 1/a = (a0 − a1·w)/(a0² − v·a1²), or nil for zero: one inversion in Fp6. Variable time.
    public func inverse() -> Fp12? {
        unimplemented()
    }
}
