import Chapter01Exercises
import GMP
import HiddenTestSupport
import Testing

/// `limbs-add-with-carry`: one column of addition, then the 256-bit sum and its carry, against GMP.
@Suite struct AddWithCarryTests {
    static let file = "\(TestValues.exerciseFolder)/AddWithCarry.swift"

    @Test func oneLimb() {
        var generator = TestSeed.generator(for: "\(Self.self).\(#function)")
        var cases: [(UInt64, UInt64, UInt64)] = []
        for a in TestValues.edgeLimbs {
            for b in TestValues.edgeLimbs {
                for carry: UInt64 in [0, 1] {
                    cases.append((a, b, carry))
                }
            }
        }
        for _ in 0..<10_000 { cases.append((generator.next(), generator.next(), generator.next() & 1)) }
        checkLearnerFunction(
            "addWithCarry(_:_:carry:)", in: Self.file, cases: cases,
            input: { "a = \(TestValues.hex($0.0)), b = \(TestValues.hex($0.1)), carry: \($0.2)" },
            output: { (result: LimbWithCarry) in "sum \(TestValues.hex(result.limb)), carry: \(result.carry)" },
            expected: { a, b, carry in
                let limbs = (GMPInteger(a) + GMPInteger(b) + GMPInteger(carry)).limbs(count: 2)
                return LimbWithCarry(limb: limbs[0], carry: limbs[1])
            },
            actual: { a, b, carry in
                let result = addWithCarry(a, b, carry: carry)
                return LimbWithCarry(limb: result.sum, carry: result.carry)
            })
    }

    @Test func twoHundredFiftySixBits() {
        var generator = TestSeed.generator(for: "\(Self.self).\(#function)")
        checkLearnerFunction(
            "addingReportingCarry(_:)", in: Self.file, cases: TestValues.pairs(count: 10_000, generator: &generator),
            input: { "a = \(TestValues.hex($0.0)), b = \(TestValues.hex($0.1))" },
            output: { (result: WithFlag) in "sum \(TestValues.hex(result.value)), carry: \(result.flag)" },
            expected: { a, b in
                let exact = TestValues.gmp(a) + TestValues.gmp(b)
                return WithFlag(
                    value: TestValues.learner(exact % TestValues.twoTo256),
                    flag: !(exact < TestValues.twoTo256))
            },
            actual: { a, b in
                let result = a.addingReportingCarry(b)
                return WithFlag(value: result.sum, flag: result.carry)
            })
    }
}
