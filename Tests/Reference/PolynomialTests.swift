import Fields
import HiddenTestSupport
import Polynomials
import Testing

/// p(x) by Horner's rule: the oracle for every evaluation here.
private func horner(_ coefficients: [Fr], at x: Fr) -> Fr {
    coefficients.reversed().reduce(Fr.zero) { $0 * x + $1 }
}

private func randomElements(_ count: Int, using generator: inout SeededGenerator) -> [Fr] {
    (0..<count).map { _ in Fr.random(using: &generator) }
}

/// The FFT, its inverse, cosets, the evaluation form's layout and barycentric evaluation are checked against
/// Horner's rule by chapter 7's shared checks, in `FFTSuiteTests`; these are the rest.
@Suite("Polynomials and FFT")
struct PolynomialTests {
    @Test("bit reversal: the known permutation of 8, an involution, and a typed error for other sizes")
    func bitReversal() throws {
        #expect(try bitReversalPermutation(Array(0..<8)) == [0, 4, 2, 6, 1, 5, 3, 7])
        #expect(reverseBits(1, bitWidth: 12) == 2048)
        #expect(reverseBits(0b1011, bitWidth: 4) == 0b1101)
        let values = Array(0..<4096)
        let permuted = try bitReversalPermutation(values)
        #expect(permuted != values)
        #expect(try bitReversalPermutation(permuted) == values)
        #expect(throws: PolynomialError.sizeNotPowerOfTwo(6)) { try bitReversalPermutation(Array(0..<6)) }
        #expect(throws: PolynomialError.sizeNotPowerOfTwo(0)) { try bitReversalPermutation([Int]()) }
    }

    @Test("the domain's generator has exactly the domain's order", arguments: [1, 2, 16, 4096])
    func generatorOrder(size: Int) throws {
        let domain = try EvaluationDomain(size: size)
        #expect(domain.generator.pow(UInt64(size)) == .one)
        if size > 1 { #expect(domain.generator.pow(UInt64(size / 2)) == -Fr.one) }
        #expect(Set(domain.elements).count == size)
    }

    @Test("bad sizes and lengths are typed errors")
    func errors() throws {
        #expect(throws: PolynomialError.sizeNotPowerOfTwo(12)) { try EvaluationDomain(size: 12) }
        #expect(throws: PolynomialError.sizeNotPowerOfTwo(0)) { try EvaluationDomain(size: 0) }
        #expect(throws: PolynomialError.sizeTooLarge(1 << 33)) { try EvaluationDomain(size: 1 << 33) }
        let domain = try EvaluationDomain(size: 8)
        var short = [Fr](repeating: .one, count: 4)
        #expect(throws: PolynomialError.lengthMismatch(expected: 8, got: 4)) { try domain.fft(&short) }
        #expect(throws: PolynomialError.lengthMismatch(expected: 8, got: 4)) { try domain.inverseFFT(&short) }
        #expect(throws: PolynomialError.lengthMismatch(expected: 8, got: 4)) {
            try PolynomialInEvaluationForm(evaluations: short, domain: domain)
        }
        #expect(throws: PolynomialError.lengthMismatch(expected: 8, got: 9)) {
            try PolynomialInEvaluationForm(coefficients: [Fr](repeating: .one, count: 9), domain: domain)
        }
    }

    @Test("pointwise arithmetic is polynomial arithmetic while degrees stay below the size")
    func arithmetic() throws {
        var generator = TestSeed.generator()
        let domain = try EvaluationDomain(size: 32)
        let a = randomElements(10, using: &generator)
        let b = randomElements(12, using: &generator)
        let pa = try PolynomialInEvaluationForm(coefficients: a, domain: domain)
        let pb = try PolynomialInEvaluationForm(coefficients: b, domain: domain)
        let z = Fr.random(using: &generator)
        let (az, bz) = (horner(a, at: z), horner(b, at: z))
        #expect((pa + pb).evaluate(at: z) == az + bz)
        #expect((pa - pb).evaluate(at: z) == az - bz)
        #expect((pa * pb).evaluate(at: z) == az * bz)
        #expect(pa.scaled(by: Fr(3)).evaluate(at: z) == Fr(3) * az)
        #expect(pa != pb)
        #expect(pa == (pa + pb) - pb)
    }
}
