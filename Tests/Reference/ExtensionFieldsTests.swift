import Fields
import HiddenTestSupport
import Limbs
import Testing

@testable import ExtensionFields

/// The tower Fp2 ⊂ Fp6 ⊂ Fp12: field axioms on random elements, inverses, Fp2 square roots, and the Frobenius maps
/// against exponentiation by p (which is what checks the written-out Frobenius constants). The products, inverses,
/// square roots and Frobenius maps are also checked against GMP by chapter 3's shared checks
/// (`ExtensionFieldSuitesTests`), which replace the comparison of the lazily reduced Fp2 product with the schoolbook
/// one.
@Suite struct ExtensionFieldsTests {
    static let cases = 200

    func checkFieldAxioms<F: TowerField>(_: F.Type, count: Int) {
        var generator = TestSeed.generator(for: "axioms-\(F.self)")
        for _ in 0..<count {
            let a = F.random(using: &generator)
            let b = F.random(using: &generator)
            let c = F.random(using: &generator)
            #expect(a + b == b + a, "\(F.self): a + b = b + a, seed \(TestSeed.value)")
            #expect((a + b) + c == a + (b + c), "\(F.self): + associative, seed \(TestSeed.value)")
            #expect(a * b == b * a, "\(F.self): ab = ba, seed \(TestSeed.value)")
            #expect((a * b) * c == a * (b * c), "\(F.self): × associative, seed \(TestSeed.value)")
            #expect(a * (b + c) == a * b + a * c, "\(F.self): distributive, seed \(TestSeed.value)")
            #expect(a + F.zero == a && a * F.one == a, "\(F.self): identities, seed \(TestSeed.value)")
            #expect(a + -a == F.zero, "\(F.self): a + (−a) = 0, seed \(TestSeed.value)")
            #expect(a - b == a + -b, "\(F.self): a − b = a + (−b), seed \(TestSeed.value)")
            #expect(a.squared() == a * a, "\(F.self): a² = a·a, seed \(TestSeed.value)")
            #expect(a.inverse().map { a * $0 } == F.one, "\(F.self): a·a⁻¹ = 1, seed \(TestSeed.value)")
        }
        #expect(F.zero.inverse() == nil, "\(F.self): 0 has no inverse")
        #expect(F.zero != F.one)
    }

    @Test func fp2Axioms() {
        checkFieldAxioms(Fp2.self, count: Self.cases)
        var generator = TestSeed.generator()
        let a = Fp2.random(using: &generator)
        #expect(a.doubled() == a + a)
    }

    @Test func fp6Axioms() {
        checkFieldAxioms(Fp6.self, count: Self.cases)
        var generator = TestSeed.generator()
        let a = Fp6.random(using: &generator)
        #expect(a.doubled() == a + a)
    }

    @Test func fp12Axioms() {
        checkFieldAxioms(Fp12.self, count: Self.cases / 2)
    }

    /// u² = −1, v³ = ξ and w² = v: the tower is the one the constants and encodings assume.
    @Test func towerRelations() {
        let u = Fp2(c0: .zero, c1: .one)
        #expect(u.squared() == -Fp2.one)
        let v = Fp6(c0: .zero, c1: .one, c2: .zero)
        #expect(v.squared() * v == Fp6(c0: Fp2.nonResidue, c1: .zero, c2: .zero))
        let w = Fp12(c0: .zero, c1: .one)
        #expect(w.squared() == Fp12(c0: v, c1: .zero))
        var generator = TestSeed.generator()
        let a = Fp2.random(using: &generator)
        #expect(a.multipliedByNonResidue() == a * Fp2.nonResidue)
        let b = Fp6.random(using: &generator)
        #expect(b.multipliedByNonResidue() == b * v)
    }

