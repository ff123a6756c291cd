// x is taken as +|x|: [x² − x − 1] and [x − 1] with the wrong sign of x.
import Curves
import ExerciseSupport
import Limbs

/// [h_eff]P for a point P of E'(Fp2): a point of G2, whatever P was.
///
/// h_eff = 3(x² − 1)·h2 is a multiple of the cofactor h2 of G2, chosen so that Budroni and Pintore ("Efficient
/// hash maps to G2 on BLS curves", eprint 2017/419) can write the multiplication through ψ:
/// [h_eff]P = [x² − x − 1]P + [x − 1]ψ(P) + ψ²([2]P), with x = −|x|
/// (the hash-to-curve specification, RFC 9380, appendix G.3, `clear_cofactor_bls12381_g2`). Two multiplications by
/// the 64-bit |x| instead of one by the 636-bit h_eff. Variable time.
public func clearCofactor(_ point: G2Projective) -> G2Projective {
    let magnitude = UInt256(blsParameterMagnitude)
    // With m = |x|: x² − x − 1 = m² + m − 1 and x − 1 = −(m + 1).
    let t1 = point.multiplied(by: magnitude)  // [m]P
    let t2 = t1.multiplied(by: magnitude)  // [m²]P
    // [x − 1]ψ(P) = −ψ([m + 1]P), since ψ is a group homomorphism.
    return t2 - t1 - point + psi(t1 - point) + psi(psi(point.doubled()))
}
