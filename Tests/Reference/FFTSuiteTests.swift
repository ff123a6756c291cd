import Chapter07Suites
import Fields
import Polynomials
import Testing

/// The reference's `Polynomials` through chapter 7's protocol: the same hidden checks as the learner's exercises
/// (`Tests/Suites/07-fft`), so the reference meets the bar it sets. The reference has one FFT, iterative, which
/// stands for both of the chapter's; every transform runs on the domain of the input's size.
struct ReferenceFFT: FFTImplementation {
    func domain(_ size: Int) -> EvaluationDomain { try! EvaluationDomain(size: size) }  // sizes are powers of two

    func rootOfUnity(log2Order: Int) -> Fr { Fr.rootOfUnity(log2Order: log2Order) }
    func reverseBits(_ index: Int, bitWidth: Int) -> Int { Polynomials.reverseBits(index, bitWidth: bitWidth) }
    func bitReversalPermute(_ values: inout [Int]) { try! Polynomials.bitReversalPermute(&values) }
    func recursiveFFT(_ coefficients: [Fr]) -> [Fr] {
        var values = coefficients
        fft(&values)
        return values
    }
    func fft(_ values: inout [Fr]) { try! domain(values.count).fft(&values) }
    func inverseFFT(_ values: inout [Fr]) { try! domain(values.count).inverseFFT(&values) }
    func cosetFFT(_ values: inout [Fr], offset: Fr) { try! domain(values.count).cosetFFT(&values, offset: offset) }
    func inverseCosetFFT(_ values: inout [Fr], offset: Fr) {
        try! domain(values.count).inverseCosetFFT(&values, offset: offset)
    }
    func evaluationForm(coefficients: [Fr]) -> [Fr] {
        try! PolynomialInEvaluationForm(coefficients: coefficients, domain: domain(coefficients.count)).evaluations
    }
    func coefficientForm(evaluations: [Fr]) -> [Fr] {
        try! PolynomialInEvaluationForm(evaluations: evaluations, domain: domain(evaluations.count)).coefficients
    }
    func evaluatePolynomialInEvaluationForm(_ evaluations: [Fr], at z: Fr) -> Fr {
        try! PolynomialInEvaluationForm(evaluations: evaluations, domain: domain(evaluations.count)).evaluate(at: z)
    }
}

@Suite("Polynomials against chapter 7's shared checks")
struct FFTSuiteTests {
    static let checks = FFTChecks(ReferenceFFT())
    static let file = "Sources/Reference/Polynomials"

    @Test func rootsOfUnity() { Self.checks.rootsOfUnity(file: "Sources/Reference/Fields/Fr+RootsOfUnity.swift") }
    @Test func reverseBits() { Self.checks.reverseBits(file: "\(Self.file)/BitReversal.swift") }
    @Test func bitReversalPermute() { Self.checks.bitReversalPermute(file: "\(Self.file)/BitReversal.swift") }
    @Test func fft() { Self.checks.fft(file: "\(Self.file)/EvaluationDomain.swift") }
    @Test func inverseFFT() { Self.checks.inverseFFT(file: "\(Self.file)/EvaluationDomain.swift") }
    @Test func cosetFFT() { Self.checks.cosetFFT(file: "\(Self.file)/EvaluationDomain.swift") }
    @Test func evaluationForm() { Self.checks.evaluationForm(file: "\(Self.file)/PolynomialInEvaluationForm.swift") }
    @Test func barycentric() { Self.checks.barycentric(file: "\(Self.file)/PolynomialInEvaluationForm.swift") }
}
