import Chapter02Exercises
import Fields
import GMP
import HiddenTestSupport
import Limbs
import Testing

/// `fr-montgomery-multiply`: the product of raw Montgomery forms x, y < r must be x·y·2^(−256) mod r, checked
/// against GMP on random forms, on edge forms, and on inputs chosen on both sides of the final subtraction.
@Suite struct MontgomeryMultiplicationTests {
    static let file = "\(TestField.exerciseFolder)/MontgomeryMultiplication.swift"

    /// Montgomery's t = (x·y + m·r) / 2^256 before the final subtraction, with m = −x·y·r⁻¹ mod 2^256: the value a
    /// word-by-word CIOS reaches after its four rounds.
    static func unreduced(_ x: GMPInteger, _ y: GMPInteger) -> GMPInteger {
        let product = x * y
        let rInverse = TestField.r.inverse(modulo: TestField.twoTo256)!
        let negativeRInverse = (TestField.twoTo256 - rInverse) % TestField.twoTo256
        let m = ((product % TestField.twoTo256) * negativeRInverse) % TestField.twoTo256
        return (product + m * TestField.r) >> 256
    }

    static func check(_ cases: [(GMPInteger, GMPInteger)]) {
        checkLearnerFunction(
            "*(_:_:)", in: file, cases: cases,
            input: { "Montgomery forms x = \($0.0.hex), y = \($0.1.hex)" },
            output: { (product: UInt256) in
                TestField.hex(product) + (TestField.gmp(product) < TestField.r ? "" : " (not below r)")
            },
            expected: { x, y in TestField.u256((x * y * TestField.rInverseOfR) % TestField.r) },
            actual: { x, y in
                (LearnerFr(montgomery: TestField.u256(x)) * LearnerFr(montgomery: TestField.u256(y))).montgomery
            })
    }

    @Test func randomForms() {
        var generator = TestSeed.generator(for: "\(Self.self).\(#function)")
        Self.check(TestField.pairs(count: 10_000, generator: &generator))
    }

    /// 200 products that need the final subtraction of r and 200 that must not have it.
    @Test func finalSubtraction() {
        var generator = TestSeed.generator(for: "\(Self.self).\(#function)")
        var needing: [(GMPInteger, GMPInteger)] = []
        var avoiding: [(GMPInteger, GMPInteger)] = []
        while needing.count < 200 || avoiding.count < 200 {
            let x = TestField.gmp(Fields.Fr.random(using: &generator))
            let y = TestField.gmp(Fields.Fr.random(using: &generator))
            if Self.unreduced(x, y) < TestField.r {
                if avoiding.count < 200 { avoiding.append((x, y)) }
            } else if needing.count < 200 {
                needing.append((x, y))
            }
        }
        // The largest forms, r − 1 squared, need it too.
        let top = TestField.r - GMPInteger(1)
        #expect(!(Self.unreduced(top, top) < TestField.r))
        Self.check(needing + avoiding + [(top, top)])
    }
}
