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

    @Test("FFT equals the naive O(n^2) DFT, and the inverse FFT undoes it", arguments: [1, 2, 4, 32, 256])
    func fftAgainstNaiveDFT(size: Int) throws {
        var generator = TestSeed.generator(for: "fft-\(size)")
        let domain = try EvaluationDomain(size: size)
        let coefficients = randomElements(size, using: &generator)
        var values = coefficients
        try domain.fft(&values)
        let naive = domain.elements.map { horner(coefficients, at: $0) }
        #expect(values == naive)
        try domain.inverseFFT(&values)
        #expect(values == coefficients)
    }

    @Test("4096-point FFT round trip and spot checks against Horner")
    func fullSizeFFT() throws {
        var generator = TestSeed.generator()
        let domain = EvaluationDomain.eip4844
        let coefficients = randomElements(4096, using: &generator)
        var values = coefficients
        try domain.fft(&values)
        for index in [0, 1, 2047, 4095] {
            #expect(values[index] == horner(coefficients, at: domain.elements[index]))
        }
        try domain.inverseFFT(&values)
        #expect(values == coefficients)
    }

    @Test("coset FFT evaluates at offset · ω^i, and its inverse undoes it")
    func cosetFFT() throws {
        var generator = TestSeed.generator()
        let domain = try EvaluationDomain(size: 64)
        let coefficients = randomElements(64, using: &generator)
        let offset = Fr(7)
        var values = coefficients
        try domain.cosetFFT(&values, offset: offset)
        #expect(values == domain.elements.map { horner(coefficients, at: offset * $0) })
        try domain.inverseCosetFFT(&values, offset: offset)
        #expect(values == coefficients)
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

    @Test("evaluation form: values are in bit-reversed order, and coefficients come back")
    func evaluationFormLayout() throws {
        var generator = TestSeed.generator()
        let domain = try EvaluationDomain(size: 16)
        let coefficients = randomElements(16, using: &generator)
        let polynomial = try PolynomialInEvaluationForm(coefficients: coefficients, domain: domain)
        for index in 0..<16 {
            let root = domain.generator.pow(UInt64(reverseBits(index, bitWidth: 4)))
            #expect(polynomial.evaluations[index] == horner(coefficients, at: root))
        }
        #expect(polynomial.coefficients == coefficients)
    }

    @Test("barycentric evaluation equals Horner, outside and inside the domain", arguments: [16, 4096])
    func barycentric(size: Int) throws {
        var generator = TestSeed.generator(for: "barycentric-\(size)")
        let domain = try EvaluationDomain(size: size)
        let coefficients = randomElements(size, using: &generator)
        let polynomial = try PolynomialInEvaluationForm(coefficients: coefficients, domain: domain)
        for _ in 0..<3 {
            let z = Fr.random(using: &generator)
            #expect(polynomial.evaluate(at: z) == horner(coefficients, at: z))
        }
        let inside = domain.bitReversedElements[Int.random(in: 0..<size, using: &generator)]
        #expect(polynomial.evaluate(at: inside) == horner(coefficients, at: inside))
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
