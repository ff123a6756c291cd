import Chapter01Exercises
import GMP
import HiddenTestSupport
import Testing

/// `limbs-schoolbook-multiply`: the two-limb multiply-accumulate step and the 512-bit product, against GMP.
@Suite struct SchoolbookMultiplyTests {
    static let file = "\(TestValues.exerciseFolder)/SchoolbookMultiply.swift"

    struct TwoLimbs: Equatable, Sendable {
        let low: UInt64
        let high: UInt64
    }

    /// Every combination of edge limbs (all ones in all four places reaches exactly 2^128 − 1), then random ones.
    @Test func multiplyAdd() {
        var generator = TestSeed.generator(for: "\(Self.self).\(#function)")
        let edges: [UInt64] = [0, 1, 2, 1 << 63, .max - 1, .max, 0xffff_ffff, 0x1_0000_0000]
        var cases: [(UInt64, UInt64, UInt64, UInt64)] = []
        for a in edges { for b in edges { for c in edges { for carry in edges { cases.append((a, b, c, carry)) } } } }
        for _ in 0..<10_000 {
            cases.append((generator.next(), generator.next(), generator.next(), generator.next()))
        }
        checkLearnerFunction(
            "multiplyAdd(_:_:_:carry:)", in: Self.file, cases: cases,
            input: { a, b, c, carry in
                "a = \(TestValues.hex(a)), b = \(TestValues.hex(b)), c = \(TestValues.hex(c)), "
                    + "carry = \(TestValues.hex(carry))"
            },
            output: { (result: TwoLimbs) in "low \(TestValues.hex(result.low)), high \(TestValues.hex(result.high))" },
            expected: { a, b, c, carry in
                let limbs = (GMPInteger(a) * GMPInteger(b) + GMPInteger(c) + GMPInteger(carry)).limbs(count: 2)
                return TwoLimbs(low: limbs[0], high: limbs[1])
            },
            actual: { a, b, c, carry in
                let result = Chapter01Exercises.multiplyAdd(a, b, c, carry: carry)
                return TwoLimbs(low: result.low, high: result.high)
            })
    }

    @Test func fullWidthProduct() {
        var generator = TestSeed.generator(for: "\(Self.self).\(#function)")
        checkLearnerFunction(
            "multipliedFullWidth(by:)", in: Self.file,
            cases: TestValues.pairs(count: 10_000, generator: &generator),
            input: { "a = \(TestValues.hex($0.0)), b = \(TestValues.hex($0.1))" },
            output: { (limbs: [UInt64]) in "limbs \(limbs.map(TestValues.hex)), least significant first" },
            expected: { a, b in (TestValues.gmp(a) * TestValues.gmp(b)).limbs(count: 8) },
            actual: { a, b in a.multipliedFullWidth(by: b) })
    }
}
