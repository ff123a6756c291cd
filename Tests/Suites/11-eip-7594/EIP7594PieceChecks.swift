import Chapter09Suites
import Chapter10Suites
import Curves
import Fields
import HiddenTestSupport
import KZG
import Polynomials
import Testing

/// Chapter 11's checks of the pieces the learner builds the spec functions from. The oracles: the spec's
/// definitions computed directly (the roots of unity as powers of a primitive 8192nd root, taken in bit-reversed
/// order; polynomials evaluated by Horner's rule; the vanishing polynomial multiplied out factor by factor in X), an
/// insecure setup whose secret s is known, so that a commitment to q is [q(s)]G1 computed with field arithmetic,
/// and the proofs of the consensus-spec vectors.
public struct EIP7594PieceChecks<Implementation: EIP7594Pieces>: Sendable {
    let implementation: Implementation

    public init(_ implementation: Implementation) { self.implementation = implementation }

    /// ω, a primitive 8192nd root of unity, checked to be one: ω^4096 = −1.
    static var omega: Fr {
        let omega = try! EvaluationDomain(size: 8192).generator  // a power of two
        precondition(omega.pow(4096) == -Fr.one, "harness error: ω is not a primitive 8192nd root of unity")
        return omega
    }

    /// The 8192 roots of unity in the spec's order, `bit_reversal_permutation(compute_roots_of_unity(8192))`.
    static var bitReversedRoots: [Fr] {
        var powers = [Fr.one]
        for _ in 1..<8192 { powers.append(powers[powers.count - 1] * omega) }
        return (0..<8192).map { powers[reverseBits($0, bitWidth: 13)] }
    }

    /// f(x) by Horner's rule.
    static func horner(_ f: [Fr], _ x: Fr) -> Fr { f.reversed().reduce(Fr.zero) { $0 * x + $1 } }

    // MARK: Cosets

    /// `cosetShiftForCell` and `cosetForCell` for all 128 cells against the bit-reversed roots.
    public func cosets(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let roots = Self.bitReversedRoots
        let implementation = implementation
        checkLearnerFunction(
            "cosetShiftForCell(_:)", in: file, cases: Array(0..<128),
            input: { "cell \($0)" },
            output: { $0.description },
            expected: { roots[64 * $0] },
            actual: { implementation.cosetShiftForCell($0) },
            timeout: eip7594CheckTimeout,
            sourceLocation: sourceLocation)
        checkLearnerFunction(
            "cosetForCell(_:)", in: file, cases: Array(0..<128),
            input: { "cell \($0)" },
            output: { "\($0.count) points: " + $0.prefix(3).map(\.description).joined(separator: ", ") + ", …" },
            expected: { Array(roots[64 * $0..<64 * ($0 + 1)]) },
            actual: { implementation.cosetForCell($0) },
            timeout: eip7594CheckTimeout,
            sourceLocation: sourceLocation)
    }

    // MARK: Extension

