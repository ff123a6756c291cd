// the y coefficient is ξ^((p−1)/2) instead of its inverse.
import Curves
import ExerciseSupport
import ExtensionFields
import Fields
import Limbs

/// The two constants of ψ = twist ∘ Frobenius ∘ untwist on E'(Fp2), computed from p rather than written out.
///
/// The untwist E' → E(Fp12) is (x, y) ↦ (x·w⁻², y·w⁻³) with w⁶ = ξ. Raising to the p-th power and twisting back
/// multiplies x̄ by w^(2−2p) = ξ^(−(p−1)/3) and ȳ by w^(3−3p) = ξ^(−(p−1)/2) (Galbraith and Scott, "Exponentiation
/// in pairing-friendly groups using homomorphisms", 2008, §3). p ≡ 1 (mod 6) makes both exponents integers.
public struct PsiCoefficients: Hashable, Sendable {
    /// ξ^(−(p−1)/3), the factor of x̄.
    public var x: Fp2
    /// ξ^(−(p−1)/2), the factor of ȳ.
    public var y: Fp2

    public init(x: Fp2, y: Fp2) {
        self.x = x
        self.y = y
    }

    /// The coefficients for BLS12-381, derived once, the first time ψ needs them.
    public static let bls12381 = derived()

    /// Computes both coefficients from p: (p − 1)/3 by long division, (p − 1)/2 by a shift, then powers of ξ and
    /// their inverses.
    public static func derived() -> PsiCoefficients {
        let pMinusOne = Fp.modulus.subtractingReportingBorrow(UInt384(1)).difference
        // (p − 1)/3 by schoolbook division by one limb, from the most significant limb down; the remainder ends at
        // 0, since p ≡ 1 (mod 3).
        var third = UInt384.zero
        var remainder: UInt64 = 0
        for index in (0..<UInt384.limbCount).reversed() {
            let (quotient, rest) = UInt64(3).dividingFullWidth((high: remainder, low: pMinusOne[limb: index]))
            third[limb: index] = quotient
            remainder = rest
        }
        let half = pMinusOne.shiftedRight(by: 1)
        // ξ is not zero, so both powers have inverses. `pow` is variable time in the exponent, which is public.
        return PsiCoefficients(
            x: Fp2.nonResidue.pow(third).inverse()!,
            y: Fp2.nonResidue.pow(half))
    }
}

/// ψ(P) for a point of E'(Fp2) in Jacobian coordinates: (X, Y, Z) ↦ (X̄·c_x, Ȳ·c_y, Z̄).
///
/// The Frobenius acts on every coordinate, Z included: the affine x = X/Z² goes to x̄ = X̄/Z̄². ψ maps E'(Fp2)
/// to itself and acts on G2 as multiplication by p, which is x modulo r (Scott, eprint 2021/1130, §4).
public func psi(_ point: G2Projective) -> G2Projective {
    let coefficients = PsiCoefficients.bls12381
    return G2Projective(
        x: point.x.conjugate() * coefficients.x, y: point.y.conjugate() * coefficients.y,
        z: point.z.conjugate())
}
