import Fields
import HiddenTestSupport
import Testing

/// Chapter 7's hidden checks, run the same way on any `FFTImplementation`: the learner's exercises or the
/// reference. Each compares with `FFTOracle` (GMP's roots, a bit-by-bit reversal, Horner's rule at every point or
/// at sampled points), never with another FFT, and reports the first wrong case through `checkLearnerFunction` or
/// `checkLearnerProperty`.
///
/// Sizes run over every power of two from 1 to 4096 (EIP-4844's domain); the O(n²) oracle compares all n outputs
/// up to 512 points and samples beyond.
public struct FFTChecks<Implementation: FFTImplementation>: Sendable {
    let implementation: Implementation

    public init(_ implementation: Implementation) { self.implementation = implementation }

    static var log2Sizes: ClosedRange<Int> { 0...12 }

    // MARK: Roots of unity

    /// `rootOfUnity(log2Order:)` against 7^((r − 1)/2^k) from GMP, for every k from 0 to 32.
    public func rootsOfUnity(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let implementation = implementation
        checkLearnerFunction(
            "rootOfUnity(log2Order:)", in: file, cases: Array(0...Fr.twoAdicity),
            input: { "log2Order: \($0), a root of order 2^\($0)" },
            output: { $0.description },
            expected: { FFTOracle.rootOfUnity(log2Order: $0) },
            actual: { implementation.rootOfUnity(log2Order: $0) },
            sourceLocation: sourceLocation)
    }

    // MARK: Bit reversal

    /// `reverseBits` on every index of widths up to 6, and on edge and random indices (some with bits above the
    /// width, which must be ignored) of widths up to 20.
    public func reverseBits(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var generator = TestSeed.generator(for: "Chapter07.reverseBits")
        var cases: [(index: Int, bitWidth: Int)] = []
        for width in 0...20 {
            let count = 1 << width
            if width <= 6 { cases += (0..<count).map { ($0, width) } }
            cases += [(0, width), (1, width), (count - 1, width), (count >> 1, width)]
            cases += (0..<8).map { _ in (Int.random(in: 0..<count, using: &generator), width) }
            cases.append((Int.random(in: 0..<count, using: &generator) | (0b101 << width), width))
        }
        let implementation = implementation
        checkLearnerFunction(
            "reverseBits(_:bitWidth:)", in: file, cases: cases,
            input: { "index 0b\(String($0.index, radix: 2)), bitWidth: \($0.bitWidth)" },
            output: { "0b\(String($0, radix: 2))" },
            expected: { FFTOracle.reverseBits($0.index, bitWidth: $0.bitWidth) },
            actual: { implementation.reverseBits($0.index, bitWidth: $0.bitWidth) },
            sourceLocation: sourceLocation)
    }

    /// `bitReversalPermute` on 0, 1, …, n − 1 for every size n = 2^k up to 4096: entry i must become
    /// reverseBits(i).
    public func bitReversalPermute(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let implementation = implementation
        checkLearnerProperty(
            "bitReversalPermute(_:)", in: file, cases: Array(Self.log2Sizes),
            input: { "the indices 0, 1, …, \((1 << $0) - 1) (n = \(1 << $0))" },
            holds: { log2Size in
                let n = 1 << log2Size
                var values = Array(0..<n)
                implementation.bitReversalPermute(&values)
                guard values.count == n else { return "returned \(values.count) entries" }
                for index in 0..<n {
                    let want = FFTOracle.reverseBits(index, bitWidth: log2Size)
                    if values[index] != want {
                        return
                            "entry \(index) is \(values[index]), expected \(want) (\(index) = 0b\(String(index, radix: 2)) reversed on \(log2Size) bits)"
                    }
                }
                return nil
            },
            sourceLocation: sourceLocation)
    }

    // MARK: Forward transforms

