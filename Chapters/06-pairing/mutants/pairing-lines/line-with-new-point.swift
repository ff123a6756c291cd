// The doubling line is computed with 2T instead of T.
import Curves
import ExerciseSupport
import ExtensionFields
import Fields

// The lines of the Miller loop, with T on the twist E'(Fp2): y² = x³ + 4ξ in affine coordinates.
//
// E' is the M-type sextic twist of E: ψ(x', y') = (x'·w⁻², y'·w⁻³) maps it into E(Fp12). The line through ψ(T)
// with slope λ_E has λ_E = λ·w⁻¹, where λ is the slope on E' (3x_T²/(2y_T) for a tangent, (y_Q − y_T)/(x_Q − x_T)
// for a chord). Evaluated at P = (x_P, y_P) ∈ E(Fp) and multiplied by w³ (an element of the subfield Fp4, which the
// final exponentiation sends to 1), it is
//
//     ℓ(P) = (λ·x_T − y_T) + (−λ·x_P)·w² + y_P·w³,
//
// three non-zero coefficients of twelve: in this tower's layout 1 ↦ c0.c0, w² ↦ c0.c1, w³ ↦ c1.c1.
// Affine formulas cost an Fp2 inversion per step; they keep the line's scaling exact, which is what the chapter
// compares. Not constant time (the inversions), which is fine for public points.

/// The tangent line at T evaluated at P, as the sparse element (λ·x_T − y_T) − λ·x_P·w² + y_P·w³ with
/// λ = 3x_T²/(2y_T); and T ← 2T.
///
/// - Precondition: T is not the identity and y_T ≠ 0 (true for every multiple of a G2 point met in the loop).
public func doublingStep(_ t: inout G2Affine, _ p: G1Affine) -> Fp12 {
    let xSquared = t.x.squared()
    let lambda = (xSquared.doubled() + xSquared) * t.y.doubled().inverse()!
    let x3 = lambda.squared() - t.x.doubled()
    let y3 = lambda * (t.x - x3) - t.y
    t = G2Affine(unchecked: x3, y3)
    let line = Fp12(
        c0: Fp6(c0: lambda * t.x - t.y, c1: -(lambda * p.x), c2: .zero),
        c1: Fp6(c0: .zero, c1: Fp2(c0: p.y, c1: .zero), c2: .zero))
    return line
}

/// The line through T and Q evaluated at P, as (λ·x_T − y_T) − λ·x_P·w² + y_P·w³ with λ = (y_Q − y_T)/(x_Q − x_T);
/// and T ← T + Q.
///
/// - Precondition: T and Q are not the identity and T ≠ ±Q (x_T ≠ x_Q).
public func additionStep(_ t: inout G2Affine, _ q: G2Affine, _ p: G1Affine) -> Fp12 {
    let lambda = (q.y - t.y) * (q.x - t.x).inverse()!
    let line = Fp12(
        c0: Fp6(c0: lambda * t.x - t.y, c1: -(lambda * p.x), c2: .zero),
        c1: Fp6(c0: .zero, c1: Fp2(c0: p.y, c1: .zero), c2: .zero))
    let x3 = lambda.squared() - t.x - q.x
    let y3 = lambda * (t.x - x3) - t.y
    t = G2Affine(unchecked: x3, y3)
    return line
}
