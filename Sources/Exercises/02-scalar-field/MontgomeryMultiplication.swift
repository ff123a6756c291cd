import ExerciseSupport
import Limbs

extension Fr {
    /// a·b mod r, computed on Montgomery forms: from aR and bR, the product (aR)(bR)·R⁻¹ = (ab)R mod r.
    ///
    /// Use CIOS, "coarsely integrated operand scanning" (Koç, Acar and Kaliski, "Analyzing and comparing
    /// Montgomery multiplication algorithms", IEEE Micro 1996): for each limb b[i], add a·b[i] into a running
    /// value t of six limbs, then add m·r with m = t[0]·(−r⁻¹) mod 2^64, which makes the lowest limb zero, and
    /// drop that limb (divide by 2^64). After four rounds t = (a·b + M·r) / 2^256 < 2r for some M; subtract r
    /// once if t ≥ r.
    public static func * (a: Fr, b: Fr) -> Fr {
        unimplemented()
    }
}
