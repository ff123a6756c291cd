import Curves
import Fields
import GMP
import HiddenTestSupport
import Testing

/// Chapter 8's hidden checks, run the same way on any `MSMImplementation`: the learner's exercises or the
/// reference. MSMs are compared with `MSMOracle.sum` (one scalar multiplication per point, by `Curves`), digits
/// with their value computed by GMP, inverses and bucket sums with the field and group laws; every check reports
/// the first wrong case through `checkLearnerFunction` or `checkLearnerProperty`.
public struct MSMChecks<Implementation: MSMImplementation>: Sendable {
    let implementation: Implementation

    public init(_ implementation: Implementation) { self.implementation = implementation }

    /// The MSM inputs with their expected sums, computed once for all the checks of a test process.
    static var cases: [(MSMOracle.Case, G1Affine)] { expectedSums }

    // MARK: The naive sum

    /// `naiveMSM` on every MSM input but the 1024-point one (the naive sum costs 255 doublings a point).
    public func naiveMSM(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let implementation = implementation
        checkLearnerFunction(
            "naiveMSM(points:scalars:)", in: file, cases: Self.cases.filter { $0.0.points.count <= 64 },
            input: { MSMOracle.describe($0.0) }, output: MSMOracle.describe,
            expected: { $0.1 },
            actual: { G1Affine(implementation.naiveMSM(points: $0.0.points, scalars: $0.0.scalars)) },
            sourceLocation: sourceLocation)
    }

    // MARK: Signed digits

    /// `signedDigits` for every window width from 1 to 20, on 0, 1, r − 1 (whose top window carries for every c
    /// dividing 255), 2^c − 1 and random scalars: ⌈256/c⌉ digits, each in [−2^(c−1), 2^(c−1)], worth the scalar.
    public func signedDigits(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var generator = TestSeed.generator(for: "Chapter08.signedDigits")
        var cases: [(scalar: Fr, c: Int)] = []
        for c in 1...20 {
            cases += [(.zero, c), (.one, c), (-Fr.one, c), (Fr(UInt64(1) << UInt64(c)) - .one, c)]
            cases += (0..<8).map { _ in (Fr.random(using: &generator), c) }
        }
        let implementation = implementation
        checkLearnerProperty(
            "signedDigits(of:windowBits:)", in: file, cases: cases,
            input: { "scalar \($0.scalar), windowBits: \($0.c)" },
            holds: { scalar, c in
                let digits = implementation.signedDigits(of: scalar, windowBits: c)
                let count = (256 + c - 1) / c
                guard digits.count == count else { return "\(digits.count) digits, expected ⌈256/\(c)⌉ = \(count)" }
                let half = 1 << (c - 1)
                if let index = digits.firstIndex(where: { !(-half...half ~= $0) }) {
                    return "digit \(index) is \(digits[index]), outside [−\(half), \(half)]"
                }
                let value = MSMOracle.value(ofDigits: digits, windowBits: c)
                guard value == MSMOracle.gmp(scalar) else {
                    return "the digits \(digits) are worth \(value.hex), not the scalar"
                }
                return nil
            },
            sourceLocation: sourceLocation)
    }

    // MARK: Pippenger

    /// `pippenger` on every MSM input with windows of 1, 3, 4, 5 and 8 bits (5 bits only beyond 64 points):
    /// 3 and 5 divide 255, so r − 1 and most random scalars carry out of their top window.
    public func pippenger(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var cases: [(MSMOracle.Case, G1Affine, windowBits: Int)] = []
        for (item, sum) in Self.cases {
            for c in item.points.count > 64 ? [5, 8] : [1, 3, 4, 5, 8] { cases.append((item, sum, c)) }
        }
        let implementation = implementation
        checkLearnerFunction(
            "pippenger(points:scalars:windowBits:)", in: file, cases: cases,
            input: { "\(MSMOracle.describe($0.0)), windowBits: \($0.windowBits)" }, output: MSMOracle.describe,
            expected: { $0.1 },
            actual: {
                G1Affine(
                    implementation.pippenger(
                        points: $0.0.points, scalars: $0.0.scalars,
                        windowBits: $0.windowBits))
            },
            sourceLocation: sourceLocation)
    }

    // MARK: Batch inversion