    /// A polynomial to transform, with what a failure message calls it.
    struct Polynomial: Sendable {
        let coefficients: [Fr]
        let name: String
        /// The outputs compared with the oracle.
        let sampled: [Int]
    }

    /// p(x) = x on every size up to 16 (its values are the roots themselves, which makes a wrong root or order
    /// easy to read), then a random polynomial of degree below n for every size from 1 to 4096.
    static func forwardCases(_ seedName: String) -> [Polynomial] {
        var generator = TestSeed.generator(for: seedName)
        var cases: [Polynomial] = []
        for log2Size in 1...4 {
            let n = 1 << log2Size
            var coefficients = [Fr](repeating: .zero, count: n)
            coefficients[1] = .one
            cases.append(
                Polynomial(
                    coefficients: coefficients, name: "p(x) = x, n = \(n)",
                    sampled: Array(0..<n)))
        }
        for log2Size in log2Sizes {
            let n = 1 << log2Size
            let coefficients = FFTOracle.randomElements(n, using: &generator)
            cases.append(
                Polynomial(
                    coefficients: coefficients,
                    name: "n = \(n) random coefficients \(FFTOracle.describe(coefficients))",
                    sampled: FFTOracle.sampledIndices(count: n, using: &generator)))
        }
        return cases
    }

    /// Checks that `transform` maps coefficients to their values at `offset`·ω^i, i = 0 … n − 1.
    static func checkForward(
        _ function: String, file: String, cases: [Polynomial], offset: Fr = .one, pointName: String = "ω",
        transform: @escaping @Sendable ([Fr]) -> [Fr], sourceLocation: SourceLocation
    ) {
        checkLearnerProperty(
            function, in: file, cases: cases, input: { $0.name },
            holds: { polynomial in
                let n = polynomial.coefficients.count
                let values = transform(polynomial.coefficients)
                guard values.count == n else { return "returned \(values.count) values for \(n) coefficients" }
                let points = FFTOracle.points(count: n, offset: offset)
                for index in polynomial.sampled {
                    let want = FFTOracle.horner(polynomial.coefficients, at: points[index])
                    if values[index] != want {
                        return
                            "value \(index), at \(pointName)^\(index) = \(points[index]): expected \(want), got \(values[index])"
                    }
                }
                return nil
            },
            sourceLocation: sourceLocation)
    }

    /// `recursiveFFT` against Horner's rule at the roots, on every size from 1 to 4096.
    public func recursiveFFT(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let implementation = implementation
        Self.checkForward(
            "recursiveFFT(_:)", file: file, cases: Self.forwardCases("Chapter07.recursiveFFT"),
            transform: { implementation.recursiveFFT($0) }, sourceLocation: sourceLocation)
    }

    /// `fft` against Horner's rule at the roots, on every size from 1 to 4096.
    public func fft(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let implementation = implementation
        Self.checkForward(
            "fft(_:)", file: file, cases: Self.forwardCases("Chapter07.fft"),
            transform: { coefficients in
                var values = coefficients
                implementation.fft(&values)
                return values
            },
            sourceLocation: sourceLocation)
    }

    // MARK: Inverse transforms

    /// Random values on every size from 1 to 4096, and the points to check the interpolant at.
    static func valueCases(_ seedName: String) -> [Polynomial] {
        var generator = TestSeed.generator(for: seedName)
        return log2Sizes.map { log2Size in
            let n = 1 << log2Size
            let values = FFTOracle.randomElements(n, using: &generator)
            return Polynomial(
                coefficients: values, name: "n = \(n) random values \(FFTOracle.describe(values))",
                sampled: FFTOracle.sampledIndices(count: n, using: &generator))
        }
    }

