import Fields
import GMP
import HiddenTestSupport
import Limbs

/// The independent oracle of chapter 3's checks: the tower computed with GMP, coefficient by coefficient, by the
/// schoolbook formulas and in a different basis from the one the exercises use.
///
/// An element of Fp2 is a pair of integers below p. Fp6 and Fp12 are not built as a tower here but flat, as
/// Fp2[x]/(xⁿ − ξ): Fp6 with x = v and n = 3, Fp12 with x = w and n = 6 (w⁶ = v³ = ξ). So a Karatsuba slip or a
/// wrong reduction in the tower cannot be repeated by the oracle.
enum Oracle {
    static let p = GMPInteger(limbs: Fp.modulus.limbs)

    /// a0 + a1·u with a0, a1 in [0, p).
    struct Element2: Sendable {
        var c0: GMPInteger
        var c1: GMPInteger
    }

    static let zero = Element2(c0: GMPInteger(0), c1: GMPInteger(0))
    static let one = Element2(c0: GMPInteger(1), c1: GMPInteger(0))
    static let xi = Element2(c0: GMPInteger(1), c1: GMPInteger(1))

    static func gmp(_ x: Fp) -> GMPInteger { GMPInteger(limbs: x.canonical.limbs) }

    static func fp(_ x: GMPInteger) -> Fp { try! Fp(canonical: UInt384(limbs: (x % p).limbs(count: 6))) }

    static func element<F: QuadraticExtensionField>(_ x: F) -> Element2 { Element2(c0: gmp(x.c0), c1: gmp(x.c1)) }

    static func fp2<F: QuadraticExtensionField>(_ x: Element2) -> F { F(c0: fp(x.c0), c1: fp(x.c1)) }

    static func equal(_ a: Element2, _ b: Element2) -> Bool { a.c0 == b.c0 && a.c1 == b.c1 }

    static func add(_ a: Element2, _ b: Element2) -> Element2 {
        Element2(c0: (a.c0 + b.c0) % p, c1: (a.c1 + b.c1) % p)
    }

    /// The schoolbook product, four multiplications: u² = −1.
    static func multiply(_ a: Element2, _ b: Element2) -> Element2 {
        Element2(c0: (a.c0 * b.c0 - a.c1 * b.c1) % p, c1: (a.c0 * b.c1 + a.c1 * b.c0) % p)
    }

    static func norm(_ a: Element2) -> GMPInteger { (a.c0 * a.c0 + a.c1 * a.c1) % p }

    /// a is a square in Fp2 exactly when its norm is a square in Fp (zero included).
    static func isSquare(_ a: Element2) -> Bool { norm(a).legendre(p) >= 0 }

    /// a^e in Fp2, square-and-multiply over the bits of e.
    static func power(_ a: Element2, _ exponent: GMPInteger) -> Element2 {
        var result = one
        for bit in stride(from: exponent.bitWidth - 1, through: 0, by: -1) {
            result = multiply(result, result)
            if ((exponent >> bit) % GMPInteger(2)) == GMPInteger(1) { result = multiply(result, a) }
        }
        return result
    }

    /// The product in Fp2[x]/(xⁿ − ξ), n = a.count: the full product of the two polynomials, then each xⁿ⁺ⁱ
    /// folded back as ξ·xⁱ.
    static func multiply(_ a: [Element2], _ b: [Element2]) -> [Element2] {
        let n = a.count
        var full = [Element2](repeating: zero, count: 2 * n - 1)
        for i in 0..<n { for j in 0..<n { full[i + j] = add(full[i + j], multiply(a[i], b[j])) } }
        var result = Array(full[0..<n])
        for i in n..<2 * n - 1 { result[i - n] = add(result[i - n], multiply(xi, full[i])) }
        return result
    }

    /// a^e in Fp2[x]/(xⁿ − ξ).
    static func power(_ a: [Element2], _ exponent: GMPInteger) -> [Element2] {
        var result = [one] + [Element2](repeating: zero, count: a.count - 1)
        for bit in stride(from: exponent.bitWidth - 1, through: 0, by: -1) {
            result = multiply(result, result)
            if ((exponent >> bit) % GMPInteger(2)) == GMPInteger(1) { result = multiply(result, a) }
        }
        return result
    }

    static func isOne(_ a: [Element2]) -> Bool {
        equal(a[0], one) && a.dropFirst().allSatisfy { equal($0, zero) }
    }

    // Fp6 in the basis 1, v, v².
    static func coefficients<F: CubicExtensionField>(_ x: F) -> [Element2] {
        [element(x.c0), element(x.c1), element(x.c2)]
    }

    static func fp6<F: CubicExtensionField>(_ x: [Element2]) -> F {
        F(c0: fp2(x[0]), c1: fp2(x[1]), c2: fp2(x[2]))
    }

