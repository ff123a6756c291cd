import Chapter01Exercises
import GMP
import HiddenTestSupport
import Limbs
import Testing

/// `limbs-schoolbook-multiply`: the two-limb multiply-accumulate step and the 512-bit product, against GMP.
@Suite struct SchoolbookMultiplyTests {
    static let file = "\(TestValues.exerciseFolder)/SchoolbookMultiply.swift"

    struct TwoLimbs: Equatable, Sendable {
        let high: UInt64
        let low: UInt64
    }

    struct Product: Equatable, Sendable {
        let high: U256
        let low: U256
    }

    /// Every combination of edge limbs (all ones in all four places reaches exactly 2^128 − 1), then random ones.
    @Test func multiplyAdd() {
        var generator = TestSeed.generator(for: "\(Self.self).\(#function)")
        let edges: [UInt64] = [0, 1, 2, 1 << 63, .max - 1, .max, 0xffff_ffff, 0x1_0000_0000]
        var cases: [(UInt64, UInt64, UInt64, UInt64)] = []
        for a in edges { for b in edges { for c in edges { for carry in edges { cases.append((a, b, c, carry)) } } } }
        for _ in 0 ..< 10_000 {
            cases.append((generator.next(), generator.next(), generator.next(), generator.next()))
        }
        checkLearnerFunction(
            "multiplyAdd(_:_:_:carry:)", in: Self.file, cases: cases,
            input: { a, b, c, carry in
                "a = \(TestValues.hex(a)), b = \(TestValues.hex(b)), c = \(TestValues.hex(c)), "
                    + "carry = \(TestValues.hex(carry))"
            },
            output: { (result: TwoLimbs) in "high \(TestValues.hex(result.high)), low \(TestValues.hex(result.low))" },
            expected: { a, b, c, carry in
                let limbs = (GMPInteger(a) * GMPInteger(b) + GMPInteger(c) + GMPInteger(carry)).limbs(count: 2)
                return TwoLimbs(high: limbs[1], low: limbs[0])
            },
            actual: { a, b, c, carry in
                let result = Chapter01Exercises.multiplyAdd(a, b, c, carry: carry)
                return TwoLimbs(high: result.high, low: result.low)
            })
    }

    @Test func fullWidthProduct() {
        var generator = TestSeed.generator(for: "\(Self.self).\(#function)")
        checkLearnerFunction(
            "multiplyFullWidth(_:_:)", in: Self.file, cases: TestValues.pairs(count: 10_000, generator: &generator),
            input: { "a = \(TestValues.hex($0.0)), b = \(TestValues.hex($0.1))" },
            output: { (result: Product) in "high \(TestValues.hex(result.high)), low \(TestValues.hex(result.low))" },
            expected: { a, b in
                let exact = TestValues.gmp(a) * TestValues.gmp(b)
                return Product(high: TestValues.learner(exact >> 256),
                               low: TestValues.learner(exact % TestValues.twoTo256))
            },
            actual: { a, b in
                let result = multiplyFullWidth(a, b)
                return Product(high: result.high, low: result.low)
            })
    }
}
