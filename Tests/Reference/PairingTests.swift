import Curves
import ExtensionFields
import Fields
import GMP
import HiddenTestSupport
import Limbs
import Testing

@testable import Pairing

/// The optimal ate pairing: bilinearity, non-degeneracy, values in the order-r subgroup GT, the fast final
/// exponentiation against plain exponentiation by 3(p¹² − 1)/r, the multi-pairing check, and a relation between
/// real points of the KZG ceremony.
@Suite struct PairingTests {
    @Test func bilinearity() {
        var generator = TestSeed.generator()
        let p = G1Affine.generator
        let q = G2Affine.generator
        let base = pairing(p, q)
        for _ in 0..<3 {
            let a = Fr.random(using: &generator)
            let b = Fr.random(using: &generator)
            let left = pairing(G1Affine(G1Projective(p) * a), G2Affine(G2Projective(q) * b))
            #expect(left == base.pow((a * b).canonical), "e([a]P, [b]Q) = e(P, Q)^(ab), seed \(TestSeed.value)")
            #expect(
                pairing(G1Affine(G1Projective(p) * a), q) == pairing(p, G2Affine(G2Projective(q) * a)),
                "e([a]P, Q) = e(P, [a]Q), seed \(TestSeed.value)")
        }
        let p2 = G1Affine(CurveTests.randomG1(using: &generator))
        #expect(pairing(G1Affine(G1Projective(p) + p2), q) == pairing(p, q) * pairing(p2, q), "additive in P")
        let q2 = G2Affine(CurveTests.randomG2(using: &generator))
        #expect(pairing(p, G2Affine(G2Projective(q) + q2)) == pairing(p, q) * pairing(p, q2), "additive in Q")
    }

    /// e(G1, G2) as py_ecc (the Ethereum Foundation's Python implementation, `py_ecc.optimized_bls12_381`) computes
    /// it, rewritten in this tower: py_ecc stores Fp12 as Fp[w]/(w¹² − 2w⁶ + 2) with u = w⁶ − 1, so its
    /// coefficients c_k + c_(k+6)·w⁶ become the Fp2 coefficient (c_k + c_(k+6)) + c_(k+6)·u of w^k. py_ecc loops over
    /// |x| without the conjugation for x < 0 and exponentiates by (p¹² − 1)/r, so this backend's value is its inverse
    /// cubed; the coefficients below are py_ecc's pairing(G2, G1)⁻³, the pairs (c0, c1) of w⁰ … w⁵.
    @Test func knownValueFromPyECC() {
        let coefficients: [(String, String)] = [
            (
                "1250ebd871fc0a92a7b2d83168d0d727272d441befa15c503dd8e90ce98db3e7b6d194f60839c508a84305aaca1789b6",
                "089a1c5b46e5110b86750ec6a532348868a84045483c92b7af5af689452eafabf1a8943e50439f1d59882a98eaa0170f"
            ),  // w^0
            (
                "19f26337d205fb469cd6bd15c3d5a04dc88784fbb3d0b2dbdea54d43b2b73f2cbb12d58386a8703e0f948226e47ee89d",
                "06fba23eb7c5af0d9f80940ca771b6ffd5857baaf222eb95a7d2809d61bfe02e1bfd1b68ff02f0b8102ae1c2d5d5ab1a"
            ),  // w^1
            (
                "1368bb445c7c2d209703f239689ce34c0378a68e72a6b3b216da0e22a5031b54ddff57309396b38c881c4c849ec23e87",
                "193502b86edb8857c273fa075a50512937e0794e1e65a7617c90d8bd66065b1fffe51d7a579973b1315021ec3c19934f"
            ),  // w^2
            (
                "11b8b424cd48bf38fcef68083b0b0ec5c81a93b330ee1a677d0d15ff7b984e8978ef48881e32fac91b93b47333e2ba57",
                "03350f55a7aefcd3c31b4fcb6ce5771cc6a0e9786ab5973320c806ad360829107ba810c5a09ffdd9be2291a0c25a99a2"
            ),  // w^3
            (
                "01b2f522473d171391125ba84dc4007cfbf2f8da752f7c74185203fcca589ac719c34dffbbaad8431dad1c1fb597aaa5",
                "018107154f25a764bd3c79937a45b84546da634b8f6be14a8061e55cceba478b23f7dacaa35c8ca78beae9624045b4b6"
            ),  // w^4
            (
                "04c581234d086a9902249b64728ffd21a189e87935a954051c7cdba7b3872629a4fafc05066245cb9108f0242d0fe3ef",
                "0f41e58663bf08cf068672cbd01a7ec73baca4d72ca93544deff686bfd6df543d48eaa24afe47e1efde449383b676631"
            ),  // w^5
        ]
        let w = coefficients.map {
            Fp2(c0: try! Fp(canonical: UInt384(hex: $0.0)!), c1: try! Fp(canonical: UInt384(hex: $0.1)!))
        }
        let expected = Fp12(c0: Fp6(c0: w[0], c1: w[2], c2: w[4]), c1: Fp6(c0: w[1], c1: w[3], c2: w[5]))
        #expect(pairing(.generator, .generator) == expected)
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
        let p = GMPInteger(limbs: Fp.modulus.limbs)
        let r = GMPInteger(limbs: Fr.modulus.limbs)
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
            #expect(
                m.cyclotomicPowerByBLSParameter() == m.pow(UInt256(blsParameterMagnitude)).conjugate(),
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
        let p = pairs[0].0
        let q = pairs[0].1
        // e([a]P, Q) · e(−P, [a]Q) = 1, and the identity contributes nothing.
        let balanced = [(G1Affine(G1Projective(p) * a), q), (-p, G2Affine(G2Projective(q) * a))]
        #expect(pairingProductIsOne(balanced))
        #expect(pairingProductIsOne(balanced + [(.identity, q), (p, .identity)]))
        #expect(
            !pairingProductIsOne([(G1Affine(G1Projective(p) * a), q), (-p, G2Affine(G2Projective(q) * (a + .one)))]))
        #expect(pairingProductIsOne([(G1Affine, G2Affine)]()))
        #expect(pairingProductIsOne([(p, q), (-p, q)]))
    }

    /// One prepared point serves many pairings: its lines, scaled by each P, give e(P₁, Q)·e(P₂, Q) = e(P₁ + P₂, Q)
    /// and the balanced checks of KZG; a prepared identity contributes nothing. (The unprepared `millerLoop`
    /// prepares on the way, so comparing the two would test nothing; bilinearity is checked here instead.)
    @Test func preparedPointsServeManyPairings() {
        var generator = TestSeed.generator()
        let p = G1Affine(CurveTests.randomG1(using: &generator))
        let q = G2Affine(CurveTests.randomG2(using: &generator))
        let p2 = G1Affine(CurveTests.randomG1(using: &generator))
        let a = Fr.random(using: &generator)
        let preparedQ = G2Prepared(q)
        let preparedAQ = G2Prepared(G2Affine(G2Projective(q) * a))
        let sum = G1Affine(G1Projective(p) + G1Projective(p2))
        #expect(
            finalExponentiation(millerLoop([(p, preparedQ), (p2, preparedQ)]))
                == finalExponentiation(millerLoop([(sum, preparedQ)])), seeded("e(P₁,Q)·e(P₂,Q) = e(P₁+P₂,Q)"))
        #expect(!finalExponentiation(millerLoop([(p, preparedQ)])).isOne, seeded("e(P, Q) ≠ 1"))
        #expect(
            pairingProductIsOne([(G1Affine(G1Projective(p) * a), preparedQ), (-p, preparedAQ)]), seeded("balanced"))
        #expect(
            !pairingProductIsOne([(G1Affine(G1Projective(p) * (a + .one)), preparedQ), (-p, preparedAQ)]),
            seeded("unbalanced"))
        #expect(pairingProductIsOne([(p, G2Prepared(.identity)), (.identity, preparedQ)]))
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
