import Fields

/// What chapter 7's exercises implement, stated once so that the same hidden checks run on the learner's code
/// (`Chapter07Tests`) and on the reference's `Polynomials` (`ReferenceTests`).
///
/// The requirements are instance methods on a stateless value, so that checks can hand it to the watched thread
/// that runs learner code.
///
/// Every transform works on the domain whose size is the input's count, a power of two: the roots of unity
/// ω^0 … ω^(n−1) of ω = 7^((r − 1)/n), EIP-4844's choice. Evaluation forms list values in bit-reversed order.
public protocol FFTImplementation: Sendable {
    /// 7^((r − 1)/2^log2Order), 0 ≤ log2Order ≤ 32.
    func rootOfUnity(log2Order: Int) -> Fr
    /// `index` with its lowest `bitWidth` bits reversed; higher bits ignored.
    func reverseBits(_ index: Int, bitWidth: Int) -> Int
    /// Moves the element at i to `reverseBits(i, bitWidth: log2(count))`.
    func bitReversalPermute(_ values: inout [Int])
    /// Coefficients to values at ω^0 … ω^(n−1), by the recursive radix-2 FFT.
    func recursiveFFT(_ coefficients: [Fr]) -> [Fr]
    /// Coefficients to values at ω^0 … ω^(n−1), in place.
    func fft(_ values: inout [Fr])
    /// Values at ω^0 … ω^(n−1) to coefficients, in place.
    func inverseFFT(_ values: inout [Fr])
    /// Coefficients to values at offset·ω^0 … offset·ω^(n−1), in place.
    func cosetFFT(_ values: inout [Fr], offset: Fr)
    /// Values at offset·ω^0 … offset·ω^(n−1) to coefficients, in place.
    func inverseCosetFFT(_ values: inout [Fr], offset: Fr)
    /// Coefficients to values at ω^reverseBits(i) (EIP-4844's layout of a blob).
    func evaluationForm(coefficients: [Fr]) -> [Fr]
    /// Values at ω^reverseBits(i) to coefficients.
    func coefficientForm(evaluations: [Fr]) -> [Fr]
    /// p(z) from p's values at ω^reverseBits(i), for any z, inside the domain or not.
    func evaluatePolynomialInEvaluationForm(_ evaluations: [Fr], at z: Fr) -> Fr
}