    /// `extendPolynomial` on polynomials of 0 to 9 coefficients (Horner's rule at each of the 8192 roots) and on
    /// one of 4096 at 64 sampled roots (Horner's rule again); `computeCells` on every consensus-spec vector.
    public func extension_(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var generator = TestSeed.generator(for: "Chapter11.extension")
        let roots = Self.bitReversedRoots
        var polynomials: [[Fr]] = [[], [Fr(5)], [Fr.zero, Fr.one]]
        for count in [2, 5, 9] { polynomials.append((0..<count).map { _ in Fr.random(using: &generator) }) }
        let implementation = implementation
        checkLearnerFunction(
            "extendPolynomial(_:)", in: file, cases: polynomials,
            input: { "the coefficients \($0)" },
            output: { "\($0.count) values: " + $0.prefix(4).map(\.description).joined(separator: ", ") + ", …" },
            expected: { f in roots.map { Self.horner(f, $0) } },
            actual: { implementation.extendPolynomial($0) },
            timeout: eip7594CheckTimeout,
            sourceLocation: sourceLocation)

        let full = (0..<4096).map { _ in Fr.random(using: &generator) }
        let samples =
            [0, 1, 2, 63, 64, 4095, 4096, 8191] + (0..<56).map { _ in Int.random(in: 0..<8192, using: &generator) }
        checkLearnerProperty(
            "extendPolynomial(_:)", in: file, cases: [full],
            input: { "a random polynomial of 4096 coefficients, beginning \($0.prefix(2))" },
            timeout: eip7594CheckTimeout,
            holds: { f in
                let values = implementation.extendPolynomial(f)
                guard values.count == 8192 else { return "\(values.count) values, not 8192" }
                for j in samples where values[j] != Self.horner(f, roots[j]) {
                    return
                        "value \(j) is \(values[j]), but f at the \(j)-th bit-reversed root is \(Self.horner(f, roots[j]))"
                }
                return nil
            },
            sourceLocation: sourceLocation)
        EIP7594Checks(implementation).vectors(
            ["compute_cells"], name: "computeCells(_:)", file: file, sourceLocation: sourceLocation)
    }

    // MARK: One cell proof

    /// `computeCellKZGProofSlowly` on an insecure 256-point setup against [(f(s) − I(s)) / (s^64 − c)]G1, I(s) by
    /// Lagrange interpolation of f's values on the cell's coset; on the mainnet setup against the proofs of a vector.
    public func cellProof(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var generator = TestSeed.generator(for: "Chapter11.cellProof")
        let s = Fr.random(using: &generator)
        let small = try! TrustedSetup.insecureForTesting(secret: s, size: 256)  // a power of two
        let roots = Self.bitReversedRoots
        // The cell's points x_a are the roots of Z(X) = X^64 − c, so Π_(b≠a) (x_a − x_b) = Z'(x_a) = 64·x_a^63 and
        // Lagrange's formula is I(s) = Σ_a f(x_a)·(s^64 − c) / ((s − x_a)·64·x_a^63).
        func expectedProof(_ f: [Fr], cell: Int) -> G1Affine {
            let points = Array(roots[64 * cell..<64 * (cell + 1)])
            let c = roots[64 * cell].pow(64)
            var denominators = points.map { (s - $0) * Fr(64) * $0.pow(63) }
            Fr.batchInverse(&denominators)
            var interpolated = Fr.zero
            for (xa, inverse) in zip(points, denominators) { interpolated += Self.horner(f, xa) * inverse }
            interpolated *= s.pow(64) - c
            return G1Affine(G1Affine.generator * ((Self.horner(f, s) - interpolated) * (s.pow(64) - c).inverse()!))
        }
        var cases: [(String, [Fr], Int, TrustedSetup, G1Affine)] = []
        for (count, cell) in [(256, 0), (256, 1), (256, 77), (256, 127), (100, 64), (64, 5)] {
            let f = (0..<count).map { _ in Fr.random(using: &generator) }
            cases.append(
                (
                    "a random polynomial of \(count) coefficients, insecure setup", f, cell, small,
                    expectedProof(f, cell: cell)
                ))
        }
        let (vectors, problems) = ConsensusVectors.load("compute_cells_and_kzg_proofs")
        for problem in problems { Issue.record(Comment(rawValue: problem), sourceLocation: sourceLocation) }
        if let vector = vectors.last(where: { if case .lists = $0.expected { true } else { false } }),
            case .lists(let expected) = vector.expected, let blob = try? vector.bytes("blob")
        {
            let values = (0..<4096).map { try! Fr(bigEndianBytes: blob[32 * $0..<32 * ($0 + 1)]) }  // a valid case
            let f = try! PolynomialInEvaluationForm(evaluations: values, domain: .eip4844).coefficients
            for cell in [0, 3, 127] {
                cases.append(
                    (
                        "the blob of compute_cells_and_kzg_proofs/\(vector.name), mainnet setup", f, cell,
                        KZGOracle.mainnetSetup, try! G1Affine(compressed: expected[1][cell])
                    ))
            }
        } else {
            Issue.record("harness error: no valid compute_cells_and_kzg_proofs vector", sourceLocation: sourceLocation)
        }
        let implementation = implementation
        checkLearnerFunction(
            "computeCellKZGProofSlowly(coefficients:cellIndex:setup:)", in: file, cases: cases,
            input: { "\($0.0), cell \($0.2)" },
            output: { encodeHex($0.compressed) },
            expected: { $0.4 },
            actual: { implementation.cellProofSlowly(coefficients: $0.1, cellIndex: $0.2, setup: $0.3) },
            timeout: eip7594CheckTimeout,
            sourceLocation: sourceLocation)
    }