    @Test func fp2SquareRoot() {
        var generator = TestSeed.generator()
        for _ in 0..<Self.cases {
            let a = Fp2.random(using: &generator)
            let root = a.squareRoot()
            // a is a square in Fp2 exactly when its norm is a square in Fp.
            #expect((root != nil) == (a.norm.legendreSymbol == 1), "\(a), seed \(TestSeed.value)")
            if let root { #expect(root.squared() == a, "√\(a), seed \(TestSeed.value)") }
            let square = a.squared()
            #expect(square.squareRoot().map { $0.squared() } == square, "√(\(a)²), seed \(TestSeed.value)")
            // Elements of Fp and of Fp·u, where the norm formula degenerates.
            let real = Fp2(c0: a.c0, c1: .zero)
            let imaginary = Fp2(c0: .zero, c1: a.c1)
            for embedded in [real, imaginary, real.squared(), imaginary.squared()] {
                #expect(embedded.squareRoot().map { $0.squared() } == embedded, "√\(embedded), seed \(TestSeed.value)")
            }
        }
        #expect(Fp2.zero.squareRoot() == .zero)
    }

    @Test func fp2BatchInverse() {
        var generator = TestSeed.generator()
        var elements = (0..<50).map { _ in Fp2.random(using: &generator) }
        elements[7] = .zero
        elements[0] = .zero
        var inverted = elements
        Fp2.batchInverse(&inverted)
        for (element, inverse) in zip(elements, inverted) {
            #expect(inverse == (element.inverse() ?? .zero), "seed \(TestSeed.value)")
        }
    }

    /// Each Frobenius map equals raising to p; this is also what validates `FrobeniusCoefficients`.
    @Test func frobeniusIsPowerOfP() {
        var generator = TestSeed.generator()
        for _ in 0..<3 {
            let a = Fp2.random(using: &generator)
            #expect(a.conjugate() == a.pow(Fp.modulus), "seed \(TestSeed.value)")
            // Fp6 through its embedding in Fp12.
            let b = Fp6.random(using: &generator)
            #expect(
                Fp12(c0: b.frobenius(), c1: .zero) == Fp12(c0: b, c1: .zero).pow(Fp.modulus),
                "seed \(TestSeed.value)")
            let c = Fp12.random(using: &generator)
            #expect(c.frobenius() == c.pow(Fp.modulus), "seed \(TestSeed.value)")
            // Conjugation in Fp12 is the p⁶-power map.
            var sixth = c
            for _ in 0..<6 { sixth = sixth.frobenius() }
            #expect(c.conjugate() == sixth, "seed \(TestSeed.value)")
        }
    }

    /// The constants are the powers of ξ they claim to be: w^p = ξ^((p−1)/6)·w means (ξ^((p−1)/6))⁶·ξ = ξ^p = ξ̄, and
    /// v = w² gives the other two.
    @Test func frobeniusCoefficientsArePowersOfXi() {
        let wToP = FrobeniusCoefficients.wToP
        #expect(wToP.pow(UInt384(6)) * Fp2.nonResidue == Fp2.nonResidue.conjugate())
        #expect(wToP.pow(UInt384(6)) != .one)
        #expect(FrobeniusCoefficients.vToP == wToP.squared())
        #expect(FrobeniusCoefficients.vSquaredToP == wToP.pow(UInt384(4)))
    }

    @Test func sparseLineMultiplication() {
        var generator = TestSeed.generator()
        for _ in 0..<Self.cases {
            let f = Fp12.random(using: &generator)
            let (a, b, c) = (
                Fp2.random(using: &generator), Fp2.random(using: &generator), Fp2.random(using: &generator)
            )
            let line = Fp12(c0: Fp6(c0: a, c1: b, c2: .zero), c1: Fp6(c0: .zero, c1: c, c2: .zero))
            #expect(f.multiplied(byLineWith: a, b, c) == f * line, "seed \(TestSeed.value)")
        }
    }

    @Test func lexicographicOrder() {
        var generator = TestSeed.generator()
        for _ in 0..<Self.cases {
            let a = Fp2.random(using: &generator)
            #expect(a.isLexicographicallyLargest != (-a).isLexicographicallyLargest, "seed \(TestSeed.value)")
            let real = Fp2(c0: a.c0, c1: .zero)
            #expect(real.isLexicographicallyLargest == a.c0.isLexicographicallyLargest)
        }
        #expect(!Fp2.zero.isLexicographicallyLargest)
    }
}

/// What the axiom checks need from each level of the tower.
protocol TowerField: Equatable {
    static var zero: Self { get }
    static var one: Self { get }
    static func + (a: Self, b: Self) -> Self
    static func - (a: Self, b: Self) -> Self
    static func * (a: Self, b: Self) -> Self
    static prefix func - (a: Self) -> Self
    func squared() -> Self
    func inverse() -> Self?
    static func random(using generator: inout some RandomNumberGenerator) -> Self
}

extension Fp2: TowerField {}
extension Fp6: TowerField {}
extension Fp12: TowerField {}