    /// Checks that `interpolate` maps values at `points(n)[i]` to n coefficients of a polynomial through them:
    /// the one polynomial of degree below n that does, when every point is checked.
    static func checkInterpolation(
        _ function: String, file: String, cases: [Polynomial], points: @escaping @Sendable (Int) -> [Fr],
        pointName: @escaping @Sendable (Int) -> String,
        interpolate: @escaping @Sendable ([Fr]) -> [Fr], sourceLocation: SourceLocation
    ) {
        checkLearnerProperty(
            function, in: file, cases: cases, input: { $0.name },
            holds: { polynomial in
                let values = polynomial.coefficients
                let n = values.count
                let coefficients = interpolate(values)
                guard coefficients.count == n else {
                    return "returned \(coefficients.count) coefficients for \(n) values"
                }
                let points = points(n)
                for index in polynomial.sampled {
                    let got = FFTOracle.horner(coefficients, at: points[index])
                    if got != values[index] {
                        return
                            "the polynomial returned, \(FFTOracle.describe(coefficients)), is \(got) at \(pointName(index)) = \(points[index]), where the value given is \(values[index])"
                    }
                }
                return nil
            },
            sourceLocation: sourceLocation)
    }

    /// `inverseFFT` on random values of every size from 1 to 4096: the coefficients returned must give back each
    /// value at its root (by Horner's rule); then the round trip `inverseFFT(fft(c)) = c`.
    public func inverseFFT(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let implementation = implementation
        Self.checkInterpolation(
            "inverseFFT(_:)", file: file, cases: Self.valueCases("Chapter07.inverseFFT"),
            points: { FFTOracle.points(count: $0) }, pointName: { "ω^\($0)" },
            interpolate: { values in
                var coefficients = values
                implementation.inverseFFT(&coefficients)
                return coefficients
            },
            sourceLocation: sourceLocation)
        var generator = TestSeed.generator(for: "Chapter07.inverseFFT.roundTrip")
        let coefficientVectors = Self.log2Sizes.map { FFTOracle.randomElements(1 << $0, using: &generator) }
        checkLearnerFunction(
            "inverseFFT(_:) after fft(_:)", in: file, cases: coefficientVectors,
            input: { "fft of n = \($0.count) coefficients \(FFTOracle.describe($0))" },
            output: { FFTOracle.describe($0) },
            expected: { $0 },
            actual: { coefficients in
                var values = coefficients
                implementation.fft(&values)
                implementation.inverseFFT(&values)
                return values
            },
            sourceLocation: sourceLocation)
    }

    // MARK: Cosets

    /// The offsets of the coset checks: 7 (a generator of Fr^*, so its coset is disjoint from every subgroup), a
    /// random element, and 1 (the subgroup itself).
    static func offsets(_ generator: inout SeededGenerator) -> [(name: String, value: Fr)] {
        let random = Fr.random(using: &generator)
        return [("7", Fr(7)), ("the random offset \(random)", random), ("1", .one)]
    }

    /// `cosetFFT` and `inverseCosetFFT` with each offset on every size from 1 to 1024, against Horner's rule at
    /// offset·ω^i.
    public func cosetFFT(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var generator = TestSeed.generator(for: "Chapter07.cosetFFT")
        let implementation = implementation
        for offset in Self.offsets(&generator) {
            let cases = Self.forwardCases("Chapter07.cosetFFT.\(offset.name)").filter { $0.coefficients.count <= 1024 }
            Self.checkForward(
                "cosetFFT(_:offset: \(offset.name))", file: file, cases: cases, offset: offset.value,
                pointName: "offset·ω",
                transform: { coefficients in
                    var values = coefficients
                    implementation.cosetFFT(&values, offset: offset.value)
                    return values
                },
                sourceLocation: sourceLocation)
            Self.checkInterpolation(
                "inverseCosetFFT(_:offset: \(offset.name))", file: file,
                cases: Self.valueCases("Chapter07.inverseCosetFFT.\(offset.name)").filter {
                    $0.coefficients.count <= 1024
                },
                points: { FFTOracle.points(count: $0, offset: offset.value) }, pointName: { "offset·ω^\($0)" },
                interpolate: { values in
                    var coefficients = values
                    implementation.inverseCosetFFT(&coefficients, offset: offset.value)
                    return coefficients
                },
                sourceLocation: sourceLocation)
        }
    }

