import Fields
import Limbs

/// The constants of the Frobenius map on the tower, x ↦ x^p.
///
/// With v³ = ξ and w² = v (so w⁶ = ξ), v^p = ξ^((p−1)/3)·v and w^p = ξ^((p−1)/6)·w; p ≡ 1 (mod 6) makes the
/// exponents integers. The values below are those powers of ξ = u + 1 written out; the tests recompute each one as
/// a power and check the maps against a^p computed by exponentiation.
enum FrobeniusCoefficients {
    /// ξ^((p−1)/3) = 0 + c·u.
    static let vToP = Fp2(
        c0: .zero,
        c1: constant("1a0111ea397fe699ec02408663d4de85aa0d857d89759ad4897d29650fb85f9b409427eb4f49fffd8bfd00000000aaac")
    )

    /// ξ^(2(p−1)/3), an element of Fp.
    static let vSquaredToP = Fp2(
        c0: constant(
            "1a0111ea397fe699ec02408663d4de85aa0d857d89759ad4897d29650fb85f9b409427eb4f49fffd8bfd00000000aaad"),
        c1: .zero)

    /// ξ^((p−1)/6).
    static let wToP = Fp2(
        c0: constant(
            "1904d3bf02bb0667c231beb4202c0d1f0fd603fd3cbd5f4f7b2443d784bab9c4f67ea53d63e7813d8d0775ed92235fb8"),
        c1: constant("00fc3e2b36c4e03288e9e902231f9fb854a14787b6c7b36fec0c8ec971f63c5f282d5ac14d6c7ec22cf78a126ddc4af3")
    )
}

/// An Fp constant from its canonical hexadecimal value; only for the literals of this module, which are below p.
func constant(_ hex: String) -> Fp {
    try! Fp(canonical: UInt384(hex: hex)!)
}
