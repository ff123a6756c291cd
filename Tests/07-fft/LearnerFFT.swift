import Chapter07Exercises
import Chapter07Suites
import Fields

/// The learner's chapter 7 functions, seen through the protocol the shared checks are written against.
struct LearnerFFT: FFTImplementation {
    func rootOfUnity(log2Order: Int) -> Fr { Chapter07Exercises.rootOfUnity(log2Order: log2Order) }
    func reverseBits(_ index: Int, bitWidth: Int) -> Int { Chapter07Exercises.reverseBits(index, bitWidth: bitWidth) }
    func bitReversalPermute(_ values: inout [Int]) { Chapter07Exercises.bitReversalPermute(&values) }
    func recursiveFFT(_ coefficients: [Fr]) -> [Fr] { Chapter07Exercises.recursiveFFT(coefficients) }
    func fft(_ values: inout [Fr]) { Chapter07Exercises.fft(&values) }
    func inverseFFT(_ values: inout [Fr]) { Chapter07Exercises.inverseFFT(&values) }
    func cosetFFT(_ values: inout [Fr], offset: Fr) { Chapter07Exercises.cosetFFT(&values, offset: offset) }
    func inverseCosetFFT(_ values: inout [Fr], offset: Fr) {
        Chapter07Exercises.inverseCosetFFT(&values, offset: offset)
    }
    func evaluationForm(coefficients: [Fr]) -> [Fr] { Chapter07Exercises.evaluationForm(coefficients: coefficients) }
    func coefficientForm(evaluations: [Fr]) -> [Fr] { Chapter07Exercises.coefficientForm(evaluations: evaluations) }
    func evaluatePolynomialInEvaluationForm(_ evaluations: [Fr], at z: Fr) -> Fr {
        Chapter07Exercises.evaluatePolynomialInEvaluationForm(evaluations, at: z)
    }
}

enum Learner {
    static let checks = FFTChecks(LearnerFFT())

    /// An exercise file, as failure messages name it.
    static func file(_ name: String) -> String { "Sources/Exercises/07-fft/\(name)" }
}