    // MARK: Evaluation form

    /// `evaluationForm` and `coefficientForm` on every size from 1 to 4096: entry i is the value at
    /// ω^reverseBits(i), by Horner's rule.
    public func evaluationForm(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let implementation = implementation
        checkLearnerProperty(
            "evaluationForm(coefficients:)", in: file, cases: Self.forwardCases("Chapter07.evaluationForm"),
            input: { $0.name },
            holds: { polynomial in
                let n = polynomial.coefficients.count
                let values = implementation.evaluationForm(coefficients: polynomial.coefficients)
                guard values.count == n else { return "returned \(values.count) values for \(n) coefficients" }
                let points = FFTOracle.bitReversedPoints(count: n)
                for index in polynomial.sampled {
                    let want = FFTOracle.horner(polynomial.coefficients, at: points[index])
                    if values[index] != want {
                        let exponent = FFTOracle.reverseBits(index, bitWidth: n.trailingZeroBitCount)
                        return
                            "entry \(index), the value at ω^\(exponent) = \(points[index]): expected \(want), got \(values[index])"
                    }
                }
                return nil
            },
            sourceLocation: sourceLocation)
        Self.checkInterpolation(
            "coefficientForm(evaluations:)", file: file, cases: Self.valueCases("Chapter07.coefficientForm"),
            points: { FFTOracle.bitReversedPoints(count: $0) },
            pointName: { index in "ω^reverseBits(\(index))" },
            interpolate: { implementation.coefficientForm(evaluations: $0) },
            sourceLocation: sourceLocation)
    }

    // MARK: Barycentric evaluation

    struct EvaluationPoint: Sendable {
        let evaluations: [Fr]
        let coefficients: [Fr]
        let z: Fr
        let place: String
    }

    /// `evaluatePolynomialInEvaluationForm` on every size from 1 to 4096, at 0, at random points (outside the
    /// domain) and at domain points, against Horner's rule. Up to 64 points the polynomial has full degree; beyond,
    /// degree below 64, so that the oracle's n evaluations stay cheap (the formula still sums over all n points).
    public func barycentric(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var generator = TestSeed.generator(for: "Chapter07.barycentric")
        var cases: [EvaluationPoint] = []
        for log2Size in Self.log2Sizes {
            let n = 1 << log2Size
            let coefficients = FFTOracle.randomElements(min(n, 64), using: &generator)
            let points = FFTOracle.bitReversedPoints(count: n)
            let evaluations = points.map { FFTOracle.horner(coefficients, at: $0) }
            var places: [(Fr, String)] = [(.zero, "z = 0")]
            for _ in 0..<3 {
                let z = Fr.random(using: &generator)
                places.append((z, "a random z = \(z)"))
            }
            let inside = Set([0, 1, n / 2, n - 1, Int.random(in: 0..<n, using: &generator)]).filter { $0 < n }.sorted()
            for index in inside {
                places.append((points[index], "z = \(points[index]), the domain point of entry \(index)"))
            }
            for (z, place) in places {
                cases.append(EvaluationPoint(evaluations: evaluations, coefficients: coefficients, z: z, place: place))
            }
        }
        let implementation = implementation
        checkLearnerFunction(
            "evaluatePolynomialInEvaluationForm(_:at:)", in: file, cases: cases,
            input: { "\($0.place), n = \($0.evaluations.count) evaluations \(FFTOracle.describe($0.evaluations))" },
            output: { $0.description },
            expected: { FFTOracle.horner($0.coefficients, at: $0.z) },
            actual: { implementation.evaluatePolynomialInEvaluationForm($0.evaluations, at: $0.z) },
            sourceLocation: sourceLocation)
    }
}
