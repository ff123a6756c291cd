import GMP
import HiddenTestSupport
import Limbs
import Testing

@testable import Fields

/// The divsteps inversion of Fp and Fr (Bernstein–Yang) against GMP's mpz_invert, constant-time and variable-time
/// entry points alike, on the edges (1, 2, q − 1, q − 2, powers of two and their neighbours, (q ± 1)/2) and on
/// random elements; zero has no inverse. A failure prints the seed; `WORKBOOK_SEED=<seed>` replays it.
@Suite struct InversionTests {
    static let cases = 20_000

    func check<F: PrimeField>(
        _: F.Type, constantTime: (F) -> F?, variableTime: (F) -> F?
    ) {
        var generator = TestSeed.generator(for: "divsteps-\(F.self)")
        let m = FieldsTests.modulus(F.self)
        var xs = FieldsTests.elements(F.self, count: Self.cases, generator: &generator)
        // Every power of two below q and q − 2^k: long runs of equal bits, where divsteps take the most steps.
        for bits in 0..<F.modulus.bitWidth {
            let power = GMPInteger(1) << bits
            for value in [power, m - power] {
                xs.append(try! F(canonical: F.Canonical(limbs: value.limbs(count: F.Canonical.limbCount))))
            }
        }
        for x in xs {
            let expected = FieldsTests.gmp(x).inverse(modulo: m)
            for (name, inverse) in [("constant time", constantTime(x)), ("variable time", variableTime(x))] {
                if x.isZero {
                    #expect(inverse == nil, seeded("0 has no inverse, but \(name) gave one"))
                } else {
                    #expect(inverse.map(FieldsTests.gmp) == expected, seeded("\(x)⁻¹, \(name)"))
                }
            }
        }
    }

    @Test func fpAgainstGMP() {
        check(Fp.self, constantTime: { $0.inverse() }, variableTime: { $0.inverseVariableTime() })
    }

    @Test func frAgainstGMP() {
        check(Fr.self, constantTime: { $0.inverse() }, variableTime: { $0.inverseVariableTime() })
    }

    /// Generic code (batch inversion, the default of the protocol) reaches the divsteps too.
    @Test func genericCallsReachDivsteps() {
        func invert<F: PrimeField>(_ x: F) -> F? { x.inverse() }
        var generator = TestSeed.generator(for: "divsteps-generic")
        var xs = (0..<100).map { _ in Fp.random(using: &generator) }
        let expected = xs.map { FieldsTests.gmp($0).inverse(modulo: FieldsTests.modulus(Fp.self)) }
        #expect(xs.map { invert($0).map(FieldsTests.gmp) } == expected)
        Fp.batchInverseVariableTime(&xs)
        #expect(xs.map { FieldsTests.gmp($0) } == expected)
    }

    /// The radix-2^62 literals: the limbs recompose to q, and q·(q⁻¹ mod 2^62) ≡ 1 (mod 2^62).
    func checkConstants<F: PrimeField>(_: F.Type, _ modulus: SafeGCDModulus) {
        var value = GMPInteger(0)
        for index in 0..<modulus.count {
            value = value + (GMPInteger(UInt64(modulus.limbs[index])) << (62 * index))
            #expect(modulus.limbs[index] >= 0 && modulus.limbs[index] < 1 << 62)
        }
        #expect(value == FieldsTests.modulus(F.self))
        let twoTo62 = GMPInteger(1) << 62
        #expect(GMPInteger(modulus.inverse62) == FieldsTests.modulus(F.self).inverse(modulo: twoTo62))
        // Bernstein–Yang, Theorem 11.2: ⌈(49d + 57)/17⌉ divsteps suffice for d-bit inputs (d ≥ 46).
        let bits = F.modulus.bitWidth
        #expect(62 * modulus.batches >= (49 * bits + 57 + 16) / 17)
        #expect(62 * modulus.count >= bits + 2)
    }

    @Test func fpConstants() { checkConstants(Fp.self, Fp.safeGCDModulus) }
    @Test func frConstants() { checkConstants(Fr.self, Fr.safeGCDModulus) }
}
