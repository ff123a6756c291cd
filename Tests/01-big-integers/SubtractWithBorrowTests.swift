import Chapter01Exercises
import GMP
import HiddenTestSupport
import Limbs
import Testing

/// `limbs-subtract-with-borrow`: one column of subtraction, the 256-bit difference and its borrow, and `<`, against
/// GMP.
@Suite struct SubtractWithBorrowTests {
    static let file = "\(TestValues.exerciseFolder)/SubtractWithBorrow.swift"

    @Test func oneLimb() {
        var generator = TestSeed.generator(for: "\(Self.self).\(#function)")
        var cases: [(UInt64, UInt64, Bool)] = []
        for a in TestValues.edgeLimbs { for b in TestValues.edgeLimbs { for borrow in [false, true] {
            cases.append((a, b, borrow))
        } } }
        for _ in 0 ..< 10_000 { cases.append((generator.next(), generator.next(), generator.next() & 1 == 1)) }
        let twoTo64 = GMPInteger(1) << 64
        checkLearnerFunction(
            "subtractWithBorrow(_:_:borrow:)", in: Self.file, cases: cases,
            input: { "a = \(TestValues.hex($0.0)), b = \(TestValues.hex($0.1)), borrow: \($0.2)" },
            output: { (result: LimbWithFlag) in "difference \(TestValues.hex(result.limb)), borrow: \(result.flag)" },
            expected: { a, b, borrow in
                let exact = GMPInteger(a) - GMPInteger(b) - GMPInteger(borrow ? 1 : 0)
                return LimbWithFlag(limb: (exact % twoTo64).limbs(count: 1)[0], flag: exact.isNegative)
            },
            actual: { a, b, borrow in
                let result = Chapter01Exercises.subtractWithBorrow(a, b, borrow: borrow)
                return LimbWithFlag(limb: result.difference, flag: result.borrow)
            })
    }

    @Test func twoHundredFiftySixBits() {
        var generator = TestSeed.generator(for: "\(Self.self).\(#function)")
        checkLearnerFunction(
            "subtract(_:_:)", in: Self.file, cases: TestValues.pairs(count: 10_000, generator: &generator),
            input: { "a = \(TestValues.hex($0.0)), b = \(TestValues.hex($0.1))" },
            output: { (result: WithFlag) in "difference \(TestValues.hex(result.value)), borrow: \(result.flag)" },
            expected: { a, b in
                let exact = TestValues.gmp(a) - TestValues.gmp(b)
                return WithFlag(value: TestValues.learner(exact % TestValues.twoTo256), flag: exact.isNegative)
            },
            actual: { a, b in
                let result = subtract(a, b)
                return WithFlag(value: result.difference, flag: result.borrow)
            })
    }

    /// Equal values, values differing only in the lowest or only in the highest limb, and the random pairs.
    @Test func lessThan() {
        var generator = TestSeed.generator(for: "\(Self.self).\(#function)")
        var cases = TestValues.pairs(count: 10_000, generator: &generator)
        for _ in 0 ..< 1_000 {
            let a = TestValues.uniformValue(using: &generator)
            var lowDiffers = a
            lowDiffers[0] = generator.next()
            var highDiffers = a
            highDiffers[3] = generator.next()
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
