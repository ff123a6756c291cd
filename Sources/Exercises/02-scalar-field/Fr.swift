import ExerciseSupport
import Limbs

/// An element of the BLS12-381 scalar field F_r, kept in Montgomery form.
///
/// r = 0x73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001 (255 bits) is the order of the groups
/// G1, G2 and GT of BLS12-381 (Bowe, "BLS12-381: New zk-SNARK Elliptic Curve Construction", 2017). Scalars of
/// points, polynomial coefficients and EIP-4844 blob entries all live here.
public struct Fr: Hashable, Sendable {
    /// The Montgomery form a·R mod r of the element a, with R = 2^256.
    ///
    /// Always fully reduced (below r): each element then has exactly one representation, and the synthesized
    /// `==` and `hash(into:)` compare elements correctly.
    public var montgomery: UInt256

    /// Wraps a Montgomery form as it is; the caller guarantees that it is below r.
    public init(montgomery: UInt256) {
        self.montgomery = montgomery
    }

    /// r, the field's modulus.
    public static let modulus = UInt256(storage: (0xffff_ffff_0000_0001, 0x53bd_a402_fffe_5bfe,
                                                   0x3339_d808_09a1_d805, 0x73ed_a753_299d_7d48))

    /// −r⁻¹ mod 2^64, the factor that makes each Montgomery reduction step clear one limb.
    ///
    /// Since r ≡ 1 mod 2^32, −r⁻¹ ≡ −1 − 2^32 mod 2^64. In general it comes from Newton's iteration
    /// x ← x·(2 − r₀·x) mod 2^64, which doubles the number of correct low bits at every step.
    public static let montgomeryInverse: UInt64 = 0xffff_fffe_ffff_ffff

    /// R² mod r: Montgomery-multiplying a canonical value by it gives that value's Montgomery form.
    public static let montgomeryRSquared = UInt256(storage: (0xc999_e990_f3f2_9c6d, 0x2b6c_edcb_8792_5c23,
                                                              0x05d3_1496_7254_398f, 0x0748_d9d9_9f59_ff11))

    public static let zero = Fr(montgomery: .zero)

    /// 1, whose Montgomery form is R mod r.
    public static let one = Fr(montgomery: UInt256(storage: (0x0000_0001_ffff_fffe, 0x5884_b7fa_0003_4802,
                                                              0x998c_4fef_ecbc_4ff5, 0x1824_b159_acc5_056f)))

    /// s in r − 1 = 2^s·t with t odd: F_r^* has elements of every order 2^k up to 2^32, which is what lets FFTs
    /// over F_r (and EIP-4844's evaluation domain of 4096 points) work.
    public static let twoAdicity = 32

    /// t in r − 1 = 2^32·t.
    public static let oddFactor = UInt256(storage: (0xfffe_5bfe_ffff_ffff, 0x09a1_d805_53bd_a402,
                                                     0x299d_7d48_3339_d808, 0x0000_0000_73ed_a753))

    /// A generator of F_r^*, hence a quadratic non-residue: EIP-4844's `PRIMITIVE_ROOT_OF_UNITY`.
    public static let multiplicativeGenerator: UInt64 = 7

    public var isZero: Bool { montgomery.isZero }
}

/// Why bytes or an integer do not denote an element of F_r.
public enum FrError: Error, Equatable, Sendable {
    /// An encoding must have exactly `expected` bytes.
    case wrongLength(expected: Int, got: Int)
    /// The value is r or more: a second spelling of some element, which a canonical encoding refuses.
    case nonCanonical
}
