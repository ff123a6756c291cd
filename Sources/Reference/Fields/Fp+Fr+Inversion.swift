// The inverses of Fp and Fr by Bernstein–Yang divsteps (SafeGCD.swift), in place of Fermat's a^(q−2).
//
// The divsteps run on the Montgomery limbs x = a·R themselves, with the cofactor started at c = R² mod q instead
// of 1: the result is c·x⁻¹ = R²·(a·R)⁻¹ = a⁻¹·R, the Montgomery form of a⁻¹, with no conversion on either side.

import Limbs

extension Fp {
    /// p in radix 2^62 (seven limbs), p⁻¹ mod 2^62, and 18 batches: 18·62 = 1116 ≥ 1102 divsteps, the bound of
    /// Bernstein–Yang's Theorem 11.2 for 381 bits. ReferenceTests check these literals against GMP.
    @inlinable static var safeGCDModulus: SafeGCDModulus {
        var limbs = Signed62Limbs()
        limbs.storage = (
            0x39fe_ffff_ffff_aaab, 0x3aaf_fffa_c54f_fffe, 0x330d_2a0f_6b0f_6241, 0x1dd2_e13c_e144_afd9,
            0x1ba7_b643_4bac_d764, 0x0447_a8e5_ff9a_692c, 0x1a0
        )
        return SafeGCDModulus(limbs: limbs, inverse62: 0x360c_0003_0003_0003, count: 7, batches: 18)
    }

    @inlinable @inline(__always)
    static func safeGCDInverse(
        _ x: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64), constantTime: Bool
    ) -> (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) {
        let modulus = safeGCDModulus
        let input = withUnsafeBytes(of: x) { words in
            Signed62Limbs(limbs64: { words.load(fromByteOffset: $0 * 8, as: UInt64.self) }, count64: 6, count: 7)
        }
        let scale = withUnsafeBytes(of: rSquaredModQ) { words in
            Signed62Limbs(limbs64: { words.load(fromByteOffset: $0 * 8, as: UInt64.self) }, count64: 6, count: 7)
        }
        let d = SafeGCD.inverse(input, times: scale, modulus: modulus, constantTime: constantTime)
        return (
            d.limb64(0, count: 7), d.limb64(1, count: 7), d.limb64(2, count: 7), d.limb64(3, count: 7),
            d.limb64(4, count: 7), d.limb64(5, count: 7)
        )
    }

    /// The multiplicative inverse, or nil for zero, in constant time (Bernstein–Yang divsteps; the nil check is the
    /// only branch on the value).
    @inlinable
    public func inverse() -> Fp? {
        isZero ? nil : Fp(montgomery: Self.safeGCDInverse(montgomery, constantTime: true))
    }

    /// The multiplicative inverse, or nil for zero, in time that depends on `self`: only for public values.
    @inlinable
    public func inverseVariableTime() -> Fp? {
        isZero ? nil : Fp(montgomery: Self.safeGCDInverse(montgomery, constantTime: false))
    }
}

extension Fr {
    /// r in radix 2^62 (five limbs), r⁻¹ mod 2^62, and 12 batches: 12·62 = 744 ≥ 739 divsteps, the bound of
    /// Bernstein–Yang's Theorem 11.2 for 255 bits. ReferenceTests check these literals against GMP.
    @inlinable static var safeGCDModulus: SafeGCDModulus {
        var limbs = Signed62Limbs()
        limbs.storage = (
            0x3fff_ffff_0000_0001, 0x0ef6_900b_fff9_6ffb, 0x339d_8080_9a1d_8055, 0x3b69_d4ca_675f_520c, 0x73, 0, 0
        )
        return SafeGCDModulus(limbs: limbs, inverse62: 0x1_0000_0001, count: 5, batches: 12)
    }

    @inlinable @inline(__always)
    static func safeGCDInverse(
        _ x: (UInt64, UInt64, UInt64, UInt64), constantTime: Bool
    ) -> (UInt64, UInt64, UInt64, UInt64) {
        let modulus = safeGCDModulus
        let input = withUnsafeBytes(of: x) { words in
            Signed62Limbs(limbs64: { words.load(fromByteOffset: $0 * 8, as: UInt64.self) }, count64: 4, count: 5)
        }
        let scale = withUnsafeBytes(of: rSquaredModQ) { words in
            Signed62Limbs(limbs64: { words.load(fromByteOffset: $0 * 8, as: UInt64.self) }, count64: 4, count: 5)
        }
        let d = SafeGCD.inverse(input, times: scale, modulus: modulus, constantTime: constantTime)
        return (d.limb64(0, count: 5), d.limb64(1, count: 5), d.limb64(2, count: 5), d.limb64(3, count: 5))
    }

    /// The multiplicative inverse, or nil for zero, in constant time (Bernstein–Yang divsteps; the nil check is the
    /// only branch on the value).
    @inlinable
    public func inverse() -> Fr? {
        isZero ? nil : Fr(montgomery: Self.safeGCDInverse(montgomery, constantTime: true))
    }

    /// The multiplicative inverse, or nil for zero, in time that depends on `self`: only for public values.
    @inlinable
    public func inverseVariableTime() -> Fr? {
        isZero ? nil : Fr(montgomery: Self.safeGCDInverse(montgomery, constantTime: false))
    }
}
