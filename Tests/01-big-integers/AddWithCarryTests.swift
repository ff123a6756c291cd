import Chapter01Exercises
import GMP
import HiddenTestSupport
import Limbs
import Testing

/// `limbs-add-with-carry`: one column of addition, then the 256-bit sum and its carry, against GMP.
@Suite struct AddWithCarryTests {
    static let file = "\(TestValues.exerciseFolder)/AddWithCarry.swift"

    @Test func oneLimb() {
        var generator = TestSeed.generator(for: "\(Self.self).\(#function)")
        var cases: [(UInt64, UInt64, Bool)] = []
        for a in TestValues.edgeLimbs { for b in TestValues.edgeLimbs { for carry in [false, true] {
            cases.append((a, b, carry))
        } } }
        for _ in 0 ..< 10_000 { cases.append((generator.next(), generator.next(), generator.next() & 1 == 1)) }
        checkLearnerFunction(
            "addWithCarry(_:_:carry:)", in: Self.file, cases: cases,
            input: { "a = \(TestValues.hex($0.0)), b = \(TestValues.hex($0.1)), carry: \($0.2)" },
            output: { (result: LimbWithFlag) in "sum \(TestValues.hex(result.limb)), carry: \(result.flag)" },
            expected: { a, b, carry in
                let exact = GMPInteger(a) + GMPInteger(b) + GMPInteger(carry ? 1 : 0)
                let limbs = exact.limbs(count: 2)
                return LimbWithFlag(limb: limbs[0], flag: limbs[1] == 1)
            },
            actual: { a, b, carry in
                let result = Chapter01Exercises.addWithCarry(a, b, carry: carry)
                return LimbWithFlag(limb: result.sum, flag: result.carry)
            })
    }

    @Test func twoHundredFiftySixBits() {
        var generator = TestSeed.generator(for: "\(Self.self).\(#function)")
        checkLearnerFunction(
            "add(_:_:)", in: Self.file, cases: TestValues.pairs(count: 10_000, generator: &generator),
            input: { "a = \(TestValues.hex($0.0)), b = \(TestValues.hex($0.1))" },
            output: { (result: WithFlag) in "sum \(TestValues.hex(result.value)), carry: \(result.flag)" },
            expected: { a, b in
                let exact = TestValues.gmp(a) + TestValues.gmp(b)
                return WithFlag(value: TestValues.learner(exact % TestValues.twoTo256),
                                flag: !(exact < TestValues.twoTo256))
            },
            actual: { a, b in
                let result = add(a, b)
                return WithFlag(value: result.sum, flag: result.carry)
            })
    }
}
