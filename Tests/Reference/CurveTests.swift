import ExtensionFields
import Fields
import HiddenTestSupport
import Limbs
import Testing

@testable import Curves

/// G1 and G2: the group law, scalar multiplication (the endomorphism-accelerated paths against plain double and
/// add), subgroup membership against the [r]P = O oracle, and normalisation.
@Suite struct CurveTests {
    static let cases = 20

    /// A uniformly random point of E(Fp), almost never in G1 (the cofactor is about 2¹²⁶).
    static func randomCurvePoint(using generator: inout SeededGenerator) -> G1Affine {
        while true {
            let x = Fp.random(using: &generator)
            if let y = (x.squared() * x + Fp(4)).squareRoot() { return G1Affine(unchecked: x, y) }
        }
    }

    /// A uniformly random point of E'(Fp2), almost never in G2.
    static func randomTwistPoint(using generator: inout SeededGenerator) -> G2Affine {
        while true {
            let x = Fp2.random(using: &generator)
            if let y = (x.squared() * x + G2.b).squareRoot() { return G2Affine(unchecked: x, y) }
        }
    }

    static func randomG1(using generator: inout SeededGenerator) -> G1Projective {
        G1Projective.generator * Fr.random(using: &generator)
    }

    static func randomG2(using generator: inout SeededGenerator) -> G2Projective {
        G2Projective.generator * Fr.random(using: &generator)
    }

    /// h1 = (x − 1)²/3 = (|x| + 1)²/3, the cofactor of G1, from the BLS parameter.
    static var g1Cofactor: UInt256 {
        let base = blsParameterMagnitude + 1
        let square = base.multipliedFullWidth(by: base)
        let (high, highRemainder) = square.high.quotientAndRemainder(dividingBy: 3)
        let (low, _) = UInt64(3).dividingFullWidth((high: highRemainder, low: square.low))
        return UInt256(limbs: [low, high, 0, 0])
    }

    @Test func generatorsAreOnTheCurvesAndInTheSubgroups() {
        #expect(G1Affine.generator.isOnCurve && G1Affine.generator.isInSubgroup)
        #expect(G2Affine.generator.isOnCurve && G2Affine.generator.isInSubgroup)
        #expect(G1Projective.generator.multiplied(by: Fr.modulus).isIdentity)
        #expect(G2Projective.generator.multiplied(by: Fr.modulus).isIdentity)
        #expect(!G1Projective.generator.isIdentity && !G2Projective.generator.isIdentity)
        #expect(G1Affine.identity.isOnCurve && G1Affine.identity.isInSubgroup)
        #expect(G2Affine.identity.isOnCurve && G2Affine.identity.isInSubgroup)
    }

    @Test func g1GroupLaw() {
        var generator = TestSeed.generator()
        for _ in 0..<Self.cases {
            let p = Self.randomG1(using: &generator)
            let q = Self.randomG1(using: &generator)
            let s = Self.randomG1(using: &generator)
            #expect((p + q) + s == p + (q + s), "associativity, seed \(TestSeed.value)")
            #expect(p + q == q + p, "commutativity, seed \(TestSeed.value)")
            #expect(p + G1Projective.identity == p && p + G1Affine.identity == p && G1Projective.identity + p == p)
            #expect((p - p).isIdentity, "P − P = O, seed \(TestSeed.value)")
            #expect(p + p == p.doubled(), "P + P = 2P, seed \(TestSeed.value)")
            let qAffine = G1Affine(q)
            #expect(p + qAffine == p + q, "mixed addition, seed \(TestSeed.value)")
            #expect(G1Projective(qAffine) + qAffine == q.doubled(), "mixed addition of equal points")
            #expect((G1Projective(qAffine) + -qAffine).isIdentity, "mixed addition of opposite points")
            #expect(G1Affine(p + q).isOnCurve && G1Affine(p.doubled()).isOnCurve && (p + q).isOnCurve)
        }
    }

