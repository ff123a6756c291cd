// m^|x| instead of m^x: the sign of x is forgotten.
import Curves
import ExerciseSupport
import ExtensionFields

/// m^x for the BLS12-381 parameter x = −|x|, on the cyclotomic subgroup: m^|x| by square and multiply over the bits
/// of |x| = 0xd201000000010000, then the conjugate, which is the inverse there.
///
/// - Precondition: m is in the cyclotomic subgroup (the output of the easy part, or a power of it).
public func powerByBLSParameter(_ m: Fp12) -> Fp12 {
    var result = Fp12.one
    for bit in (0..<64).reversed() {
        result = result.squared()
        if (blsParameterMagnitude >> UInt64(bit)) & 1 == 1 { result = result * m }
    }
    return result
}

/// The hard part of the final exponentiation: m^(3(p⁴ − p² + 1)/r).
///
/// Hayashida, Hayasaka and Teruya ("Efficient final exponentiation via cyclotomic structure for pairings over
/// families of elliptic curves", eprint 2020/875, §4.1) write the BLS12 exponent, times 3, as a polynomial in x
/// and p: 3(p⁴ − p² + 1)/r = (x − 1)²·(x + p)·(x² + p² − 1) + 3. Powers of p are Frobenius maps, powers of −1
/// conjugates, so the whole exponent costs five exponentiations by x. The 3 makes the pairing the cube of the
/// textbook one, still bilinear and non-degenerate (3 ∤ r), and it is the value every BLS12-381 library agrees on.
///
/// - Precondition: m is in the cyclotomic subgroup (the output of the easy part).
public func finalExponentiationHardPart(_ m: Fp12) -> Fp12 {
    let y0 = powerByBLSParameter(m) * m.conjugate()  // m^(x − 1)
    let y1 = powerByBLSParameter(y0) * y0.conjugate()  // m^((x − 1)²)
    let y2 = powerByBLSParameter(y1) * y1.frobenius()  // m^((x − 1)²(x + p))
    let y3 = powerByBLSParameter(powerByBLSParameter(y2)) * y2.frobenius().frobenius() * y2.conjugate()
    return y3 * m.squared() * m  // · m³
}
