import Curves
import ExtensionFields
import Fields
import GMP
import HiddenTestSupport
import Limbs
@testable import Pairing
import Testing

/// The optimal ate pairing: bilinearity, non-degeneracy, values in the order-r subgroup GT, the fast final
/// exponentiation against plain exponentiation by 3(p¹² − 1)/r, the multi-pairing check, and a relation between
/// real points of the KZG ceremony.
@Suite struct PairingTests {
    @Test func bilinearity() {
        var generator = TestSeed.generator()
        let p = G1Affine.generator, q = G2Affine.generator
        let base = pairing(p, q)
        for _ in 0..<3 {
            let a = Fr.random(using: &generator), b = Fr.random(using: &generator)
            let left = pairing(G1Affine(G1Projective(p) * a), G2Affine(G2Projective(q) * b))
            #expect(left == base.pow((a * b).canonical), "e([a]P, [b]Q) = e(P, Q)^(ab), seed \(TestSeed.value)")
            #expect(pairing(G1Affine(G1Projective(p) * a), q) == pairing(p, G2Affine(G2Projective(q) * a)),
                    "e([a]P, Q) = e(P, [a]Q), seed \(TestSeed.value)")
        }
        let p2 = G1Affine(CurveTests.randomG1(using: &generator))
        #expect(pairing(G1Affine(G1Projective(p) + p2), q) == pairing(p, q) * pairing(p2, q), "additive in P")
        let q2 = G2Affine(CurveTests.randomG2(using: &generator))
        #expect(pairing(p, G2Affine(G2Projective(q) + q2)) == pairing(p, q) * pairing(p, q2), "additive in Q")
    }

    @Test func nonDegenerateAndInGT() {
        let value = pairing(.generator, .generator)
        #expect(!value.isOne && !value.isZero)
        #expect(value.pow(Fr.modulus).isOne, "e(P, Q)^r = 1")
        #expect(pairing(.identity, .generator).isOne && pairing(.generator, .identity).isOne)
        #expect(pairing(-G1Affine.generator, .generator) == value.conjugate(), "e(−P, Q) = e(P, Q)⁻¹")
    }

    /// finalExponentiation(f) = f^(3(p¹² − 1)/r), the exponent computed with GMP; exact division by the odd r is
    /// multiplication by r⁻¹ modulo a power of two larger than the quotient.
    @Test func finalExponentiationAgreesWithPlainExponentiation() {
        let p = GMPInteger(limbs: Fp.modulus.limbs), r = GMPInteger(limbs: Fr.modulus.limbs)
        var p12 = GMPInteger(1)
        for _ in 0..<12 { p12 = p12 * p }
        let numerator = (p12 - GMPInteger(1)) * GMPInteger(3)
        let twoToK = GMPInteger(1) << (numerator.bitWidth + 1)
        let exponent = (numerator * r.inverse(modulo: twoToK)!) % twoToK
        #expect(exponent * r == numerator)
        let limbs = exponent.limbs(count: (exponent.bitWidth + 63) / 64)

        var generator = TestSeed.generator()
        let f = Fp12.random(using: &generator)
        var expected = Fp12.one
        for bit in (0..<exponent.bitWidth).reversed() {
            expected = expected.squared()
            if (limbs[bit / 64] >> UInt64(bit % 64)) & 1 == 1 { expected *= f }
        }
        #expect(finalExponentiation(f) == expected, "seed \(TestSeed.value)")
    }

    /// The cyclotomic shortcuts against the general operations, on elements of the cyclotomic subgroup.
    @Test func cyclotomicOperations() {
        var generator = TestSeed.generator()
        for _ in 0..<10 {
            let f = Fp12.random(using: &generator)
            var m = f.conjugate() * f.inverse()!
            m = m.frobenius().frobenius() * m
            #expect(m.cyclotomicSquared() == m.squared(), "seed \(TestSeed.value)")
            #expect(m.cyclotomicPowerByBLSParameter() == m.pow(UInt256(blsParameterMagnitude)).conjugate(),
                    "seed \(TestSeed.value)")
            #expect(m.conjugate() * m == .one, "the inverse is the conjugate, seed \(TestSeed.value)")
        }
    }

    @Test func productCheckAgreesWithProductOfPairings() {
        var generator = TestSeed.generator()
        let pairs = (0..<3).map { _ in
            (G1Affine(CurveTests.randomG1(using: &generator)), G2Affine(CurveTests.randomG2(using: &generator)))
        }
        let product = pairs.map { pairing($0.0, $0.1) }.reduce(Fp12.one, *)
        #expect(finalExponentiation(millerLoop(pairs)) == product, "seed \(TestSeed.value)")
        #expect(!pairingProductIsOne(pairs))

        let a = Fr.random(using: &generator)
        let p = pairs[0].0, q = pairs[0].1
        // e([a]P, Q) · e(−P, [a]Q) = 1, and the identity contributes nothing.
        let balanced = [(G1Affine(G1Projective(p) * a), q), (-p, G2Affine(G2Projective(q) * a))]
        #expect(pairingProductIsOne(balanced))
        #expect(pairingProductIsOne(balanced + [(.identity, q), (p, .identity)]))
        #expect(!pairingProductIsOne([(G1Affine(G1Projective(p) * a), q), (-p, G2Affine(G2Projective(q) * (a + .one)))]))
        #expect(pairingProductIsOne([]))
        #expect(pairingProductIsOne([(p, q), (-p, q)]))
    }

    /// The KZG ceremony's points: e([τ]₁, [1]₂) = e([1]₁, [τ]₂), and the same for τ² against τ.
    @Test func trustedSetupRelation() throws {
        let setup = try TrustedSetupFile.load()
        let g1 = try setup.g1Monomial.prefix(3).map { try G1Affine(compressed: $0) }
        let g2 = try setup.g2Monomial.prefix(3).map { try G2Affine(compressed: $0) }
        #expect(pairingProductIsOne([(g1[1], g2[0]), (-g1[0], g2[1])]))
        #expect(pairingProductIsOne([(g1[2], g2[0]), (-g1[1], g2[1])]))
        #expect(pairingProductIsOne([(g1[1], g2[1]), (-g1[0], g2[2])]))
        #expect(!pairingProductIsOne([(g1[2], g2[0]), (-g1[0], g2[1])]))
    }
}
