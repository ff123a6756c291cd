import Curves
import ExerciseSupport
import ExtensionFields

/// m^x for the BLS12-381 parameter x = −|x|, on the cyclotomic subgroup: m^|x| by square and multiply over the bits
/// of |x| = 0xd201000000010000, then the conjugate, which is the inverse there.
///
/// - Precondition: m is in the cyclotomic subgroup (the output of the easy part, or a power of it).
public func powerByBLSParameter(_ m: Fp12) -> Fp12 {
    unimplemented()
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
    unimplemented()
}