    /// `batchInverse` on lists of 0 to 300 elements, random or with zeros among them (first, last, all):
    /// every output times its input must be 1, and a zero must stay zero.
    public func batchInverse(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var generator = TestSeed.generator(for: "Chapter08.batchInverse")
        var cases: [[Fp]] = [[], [.one], [.zero], [.zero, .zero]]
        for count in [1, 2, 3, 17, 300] {
            let values = (0..<count).map { _ in Fp.random(using: &generator) }
            cases.append(values)
            cases.append([.zero] + values)
            cases.append(values + [.zero])
            cases.append(values.enumerated().map { $0.offset % 3 == 1 ? .zero : $0.element })
        }
        let implementation = implementation
        checkLearnerProperty(
            "batchInverse(_:)", in: file, cases: cases,
            input: { values in
                let shown = values.prefix(4).map { $0.isZero ? "0" : "\($0)" }.joined(separator: ", ")
                return "\(values.count) elements [\(shown)\(values.count > 4 ? ", …" : "")]"
            },
            holds: { values in
                let inverses = implementation.batchInverse(values)
                guard inverses.count == values.count else {
                    return "\(inverses.count) results for \(values.count) elements"
                }
                for (index, (value, inverse)) in zip(values, inverses).enumerated() {
                    if value.isZero, !inverse.isZero {
                        return "element \(index) is zero, but its result is \(inverse), not zero"
                    }
                    if !value.isZero, value * inverse != .one {
                        return "element \(index), \(value): result \(inverse) times it is not 1"
                    }
                }
                return nil
            },
            sourceLocation: sourceLocation)
    }

    // MARK: Batch-affine bucket sums

    /// `bucketSums` against `Curves`' point addition, on buckets that are empty, hold one point, P + P, P + (−P),
    /// P + P + (−P), eight copies of P (a doubling in every round), and random points, all at once and alone.
    public func bucketSums(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var generator = TestSeed.generator(for: "Chapter08.bucketSums")
        let point = { G1Affine(MSMOracle.randomPoint(using: &generator)) }
        let (p, q) = (point(), point())
        var buckets: [[G1Affine]] = [
            [], [p], [p, p], [p, -p], [p, p, -p], [p, -p, p], [G1Affine](repeating: q, count: 8), [q, -p, p, -q, q],
        ]
        for count in [2, 3, 5, 16, 33] { buckets.append((0..<count).map { _ in point() }) }
        buckets.append((0..<20).map { $0 % 4 == 0 ? p : point() })
        let cases = [buckets] + buckets.map { [$0] } + [[]]
        let implementation = implementation
        checkLearnerFunction(
            "bucketSums(_:)", in: file, cases: cases,
            input: { "\($0.count) buckets of sizes \($0.map(\.count))" },
            output: { "\($0.count) sums: \($0.map(\.description).joined(separator: ", "))" },
            expected: { $0.map { G1Affine($0.reduce(G1Projective.identity) { $0 + $1 }) } },
            actual: { implementation.bucketSums($0) },
            sourceLocation: sourceLocation)
    }

    // MARK: Splitting across cores

    /// `parallelMSM` on every MSM input with 1, 2, 3 and 7 chunks: chunks that do not divide the points, and more
    /// chunks than points.
    public func parallelMSM(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var cases: [(MSMOracle.Case, G1Affine, chunkCount: Int)] = []
        for (item, sum) in Self.cases {
            for chunks in item.points.count > 64 ? [3] : [1, 2, 3, 7] { cases.append((item, sum, chunks)) }
        }
        let implementation = implementation
        checkLearnerFunction(
            "parallelMSM(points:scalars:windowBits:chunkCount:)", in: file, cases: cases,
            input: { "\(MSMOracle.describe($0.0)), windowBits: 4, chunkCount: \($0.chunkCount)" },
            output: MSMOracle.describe,
            expected: { $0.1 },
            actual: {
                G1Affine(
                    implementation.parallelMSM(
                        points: $0.0.points, scalars: $0.0.scalars,
                        windowBits: 4, chunkCount: $0.chunkCount))
            },
            sourceLocation: sourceLocation)
    }
}

/// The MSM inputs and their sums by the oracle, computed on first use.
private let expectedSums: [(MSMOracle.Case, G1Affine)] = MSMOracle.cases().map {
    ($0, MSMOracle.sum(points: $0.points, scalars: $0.scalars))
}
