import Fields
import GMP
import HiddenTestSupport
import Limbs
import Testing

/// The sliding-window exponentiation behind square roots and Legendre symbols, against GMP's mpz_powm: random
/// exponents of every width, window widths 1 to 6, and the exponents with long runs of ones or zeros.
@Suite struct SlidingWindowTests {
    func check<F: PrimeField>(_: F.Type) {
        var generator = TestSeed.generator(for: "sliding-window-\(F.self)")
        let m = FieldsTests.modulus(F.self)
        let limbs = F.Canonical.limbCount
        var exponents = (0..<300).map { _ in F.Canonical(limbs: (0..<limbs).map { _ in generator.next() }) }
        exponents += [
            F.Canonical.zero, F.Canonical(limbs: [1] + [UInt64](repeating: 0, count: limbs - 1)),
            F.Canonical(limbs: [UInt64](repeating: .max, count: limbs)),
            F.modulus.shiftedRight(by: 1),
            F.modulus.addingReportingCarry(F.Canonical(limbs: [1] + [UInt64](repeating: 0, count: limbs - 1))).sum
                .shiftedRight(by: 2),
        ]
        for (index, exponent) in exponents.enumerated() {
            let x = F.random(using: &generator)
            let expected = GMPInteger.powmod(FieldsTests.gmp(x), GMPInteger(limbs: exponent.limbs), m)
            let width = 1 + index % 6
            #expect(
                FieldsTests.gmp(x.powSlidingWindow(exponent, width: width)) == expected,
                seeded("\(x)^\(exponent), window \(width)"))
        }
    }

    @Test func fp() { check(Fp.self) }
    @Test func fr() { check(Fr.self) }
}
