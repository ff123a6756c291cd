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
        unimplemented()
    }
}

extension Fp6 {
    /// a ↦ a^p: each coefficient goes to its own p-th power (the conjugate, in Fp2), and v, v² pick up their
    /// constants.
    public func frobenius() -> Fp6 {
        unimplemented()
    }
}

extension Fp12 {
    /// a ↦ a^p: the Frobenius of Fp6 on both halves, and w^p = ξ^((p−1)/6)·w on the second.
    public func frobenius() -> Fp12 {
        unimplemented()
    }
}
