import Chapter02Exercises
import Fields
import GMP
import HiddenTestSupport
import Limbs
import Testing

/// `fr-add-sub-neg`: sums, differences and negations of elements, checked on their Montgomery forms against GMP.
@Suite struct AdditionTests {
    static let file = "\(TestField.exerciseFolder)/Addition.swift"

    static func check(
        _ function: String, _ operation: String,
        exact: @escaping @Sendable (GMPInteger, GMPInteger) -> GMPInteger,
        learner: @escaping @Sendable (LearnerFr, LearnerFr) -> LearnerFr
    ) {
        var generator = TestSeed.generator(for: function)
        checkLearnerFunction(
            function, in: file, cases: TestField.pairs(count: 10_000, generator: &generator),
            input: { "a = \($0.0.hex), b = \($0.1.hex), computing a \(operation) b" },
            output: TestField.describe,
            expected: { a, b in TestField.learner(canonical: exact(a, b) % TestField.r) },
            actual: { a, b in learner(TestField.learner(canonical: a), TestField.learner(canonical: b)) })
    }

    @Test func sum() { Self.check("+(_:_:)", "+", exact: { $0 + $1 }, learner: { $0 + $1 }) }

    @Test func difference() { Self.check("-(_:_:)", "-", exact: { $0 - $1 }, learner: { $0 - $1 }) }

    @Test func negation() {
        var generator = TestSeed.generator(for: "\(Self.self).\(#function)")
        checkLearnerFunction(
            "-(_:)", in: Self.file, cases: TestField.values(count: 10_000, generator: &generator),
            input: { "a = \($0.hex), computing -a" },
            output: TestField.describe,
            expected: { a in TestField.learner(canonical: (-a) % TestField.r) },
            actual: { a in -TestField.learner(canonical: a) })
    }
}
