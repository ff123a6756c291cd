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
        unimplemented()
    }
}

/// ψ(P) for a point of E'(Fp2) in Jacobian coordinates: (X, Y, Z) ↦ (X̄·c_x, Ȳ·c_y, Z̄).
///
/// The Frobenius acts on every coordinate, Z included: the affine x = X/Z² goes to x̄ = X̄/Z̄². ψ maps E'(Fp2)
/// to itself and acts on G2 as multiplication by p, which is x modulo r (Scott, eprint 2021/1130, §4).
public func psi(_ point: G2Projective) -> G2Projective {
    unimplemented()
}
