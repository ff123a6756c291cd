// The final subtraction of r happens only on overflow, so results in [r, 2r) are returned unreduced.
import ExerciseSupport

extension Fr {
    /// a·b mod r, computed on Montgomery forms: from aR and bR, the product (aR)(bR)·R⁻¹ = (ab)R mod r.
    ///
    /// Use CIOS, "coarsely integrated operand scanning" (Koç, Acar and Kaliski, "Analyzing and comparing
    /// Montgomery multiplication algorithms", IEEE Micro 1996): for each limb b[i], add a·b[i] into a running
    /// value t of six limbs, then add m·r with m = t[0]·(−r⁻¹) mod 2^64, which makes the lowest limb zero, and
    /// drop that limb (divide by 2^64). After four rounds t = (a·b + M·r) / 2^256 < 2r for some M; subtract r
    /// once if t ≥ r.
    public static func * (a: Fr, b: Fr) -> Fr {
        // BEGIN SOLUTION
        let x = a.montgomery
        let y = b.montgomery
        let r = Fr.modulus
        let n = U256.limbCount
        var t = [UInt64](repeating: 0, count: n + 2)
        for i in 0 ..< n {
            // t += x · y[i]
            var carry: UInt64 = 0
            for j in 0 ..< n {
                (carry, t[j]) = multiplyAdd(x[j], y[i], t[j], carry: carry)
            }
            var overflow = false
            (t[n], overflow) = addWithCarry(t[n], carry, carry: false)
            t[n + 1] = overflow ? 1 : 0

            // t += m · r, with m chosen so that the lowest limb becomes zero, then t /= 2^64.
            let m = t[0] &* Fr.montgomeryInverse
            (carry, _) = multiplyAdd(m, r[0], t[0], carry: 0)
            for j in 1 ..< n {
                (carry, t[j - 1]) = multiplyAdd(m, r[j], t[j], carry: carry)
            }
            (t[n - 1], overflow) = addWithCarry(t[n], carry, carry: false)
            t[n] = t[n + 1] + (overflow ? 1 : 0)
        }
        // t < 2r. Not constant time: whether r is subtracted depends on the inputs; timing this "extra
        // reduction" is a classic attack (Schindler, CHES 2000). Production code subtracts always and selects
        // the result with a mask.
        let candidate = U256(t[0], t[1], t[2], t[3])
        let (reduced, borrow) = subtract(candidate, r)
        return Fr(montgomery: t[n] != 0 ? reduced : candidate)
        // END SOLUTION
    }
}
