import Fields
import GMP
import HiddenTestSupport
import Testing

/// The checks of Fp6 and Fp12 (exercises fp6-arithmetic, fp12-arithmetic), against the flat GMP oracle
/// Fp2[x]/(xⁿ − ξ) and the defining property of an inverse.
public enum TowerChecks {
    /// The Fp6 product: every pair of edge elements (each a single power of v times 1, u, ξ or −1, so a wrong
    /// reduction v³ = ξ shows on its own), then 300 random pairs.
    public static func fp6Product<F: CubicExtensionField>(
        _: F.Type, file: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        var generator = TestSeed.generator(for: "TowerChecks.fp6Product")
        let edges: [F] = Inputs.fp6Edges()
        var cases = edges.flatMap { a in edges.map { b in (a, b) } }
        for _ in 0..<300 { cases.append((Inputs.fp6(using: &generator), Inputs.fp6(using: &generator))) }
        checkLearnerFunction(
            "*(_:_:)", in: file, cases: cases,
            input: { "\(Show.fp6($0.0)) · \(Show.fp6($0.1))" }, output: Show.fp6,
            expected: { a, b in Oracle.fp6(Oracle.multiply(Oracle.coefficients(a), Oracle.coefficients(b))) },
            actual: { a, b in a * b }, sourceLocation: sourceLocation)
    }

    /// a·a⁻¹ = 1 by the oracle's product (so the check does not lean on the product under test), nil for zero.
    public static func fp6Inverse<F: CubicExtensionField>(
        _: F.Type, file: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        var generator = TestSeed.generator(for: "TowerChecks.fp6Inverse")
        let cases: [F] = Inputs.fp6Edges() + (0..<200).map { _ in Inputs.fp6(using: &generator) }
        checkLearnerProperty(
            "inverse()", in: file, cases: cases, input: { "the inverse of \(Show.fp6($0))" },
            holds: { a in
                inverseProblem(
                    of: Oracle.coefficients(a), inverse: a.inverse().map { Oracle.coefficients($0) },
                    show: { Show.fp6(Oracle.fp6($0) as F) })
            }, sourceLocation: sourceLocation)
    }

    /// The Fp12 product: every pair of the elements c·wⁱ (c in 1, u, ξ), then 150 random pairs.
    public static func fp12Product<F: DodecicExtensionField>(
        _: F.Type, file: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        var generator = TestSeed.generator(for: "TowerChecks.fp12Product")
        let edges: [F] = Inputs.fp12Edges()
        var cases = edges.flatMap { a in edges.map { b in (a, b) } }
        for _ in 0..<150 { cases.append((Inputs.fp12(using: &generator), Inputs.fp12(using: &generator))) }
        checkLearnerFunction(
            "*(_:_:)", in: file, cases: cases,
            input: { "\(Show.fp12($0.0)) · \(Show.fp12($0.1))" }, output: Show.fp12,
            expected: { a, b in Oracle.fp12(Oracle.multiply(Oracle.coefficients(a), Oracle.coefficients(b))) },
            actual: { a, b in a * b }, sourceLocation: sourceLocation)
    }

    public static func fp12Inverse<F: DodecicExtensionField>(
        _: F.Type, file: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        var generator = TestSeed.generator(for: "TowerChecks.fp12Inverse")
        let cases: [F] = Inputs.fp12Edges() + (0..<100).map { _ in Inputs.fp12(using: &generator) }
        checkLearnerProperty(
            "inverse()", in: file, cases: cases, input: { "the inverse of \(Show.fp12($0))" },
            holds: { a in
                inverseProblem(
                    of: Oracle.coefficients(a), inverse: a.inverse().map { Oracle.coefficients($0) },
                    show: { Show.fp12(Oracle.fp12($0) as F) })
            }, sourceLocation: sourceLocation)
    }

    /// What is wrong with `inverse` as the inverse of `a` (both in the flat basis), or nil if nothing is.
    static func inverseProblem(
        of a: [Oracle.Element2], inverse: [Oracle.Element2]?,
        show: ([Oracle.Element2]) -> String
    ) -> String? {
        let isZero = a.allSatisfy { Oracle.equal($0, Oracle.zero) }
        switch (isZero, inverse) {
        case (true, nil): return nil
        case (true, let inverse?): return "zero has no inverse: the answer must be nil, got \(show(inverse))"
        case (false, nil): return "returned nil, but only zero has no inverse"
        case (false, let inverse?):
            let product = Oracle.multiply(a, inverse)
            return Oracle.isOne(product)
                ? nil
                : "returned \(show(inverse)), but the input times it is \(show(product)), not 1"
        }
    }
}

/// The checks of the Frobenius map (exercise frobenius): the constants against powers of ξ computed with GMP, and
/// the maps against x^p computed by square-and-multiply in the flat oracle.
public enum FrobeniusChecks {
    public static func coefficients<F: DodecicExtensionField>(
        _: F.Type, file: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let gamma = Oracle.sixthOfPMinusOne
        checkLearnerFunction(
            "derived()", in: file, cases: [()],
            input: { _ in "the coefficients [ξ^((p−1)/3), ξ^(2(p−1)/3), ξ^((p−1)/6)]" },
            output: { (values: [F.Fp6.Fp2]) in values.map(Show.fp2).joined(separator: ", ") },
            expected: { _ in
                [gamma * GMPInteger(2), gamma * GMPInteger(4), gamma].map { Oracle.fp2(Oracle.power(Oracle.xi, $0)) }
            },
            actual: { _ in F.frobeniusCoefficients() }, sourceLocation: sourceLocation)
    }

    /// On 1, u, ξ times each power of v (a wrong constant shows on its own coefficient) and 8 random elements.
    public static func fp6<F: CubicExtensionField>(
        _: F.Type, file: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        var generator = TestSeed.generator(for: "FrobeniusChecks.fp6")
        let cases: [F] = Inputs.fp6Edges() + (0..<8).map { _ in Inputs.fp6(using: &generator) }
        checkLearnerFunction(
            "Fp6.frobenius()", in: file, cases: cases,
            input: { "(\(Show.fp6($0)))^p" }, output: Show.fp6,
            expected: { a in Oracle.fp6(Oracle.power(Oracle.coefficients(a), Oracle.p)) },
            actual: { a in a.frobenius() }, sourceLocation: sourceLocation)
    }

    /// On 1, u, ξ times each power of w and 6 random elements.
    public static func fp12<F: DodecicExtensionField>(
        _: F.Type, file: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        var generator = TestSeed.generator(for: "FrobeniusChecks.fp12")
        let cases: [F] = Inputs.fp12Edges() + (0..<6).map { _ in Inputs.fp12(using: &generator) }
        checkLearnerFunction(
            "Fp12.frobenius()", in: file, cases: cases,
            input: { "(\(Show.fp12($0)))^p" }, output: Show.fp12,
            expected: { a in Oracle.fp12(Oracle.power(Oracle.coefficients(a), Oracle.p)) },
            actual: { a in a.frobenius() }, sourceLocation: sourceLocation)
    }
}