    // MARK: FK20

    /// `fk20Partials` on insecure setups of 256 and 512 points against H_u = [Σ_k f_(64(u+1)+k) s^k]G1; then the
    /// proofs of `computeCellsAndKZGProofs` on every consensus-spec vector.
    public func fk20(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var generator = TestSeed.generator(for: "Chapter11.fk20")
        let s = Fr.random(using: &generator)
        var cases: [([Fr], TrustedSetup)] = []
        for size in [256, 512] {
            let setup = try! TrustedSetup.insecureForTesting(secret: s, size: size)  // a power of two
            cases.append(((0..<size).map { _ in Fr.random(using: &generator) }, setup))
            cases.append(((0..<128).map { _ in Fr.random(using: &generator) }, setup))
        }
        let implementation = implementation
        checkLearnerFunction(
            "fk20Partials(coefficients:setup:)", in: file, cases: cases,
            input: {
                "a random polynomial of \($0.0.count) coefficients, an insecure setup of \($0.1.domain.size) points"
            },
            output: { "\($0.count) points: " + $0.map { encodeHex($0.compressed) }.joined(separator: ", ") },
            expected: { f, _ in
                (0..<(f.count / 64 - 1)).map { u in
                    let shifted = Array(f[(64 * (u + 1))...])
                    return G1Affine(G1Affine.generator * shifted.reversed().reduce(Fr.zero) { $0 * s + $1 })
                }
            },
            actual: { implementation.fk20Partials(coefficients: $0.0, setup: $0.1) },
            timeout: eip7594CheckTimeout,
            sourceLocation: sourceLocation)
        EIP7594Checks(implementation).vectors(
            ["compute_cells_and_kzg_proofs"], name: "computeCellsAndKZGProofs(_:setup:)", file: file,
            sourceLocation: sourceLocation)
    }

    // MARK: Recovery

    /// `vanishingPolynomial` against Π (X^64 − h_i^64) multiplied out in X, for no, one, two, ten and 64 missing
    /// cells.
    public func vanishing(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var generator = TestSeed.generator(for: "Chapter11.vanishing")
        let roots = Self.bitReversedRoots
        let sets: [[Int]] = [
            [], [0], [3, 77], Array((0..<128).shuffled(using: &generator).prefix(10)).sorted(),
            Array(stride(from: 1, to: 128, by: 2)),
        ]
        let implementation = implementation
        checkLearnerFunction(
            "vanishingPolynomial(missingCellIndices:)", in: file, cases: sets,
            input: { "the missing cells \($0)" },
            output: { z in
                "\(z.count) coefficients, nonzero at degrees "
                    + "\(z.indices.filter { !z[$0].isZero }.prefix(12))…"
            },
            expected: { missing in
                var z = [Fr.one]
                for cell in missing {
                    let c = roots[64 * cell].pow(64)
                    var next = [Fr](repeating: .zero, count: z.count + 64)
                    for (degree, coefficient) in z.enumerated() {
                        next[degree + 64] += coefficient
                        next[degree] -= c * coefficient
                    }
                    z = next
                }
                return z
            },
            actual: { implementation.vanishingPolynomial(missingCellIndices: $0) },
            timeout: eip7594CheckTimeout,
            sourceLocation: sourceLocation)
    }
}