    // Fp12 in the basis 1, w, …, w⁵: c0.c0 ↦ 1, c1.c0 ↦ w, c0.c1 ↦ w², c1.c1 ↦ w³, c0.c2 ↦ w⁴, c1.c2 ↦ w⁵.
    static func coefficients<F: DodecicExtensionField>(_ x: F) -> [Element2] {
        [
            element(x.c0.c0), element(x.c1.c0), element(x.c0.c1), element(x.c1.c1), element(x.c0.c2),
            element(x.c1.c2),
        ]
    }

    static func fp12<F: DodecicExtensionField>(_ x: [Element2]) -> F {
        F(
            c0: F.Fp6(c0: fp2(x[0]), c1: fp2(x[2]), c2: fp2(x[4])),
            c1: F.Fp6(c0: fp2(x[1]), c1: fp2(x[3]), c2: fp2(x[5])))
    }

    /// (p − 1)/6, exactly: (p − 1)/2, then the exact division by 3 as a product by 3⁻¹ modulo 2^384 (the quotient
    /// is below 2^384, and 3 divides (p − 1)/2).
    static let sixthOfPMinusOne: GMPInteger = {
        let twoTo384 = GMPInteger(1) << 384
        return (((p - GMPInteger(1)) >> 1) * GMPInteger(3).inverse(modulo: twoTo384)!) % twoTo384
    }()
}

/// How the checks show elements: canonical values in hex.
enum Show {
    static func fp2<F: QuadraticExtensionField>(_ x: F) -> String {
        "(\(x.c0.canonical.hex) + \(x.c1.canonical.hex)·u)"
    }

    static func fp6<F: CubicExtensionField>(_ x: F) -> String {
        "[\(fp2(x.c0)) + \(fp2(x.c1))·v + \(fp2(x.c2))·v²]"
    }

    static func fp12<F: DodecicExtensionField>(_ x: F) -> String { "{\(fp6(x.c0)) + \(fp6(x.c1))·w}" }
}

/// Inputs where tower code breaks: coordinates 0, 1, 2, p − 1, p − 2 and (p ± 1)/2, and uniformly random ones.
enum Inputs {
    static let edgeCoordinates: [Fp] = {
        let half = Oracle.fp(Oracle.p >> 1)
        return [.zero, .one, Fp(2), -Fp.one, -Fp(2), half, half + .one]
    }()

    /// Every Fp2 element with both coordinates from `edgeCoordinates` (zero, one, u, −1, elements of Fp, …).
    static func fp2Edges<F: QuadraticExtensionField>() -> [F] {
        edgeCoordinates.flatMap { c0 in edgeCoordinates.map { c1 in F(c0: c0, c1: c1) } }
    }

    static func fp2<F: QuadraticExtensionField>(using generator: inout SeededGenerator) -> F {
        F(c0: .random(using: &generator), c1: .random(using: &generator))
    }

    static func fp6<F: CubicExtensionField>(using generator: inout SeededGenerator) -> F {
        F(c0: fp2(using: &generator), c1: fp2(using: &generator), c2: fp2(using: &generator))
    }

    static func fp12<F: DodecicExtensionField>(using generator: inout SeededGenerator) -> F {
        F(c0: fp6(using: &generator), c1: fp6(using: &generator))
    }

    /// The Fp6 elements c·vⁱ for c in {1, u, ξ, −1} and i in {0, 1, 2}, and zero: each exercises one coefficient
    /// and one power of v alone.
    static func fp6Edges<F: CubicExtensionField>() -> [F] {
        let scalars: [F.Fp2] = [
            F.Fp2(c0: .one, c1: .zero), F.Fp2(c0: .zero, c1: .one), F.Fp2(c0: .one, c1: .one),
            F.Fp2(c0: -Fp.one, c1: .zero),
        ]
        let zero = F.Fp2(c0: .zero, c1: .zero)
        var result = [F(c0: zero, c1: zero, c2: zero)]
        for scalar in scalars {
            result += [
                F(c0: scalar, c1: zero, c2: zero), F(c0: zero, c1: scalar, c2: zero),
                F(c0: zero, c1: zero, c2: scalar),
            ]
        }
        // All coordinates p − 1: the largest values every sum and difference meets.
        let largest = F.Fp2(c0: -Fp.one, c1: -Fp.one)
        result.append(F(c0: largest, c1: largest, c2: largest))
        return result
    }

    /// The Fp12 elements c·wⁱ for c in {1, u, ξ} and i in 0 ..< 6, and zero.
    static func fp12Edges<F: DodecicExtensionField>() -> [F] {
        let scalars = [Oracle.one, Oracle.Element2(c0: GMPInteger(0), c1: GMPInteger(1)), Oracle.xi]
        var result = [Oracle.fp12([Oracle.Element2](repeating: Oracle.zero, count: 6)) as F]
        for scalar in scalars {
            for power in 0..<6 {
                var coefficients = [Oracle.Element2](repeating: Oracle.zero, count: 6)
                coefficients[power] = scalar
                result.append(Oracle.fp12(coefficients))
            }
        }
        return result
    }
}
