import Chapter09Exercises
import Chapter09Suites
import Fields
import HiddenTestSupport
import Polynomials
import Testing

/// `kzg-quotient`: q(t)(t − z) = p(t) − y at a random t, for z outside the domain and at every root of it, with q
/// and p interpolated term by term.
///
/// This check is the learner's alone: the reference computes its quotient inside `open` and does not expose it;
/// its quotient is checked through the opening proofs of the shared `open` check. It uses the shared oracle of
/// `Tests/Suites/09-kzg`.
@Suite struct QuotientTests {
    @Test func dividesExactly() { Self.check(file: Learner.file("Quotient.swift")) }

    /// `quotient` on domains of 1 to 16 points, at random z, at 0 and at every root of the domain (the 0/0 case):
    /// n values, and q(t)(t − z) = p(t) − y at a random t, with q and p interpolated term by term.
    static func check(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var generator = TestSeed.generator(for: "Chapter09.quotient")
        var cases: [(PolynomialInEvaluationForm, z: Fr, y: Fr, t: Fr)] = []
        for size in [1, 2, 4, 8, 16] {
            let domain = try! EvaluationDomain(size: size)  // powers of two
            var points = [Fr.zero, Fr.random(using: &generator), Fr.random(using: &generator)]
            points += domain.elements
            for z in points {
                let polynomial = KZGOracle.randomPolynomial(domain, using: &generator)
                cases.append((polynomial, z, KZGOracle.evaluate(polynomial, at: z), Fr.random(using: &generator)))
            }
        }
        checkLearnerProperty(
            "quotient(of:at:value:)", in: file, cases: cases,
            input: { "p with \(KZGOracle.describe($0.0)), z = \($0.z), y = p(z) = \($0.y)" },
            holds: { polynomial, z, y, t in
                let q = Chapter09Exercises.quotient(of: polynomial, at: z, value: y)
                guard q.count == polynomial.domain.size else {
                    return "\(q.count) values for a domain of \(polynomial.domain.size)"
                }
                let roots = polynomial.domain.bitReversedElements
                let lhs = KZGOracle.interpolate(q, at: roots, x: t) * (t - z)
                let rhs = KZGOracle.evaluate(polynomial, at: t) - y
                if lhs != rhs, let index = roots.firstIndex(of: z) {
                    return "z is the root at position \(index), where (p(ω) − y) / (ω − z) is 0/0; with "
                        + "q(ω_\(index)) = \(q[index]), q(t)(t − z) = \(lhs) but p(t) − y = \(rhs) at t = \(t)"
                }
                guard lhs == rhs else { return "at t = \(t), q(t)(t − z) = \(lhs) but p(t) − y = \(rhs)" }
                return nil
            },
            sourceLocation: sourceLocation)
    }
}