    @Test func g2GroupLaw() {
        var generator = TestSeed.generator()
        for _ in 0..<Self.cases {
            let p = Self.randomG2(using: &generator)
            let q = Self.randomG2(using: &generator)
            let s = Self.randomG2(using: &generator)
            #expect((p + q) + s == p + (q + s), "associativity, seed \(TestSeed.value)")
            #expect(p + q == q + p, "commutativity, seed \(TestSeed.value)")
            #expect(p + G2Projective.identity == p && p + G2Affine.identity == p && G2Projective.identity + p == p)
            #expect((p - p).isIdentity, "P − P = O, seed \(TestSeed.value)")
            #expect(p + p == p.doubled(), "P + P = 2P, seed \(TestSeed.value)")
            let qAffine = G2Affine(q)
            #expect(p + qAffine == p + q, "mixed addition, seed \(TestSeed.value)")
            #expect(G2Projective(qAffine) + qAffine == q.doubled(), "mixed addition of equal points")
            #expect((G2Projective(qAffine) + -qAffine).isIdentity, "mixed addition of opposite points")
            #expect(G2Affine(p + q).isOnCurve && G2Affine(p.doubled()).isOnCurve && (p + q).isOnCurve)
        }
    }

    /// What each group supplies to the shared point code: its name in descriptions, and its b in the curve
    /// equation, which must reject a point moved off the curve in Jacobian (Z ≠ 1) as in affine coordinates.
    @Test func groupSpecificParts() {
        #expect(G1Affine.identity.description == "G1(identity)" && G2Projective.identity.description == "G2(identity)")
        #expect(G1Projective.generator.description.hasPrefix("G1(x: "))
        #expect(G2Affine.generator.description.hasPrefix("G2(x: "))
        var generator = TestSeed.generator()
        for _ in 0..<Self.cases {
            let p = Self.randomG1(using: &generator)
            let q = Self.randomG2(using: &generator)
            let pAffine = G1Affine(p)
            let qAffine = G2Affine(q)
            #expect(p.isOnCurve && pAffine.isOnCurve && q.isOnCurve && qAffine.isOnCurve)
            #expect(!G1Projective(x: p.x, y: p.y + .one, z: p.z).isOnCurve, "seed \(TestSeed.value)")
            #expect(!G1Affine(unchecked: pAffine.x, pAffine.y + .one).isOnCurve, "seed \(TestSeed.value)")
            #expect(!G2Projective(x: q.x, y: q.y + .one, z: q.z).isOnCurve, "seed \(TestSeed.value)")
            #expect(!G2Affine(unchecked: qAffine.x, qAffine.y + .one).isOnCurve, "seed \(TestSeed.value)")
        }
    }

    /// The GLV/GLS multiplication by Fr against plain width-NAF multiplication by the canonical integer, and the
    /// homomorphism laws [a]([b]P) = [ab]P, [a]P + [b]P = [a + b]P.
    @Test func g1ScalarMultiplication() {
        var generator = TestSeed.generator()
        let p = Self.randomG1(using: &generator)
        for _ in 0..<Self.cases {
            let a = Fr.random(using: &generator)
            let b = Fr.random(using: &generator)
            #expect(p * a == p.multiplied(by: a.canonical), "GLV, seed \(TestSeed.value)")
            #expect((p * b) * a == p * (a * b), "[a][b]P, seed \(TestSeed.value)")
            #expect(p * a + p * b == p * (a + b), "[a]P + [b]P, seed \(TestSeed.value)")
        }
        for small: UInt64 in [0, 1, 2, 3, 15, 16, 17, 31, 32, 33] {
            var sum = G1Projective.identity
            for _ in 0..<small { sum += p }
            #expect(p * Fr(small) == sum && p.multiplied(by: UInt256(small)) == sum, "[\(small)]P")
        }
        #expect(p * -Fr.one == -p)
        #expect((G1Projective.identity * Fr.random(using: &generator)).isIdentity)
    }

    @Test func g2ScalarMultiplication() {
        var generator = TestSeed.generator()
        let p = Self.randomG2(using: &generator)
        for _ in 0..<Self.cases {
            let a = Fr.random(using: &generator)
            let b = Fr.random(using: &generator)
            #expect(p * a == p.multiplied(by: a.canonical), "GLS, seed \(TestSeed.value)")
            #expect((p * b) * a == p * (a * b), "[a][b]P, seed \(TestSeed.value)")
            #expect(p * a + p * b == p * (a + b), "[a]P + [b]P, seed \(TestSeed.value)")
        }
        for small: UInt64 in [0, 1, 2, 3, 15, 16, 17] {
            var sum = G2Projective.identity
            for _ in 0..<small { sum += p }
            #expect(p * Fr(small) == sum && p.multiplied(by: UInt256(small)) == sum, "[\(small)]P")
        }
        #expect(p * -Fr.one == -p)
    }

