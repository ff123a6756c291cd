import Fields
import GMP
import HiddenTestSupport
import Testing

/// The checks of Fp2 (exercises fp2-multiply, fp2-inverse, fp2-square-root), against GMP. `file` names the source
/// file of the implementation under test in failure reports.
public enum Fp2Checks {
    /// Karatsuba's product against the schoolbook product mod p: all pairs of edge elements (where the sums and
    /// the difference a0b0 − a1b1 wrap around p), then 1,000 random pairs.
    public static func product<F: QuadraticExtensionField>(
        _: F.Type, file: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        var generator = TestSeed.generator(for: "Fp2Checks.product")
        let edges: [F] = Inputs.fp2Edges()
        var cases = edges.flatMap { a in edges.map { b in (a, b) } }
        for _ in 0..<1_000 { cases.append((Inputs.fp2(using: &generator), Inputs.fp2(using: &generator))) }
        checkLearnerFunction(
            "*(_:_:)", in: file, cases: cases,
            input: { "\(Show.fp2($0.0)) · \(Show.fp2($0.1))" }, output: Show.fp2,
            expected: { a, b in Oracle.fp2(Oracle.multiply(Oracle.element(a), Oracle.element(b))) },
            actual: { a, b in a * b }, sourceLocation: sourceLocation)
    }

    /// Squaring against a·a computed by GMP, on the edges and 1,000 random elements.
    public static func square<F: QuadraticExtensionField>(
        _: F.Type, file: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        checkLearnerFunction(
            "squared()", in: file, cases: elements(F.self, random: 1_000, seed: "Fp2Checks.square"),
            input: { "(\(Show.fp2($0)))²" }, output: Show.fp2,
            expected: { a in Oracle.fp2(Oracle.multiply(Oracle.element(a), Oracle.element(a))) },
            actual: { a in a.squared() }, sourceLocation: sourceLocation)
    }

    public static func conjugate<F: QuadraticExtensionField>(
        _: F.Type, file: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        checkLearnerFunction(
            "conjugate()", in: file, cases: elements(F.self, random: 200, seed: "Fp2Checks.conjugate"),
            input: { "the conjugate of \(Show.fp2($0))" }, output: Show.fp2,
            expected: { a in F(c0: a.c0, c1: Oracle.fp(Oracle.p - Oracle.gmp(a.c1))) },
            actual: { a in a.conjugate() }, sourceLocation: sourceLocation)
    }

    public static func norm<F: QuadraticExtensionField>(
        _: F.Type, file: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        checkLearnerFunction(
            "norm", in: file, cases: elements(F.self, random: 500, seed: "Fp2Checks.norm"),
            input: { "the norm of \(Show.fp2($0))" }, output: { (x: Fp) in x.canonical.hex },
            expected: { a in Oracle.fp(Oracle.norm(Oracle.element(a))) },
            actual: { a in a.norm }, sourceLocation: sourceLocation)
    }

    /// The inverse against GMP's (ā / N(a) with N(a)⁻¹ from `mpz_invert`); nil for zero.
    public static func inverse<F: QuadraticExtensionField>(
        _: F.Type, file: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        checkLearnerFunction(
            "inverse()", in: file, cases: elements(F.self, random: 500, seed: "Fp2Checks.inverse"),
            input: { "the inverse of \(Show.fp2($0))" },
            output: { (x: F?) in x.map(Show.fp2) ?? "nil" },
            expected: { a in
                let x = Oracle.element(a)
                guard let normInverse = Oracle.norm(x).inverse(modulo: Oracle.p) else { return nil }
                return F(c0: Oracle.fp(x.c0 * normInverse), c1: Oracle.fp((Oracle.p - x.c1) * normInverse))
            },
            actual: { a in a.inverse() }, sourceLocation: sourceLocation)
    }

    /// A square root must square to the input (checked with GMP), and be nil exactly for the non-squares (whose norm
    /// is not a square in Fp). Inputs: the edges (zero, one, −1, u, elements of Fp that are squares there and that
    /// are not), 300 random elements (half of them non-squares), 300 random squares, 300 random non-squares (ξ
    /// times a square: ξ is not a square, since its norm 2 is not a square mod p), and 200 random elements of Fp.
    public static func squareRoot<F: QuadraticExtensionField>(
        _: F.Type, file: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        var generator = TestSeed.generator(for: "Fp2Checks.squareRoot")
        var cases: [F] = Inputs.fp2Edges()
        for _ in 0..<300 {
            let x = Oracle.element(Inputs.fp2(using: &generator) as F)
            let square = Oracle.multiply(x, x)
            cases += [
                Inputs.fp2(using: &generator), Oracle.fp2(square), Oracle.fp2(Oracle.multiply(Oracle.xi, square)),
            ]
        }
        for _ in 0..<200 { cases.append(F(c0: .random(using: &generator), c1: .zero)) }
        checkLearnerProperty(
            "squareRoot()", in: file, cases: cases,
            input: { "the square root of \(Show.fp2($0))" },
            holds: { a in
                let x = Oracle.element(a)
                let root = a.squareRoot()
                guard Oracle.isSquare(x) else {
                    return root.map {
                        "returned \(Show.fp2($0)), but the input is not a square (its norm is not a square in Fp): "
                            + "the answer must be nil"
                    }
                }
                guard let root else { return "returned nil, but the input is a square (its norm is a square in Fp)" }
                let square = Oracle.multiply(Oracle.element(root), Oracle.element(root))
                if Oracle.equal(square, x) { return nil }
                return "returned \(Show.fp2(root)), whose square is \(Show.fp2(Oracle.fp2(square) as F)), not the input"
            }, sourceLocation: sourceLocation)
    }

    /// The edge elements, then `random` uniformly random ones.
    static func elements<F: QuadraticExtensionField>(_: F.Type, random: Int, seed: String) -> [F] {
        var generator = TestSeed.generator(for: seed)
        return Inputs.fp2Edges() + (0..<random).map { _ in Inputs.fp2(using: &generator) }
    }
}
