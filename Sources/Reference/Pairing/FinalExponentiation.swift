import ExtensionFields

/// f^(3(p¹² − 1)/r), mapping a Miller-loop value to GT.
///
/// Easy part f^((p⁶ − 1)(p² + 1)): a conjugate, an inversion, a multiplication and a Frobenius; it lands in the
/// cyclotomic subgroup, where the rest uses cyclotomic squarings. Hard part from Hayashida, Hayasaka and Teruya,
/// "Efficient final exponentiation via cyclotomic structure for pairings over families of elliptic curves"
/// (eprint 2020/875, §4.1 for BLS12): 3(p⁴ − p² + 1)/r = (x − 1)²(x + p)(x² + p² − 1) + 3, five exponentiations
/// by x. The factor 3 is harmless: cubing is a bijection on GT (3 ∤ r), so the result is still a non-degenerate
/// bilinear pairing, and every pairing-product check is unaffected.
///
/// Returns zero for a zero input, which no Miller loop of points on the curves produces. Variable time only in
/// the inversion.
public func finalExponentiation(_ f: Fp12) -> Fp12 {
    guard let inverse = f.inverse() else { return .zero }
    var m = f.conjugate() * inverse  // f^(p⁶ − 1)
    m = m.frobenius().frobenius() * m  // ^(p² + 1)

    let y0 = m.cyclotomicPowerByBLSParameter() * m.conjugate()  // m^(x − 1)
    let y1 = y0.cyclotomicPowerByBLSParameter() * y0.conjugate()  // m^((x − 1)²)
    let y2 = y1.cyclotomicPowerByBLSParameter() * y1.frobenius()  // m^((x − 1)²(x + p))
    let y3 =
        y2.cyclotomicPowerByBLSParameter().cyclotomicPowerByBLSParameter()
        * y2.frobenius().frobenius() * y2.conjugate()  // y2^(x² + p² − 1)
    return y3 * m.cyclotomicSquared() * m
}