    /// The fast subgroup tests against the definition: P ∈ G iff [r]P = O. Random curve points are (almost surely)
    /// outside; multiples of the generator and cofactor-cleared points are inside.
    @Test func g1SubgroupCheckAgreesWithOrderCheck() {
        var generator = TestSeed.generator()
        for _ in 0..<Self.cases {
            let outside = Self.randomCurvePoint(using: &generator)
            #expect(
                outside.isInSubgroup == G1Projective(outside).multiplied(by: Fr.modulus).isIdentity,
                "\(outside), seed \(TestSeed.value)")
            #expect(!outside.isInSubgroup, "\(outside), seed \(TestSeed.value)")
            let cleared = G1Projective(outside).multiplied(by: Self.g1Cofactor)
            #expect(cleared.isInSubgroup && cleared.multiplied(by: Fr.modulus).isIdentity, "seed \(TestSeed.value)")
            // A point whose order divides the cofactor only: in E(Fp) but not G1.
            let torsion = G1Projective(outside).multiplied(by: Fr.modulus)
            #expect(torsion.isIdentity || !torsion.isInSubgroup, "seed \(TestSeed.value)")
            #expect(Self.randomG1(using: &generator).isInSubgroup)
        }
    }

    @Test func g2SubgroupCheckAgreesWithOrderCheck() {
        var generator = TestSeed.generator()
        for _ in 0..<Self.cases {
            let outside = Self.randomTwistPoint(using: &generator)
            #expect(
                outside.isInSubgroup == G2Projective(outside).multiplied(by: Fr.modulus).isIdentity,
                "\(outside), seed \(TestSeed.value)")
            #expect(!outside.isInSubgroup, "\(outside), seed \(TestSeed.value)")
            let torsion = G2Projective(outside).multiplied(by: Fr.modulus)
            #expect(torsion.isIdentity || !torsion.isInSubgroup, "seed \(TestSeed.value)")
            #expect(Self.randomG2(using: &generator).isInSubgroup)
        }
    }

    /// β is a primitive cube root of unity, and the ψ constants are the powers of ξ the formulas assume:
    /// ξ^((p−1)/3) = (ξ^((p−1)/6))² and ξ^((p−1)/2) = (ξ^((p−1)/6))³, ξ^((p−1)/6) read off w^p.
    @Test func endomorphismConstants() {
        let beta = G1.cubeRootOfUnity
        #expect(beta != .one && beta.squared() * beta == .one)
        // w^p = ξ^((p−1)/6)·w, by exponentiation rather than through the Frobenius constants.
        let wToP = Fp12(c0: .zero, c1: .one).pow(Fp.modulus).c1.c0
        #expect(G2.psiCoefficientX * wToP.squared() == .one)
        #expect(G2.psiCoefficientY * wToP.squared() * wToP == .one)
    }

    @Test func batchNormalisation() {
        var generator = TestSeed.generator()
        var g1 = (0..<10).map { _ in Self.randomG1(using: &generator) }
        g1[3] = .identity
        #expect(G1Affine.batchNormalized(g1) == g1.map(G1Affine.init))
        var g2 = (0..<10).map { _ in Self.randomG2(using: &generator) }
        g2[0] = .identity
        #expect(G2Affine.batchNormalized(g2) == g2.map(G2Affine.init))
        #expect(G1Affine(G1Projective.identity) == .identity && G1Projective(G1Affine.identity).isIdentity)
    }

    @Test func checkedInitialiser() throws {
        var generator = TestSeed.generator()
        let p = G1Affine(Self.randomG1(using: &generator))
        #expect(try G1Affine(x: p.x, y: p.y) == p)
        #expect(throws: PointDecodingError.notOnCurve) { try G1Affine(x: p.x, y: p.y + .one) }
        let outside = Self.randomCurvePoint(using: &generator)
        #expect(throws: PointDecodingError.notInSubgroup) { try G1Affine(x: outside.x, y: outside.y) }
        let q = G2Affine(Self.randomG2(using: &generator))
        #expect(try G2Affine(x: q.x, y: q.y) == q)
        #expect(throws: PointDecodingError.notOnCurve) { try G2Affine(x: q.x, y: q.y + .one) }
        let outside2 = Self.randomTwistPoint(using: &generator)
        #expect(throws: PointDecodingError.notInSubgroup) { try G2Affine(x: outside2.x, y: outside2.y) }
    }
}
