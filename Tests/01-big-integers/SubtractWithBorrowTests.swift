import Chapter01Exercises
import GMP
import HiddenTestSupport
import Testing

/// `limbs-subtract-with-borrow`: one column of subtraction, the 256-bit difference and its borrow, and `<`, against
/// GMP.
@Suite struct SubtractWithBorrowTests {
    static let file = "\(TestValues.exerciseFolder)/SubtractWithBorrow.swift"

    @Test func oneLimb() {
        var generator = TestSeed.generator(for: "\(Self.self).\(#function)")
        var cases: [(UInt64, UInt64, UInt64)] = []
        for a in TestValues.edgeLimbs {
            for b in TestValues.edgeLimbs {
                for borrow: UInt64 in [0, 1] {
                    cases.append((a, b, borrow))
                }
            }
        }
        for _ in 0..<10_000 { cases.append((generator.next(), generator.next(), generator.next() & 1)) }
        let twoTo64 = GMPInteger(1) << 64
        checkLearnerFunction(
            "subtractWithBorrow(_:_:borrow:)", in: Self.file, cases: cases,
            input: { "a = \(TestValues.hex($0.0)), b = \(TestValues.hex($0.1)), borrow: \($0.2)" },
            output: { (result: LimbWithCarry) in "difference \(TestValues.hex(result.limb)), borrow: \(result.carry)" },
            expected: { a, b, borrow in
                let exact = GMPInteger(a) - GMPInteger(b) - GMPInteger(borrow)
                return LimbWithCarry(limb: (exact % twoTo64).limbs(count: 1)[0], carry: exact.isNegative ? 1 : 0)
            },
            actual: { a, b, borrow in
                let result = subtractWithBorrow(a, b, borrow: borrow)
                return LimbWithCarry(limb: result.difference, carry: result.borrow)
            })
    }

    @Test func twoHundredFiftySixBits() {
        var generator = TestSeed.generator(for: "\(Self.self).\(#function)")
        checkLearnerFunction(
            "subtractingReportingBorrow(_:)", in: Self.file,
            cases: TestValues.pairs(count: 10_000, generator: &generator),
            input: { "a = \(TestValues.hex($0.0)), b = \(TestValues.hex($0.1))" },
            output: { (result: WithFlag) in "difference \(TestValues.hex(result.value)), borrow: \(result.flag)" },
            expected: { a, b in
                let exact = TestValues.gmp(a) - TestValues.gmp(b)
                return WithFlag(value: TestValues.learner(exact % TestValues.twoTo256), flag: exact.isNegative)
            },
            actual: { a, b in
                let result = a.subtractingReportingBorrow(b)
                return WithFlag(value: result.difference, flag: result.borrow)
            })
    }

    /// Equal values, values differing only in the lowest or only in the highest limb, and the random pairs.
    @Test func lessThan() {
        var generator = TestSeed.generator(for: "\(Self.self).\(#function)")
        var cases = TestValues.pairs(count: 10_000, generator: &generator)
        for _ in 0..<1_000 {
            let a = TestValues.uniformValue(using: &generator)
            var lowDiffers = a
            lowDiffers[limb: 0] = generator.next()
            var highDiffers = a
            highDiffers[limb: 3] = generator.next()
            cases += [(a, a), (a, lowDiffers), (lowDiffers, a), (a, highDiffers), (highDiffers, a)]
        }
        checkLearnerFunction(
            "<(_:_:)", in: Self.file, cases: cases,
            input: { "a = \(TestValues.hex($0.0)), b = \(TestValues.hex($0.1)), asked a < b" },
            output: { (isLess: Bool) in "\(isLess)" },
            expected: { a, b in TestValues.gmp(a) < TestValues.gmp(b) },
            actual: { a, b in a < b })
    }
}
