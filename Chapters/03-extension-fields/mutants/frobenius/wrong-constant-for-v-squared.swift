// A wrong Frobenius constant for one coefficient: v² picks up γ² (the constant of v) instead of γ⁴.
import ExerciseSupport
import Fields
import Limbs

/// The constants of the Frobenius map x ↦ x^p on the tower, computed from p rather than written out.
///
/// With γ = ξ^((p−1)/6): v^p = v·(v³)^((p−1)/3) = γ²·v, (v²)^p = γ⁴·v² and w^p = w·(w⁶)^((p−1)/6) = γ·w.
/// p ≡ 1 (mod 6) makes (p − 1)/6 an integer.
public struct FrobeniusCoefficients: Hashable, Sendable {
    /// ξ^((p−1)/3), the factor v picks up.
    public var vToP: Fp2
    /// ξ^(2(p−1)/3), the factor v² picks up.
    public var vSquaredToP: Fp2
    /// ξ^((p−1)/6), the factor w picks up.
    public var wToP: Fp2

    public init(vToP: Fp2, vSquaredToP: Fp2, wToP: Fp2) {
        self.vToP = vToP
        self.vSquaredToP = vSquaredToP
        self.wToP = wToP
    }

    /// The coefficients of BLS12-381's tower, derived once, the first time a Frobenius map needs them.
    public static let bls12381 = derived()

    /// Computes the three coefficients from p: (p − 1)/6 by long division, then powers of ξ.
    public static func derived() -> FrobeniusCoefficients {
        let pMinusOne = Fp.modulus.subtractingReportingBorrow(UInt384(1)).difference
        // Schoolbook division by the one-limb divisor 6, from the most significant limb down: each step divides
        // the two-limb value (remainder, limb) and carries the new remainder into the next limb. The last
        // remainder is 0, since p ≡ 1 (mod 6).
        var exponent = UInt384.zero
        var remainder: UInt64 = 0
        for index in (0 ..< UInt384.limbCount).reversed() {
            let (quotient, rest) = UInt64(6).dividingFullWidth((high: remainder, low: pMinusOne[limb: index]))
            exponent[limb: index] = quotient
            remainder = rest
        }
        // γ = ξ^((p−1)/6) by square-and-multiply from the top bit. Not constant time in the exponent, which is
        // public.
        var gamma = Fp2.one
        for bit in stride(from: exponent.bitWidth - 1, through: 0, by: -1) {
            gamma = gamma.squared()
            if exponent.bit(at: bit) { gamma = gamma * Fp2.nonResidue }
        }
        let gammaSquared = gamma.squared()
        return FrobeniusCoefficients(vToP: gammaSquared, vSquaredToP: gammaSquared, wToP: gamma)
    }
}

extension Fp6 {
    /// a ↦ a^p: each coefficient goes to its own p-th power (the conjugate, in Fp2), and v, v² pick up their
    /// constants.
    public func frobenius() -> Fp6 {
        let constants = FrobeniusCoefficients.bls12381
        return Fp6(c0: c0.conjugate(), c1: c1.conjugate() * constants.vToP,
                   c2: c2.conjugate() * constants.vSquaredToP)
    }
}

extension Fp12 {
    /// a ↦ a^p: the Frobenius of Fp6 on both halves, and w^p = ξ^((p−1)/6)·w on the second.
    public func frobenius() -> Fp12 {
        Fp12(c0: c0.frobenius(), c1: c1.frobenius() * FrobeniusCoefficients.bls12381.wToP)
    }
}
