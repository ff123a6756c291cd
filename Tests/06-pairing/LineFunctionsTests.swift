import Chapter06Exercises
import Chapter06Suites
import Curves
import ExtensionFields
import Fields
import HiddenTestSupport
import Testing

/// `pairing-lines`: each step's line against the oracle's, evaluated in full Fp12 on the untwisted points (so a
/// coefficient in the wrong place, a wrong sign or a wrong slope shows), and its new T against `Curves`' group law.
/// The line convention is the chapter's own, so these checks are the learner's alone (the reference scales its
/// lines differently).
@Suite struct LineFunctionsTests {
    /// A step's two results, comparable.
    struct Step: Equatable, Sendable, CustomStringConvertible {
        let line: Fp12
        let point: G2Affine
        var description: String { "line \(line), T ← \(point)" }
    }

    @Test func doublingStep() {
        var generator = TestSeed.generator()
        var cases: [(G2Affine, G1Affine)] = [(.generator, .generator)]
        for _ in 0..<4 {
            cases.append((PairingOracle.randomG2(using: &generator), PairingOracle.randomG1(using: &generator)))
        }
        checkLearnerFunction(
            "doublingStep(_:_:)", in: Learner.file("LineFunctions.swift"), cases: cases,
            input: { "T = \($0.0), P = \($0.1)" },
            output: { (step: Step) in step.description },
            expected: { t, p in
                Step(
                    line: PairingOracle.line(through: t, t, at: p), point: G2Affine(G2Projective(t).doubled()))
            },
            actual: { t, p in
                var running = t
                let line = Chapter06Exercises.doublingStep(&running, p)
                return Step(line: line, point: running)
            })
    }

    @Test func additionStep() {
        var generator = TestSeed.generator()
        var cases: [(G2Affine, G2Affine, G1Affine)] = [
            (G2Affine(G2Projective.generator.doubled()), .generator, .generator)
        ]
        for _ in 0..<4 {
            cases.append(
                (
                    PairingOracle.randomG2(using: &generator), PairingOracle.randomG2(using: &generator),
                    PairingOracle.randomG1(using: &generator)
                ))
        }
        checkLearnerFunction(
            "additionStep(_:_:_:)", in: Learner.file("LineFunctions.swift"), cases: cases,
            input: { "T = \($0.0), Q = \($0.1), P = \($0.2)" },
            output: { (step: Step) in step.description },
            expected: { t, q, p in
                Step(line: PairingOracle.line(through: t, q, at: p), point: G2Affine(G2Projective(t) + q))
            },
            actual: { t, q, p in
                var running = t
                let line = Chapter06Exercises.additionStep(&running, q, p)
                return Step(line: line, point: running)
            })
    }
}
