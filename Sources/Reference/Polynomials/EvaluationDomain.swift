import Fields

/// The multiplicative subgroup of `Fr` of order `size` (a power of two), its roots of unity, and the radix-2 FFT
/// over it.
///
/// The generator is the one EIP-4844 uses, `7^((r-1)/size)` (`Fr.rootOfUnity(log2Order:)`), so evaluations line
/// up with blobs. Twiddle factors are computed once per domain; a domain is immutable and can be shared between
/// threads. Nothing here handles secrets, and nothing here is constant time.
public final class EvaluationDomain: Sendable {
    /// The number of points, a power of two.
    public let size: Int
    /// `log2(size)`.
    public let log2Size: Int
    /// ω, a primitive `size`-th root of unity.
    public let generator: Fr
    /// ω^0, ω^1, …, ω^(size-1): the FFT's evaluation points, in natural order.
    public let elements: [Fr]
    /// The same roots in bit-reversed order, the order of EIP-4844 blobs (`roots_of_unity_brp` in the spec).
    public let bitReversedElements: [Fr]
    /// ω^0, ω^-1, …, ω^-(size-1), twiddles of the inverse FFT.
    let inverseElements: [Fr]
    /// 1 / size.
    let inverseSize: Fr

    /// The domain of `size` points.
    ///
    /// - Throws: `PolynomialError.sizeNotPowerOfTwo` or `.sizeTooLarge` (Fr has no subgroup of order above 2^32).
    public init(size: Int) throws(PolynomialError) {
        guard size > 0, size & (size - 1) == 0 else { throw .sizeNotPowerOfTwo(size) }
        let log2Size = size.trailingZeroBitCount
        guard log2Size <= 32 else { throw .sizeTooLarge(size) }
        self.size = size
        self.log2Size = log2Size
        generator = Fr.rootOfUnity(log2Order: log2Size)
        var powers = [Fr](repeating: .one, count: size)
        for index in 1..<size { powers[index] = powers[index - 1] * generator }
        elements = powers
        var inverses = [Fr](repeating: .one, count: size)
        for index in 1..<size { inverses[index] = powers[size - index] }
        inverseElements = inverses
        inverseSize = Fr(UInt64(size)).inverse()!  // size < r, so never zero
        let permuted = try bitReversalPermutation(powers)
        bitReversedElements = permuted
    }

    /// The 4096-point domain of EIP-4844 blobs (`FIELD_ELEMENTS_PER_BLOB`).
    public static let eip4844: EvaluationDomain = try! EvaluationDomain(size: 4096)  // 4096 is a valid size

    /// Replaces the coefficients `values` (lowest degree first) by the polynomial's values at ω^0 … ω^(size-1).
    ///
    /// Iterative Cooley–Tukey, decimation in time: a bit-reversal permutation, then log2(size) rounds of
    /// butterflies (Cormen et al., *Introduction to Algorithms*, 3rd ed., §30.3).
    ///
    /// - Throws: `PolynomialError.lengthMismatch` unless `values.count == size`.
    public func fft(_ values: inout [Fr]) throws(PolynomialError) {
        try transform(&values, twiddles: elements)
    }

    /// Replaces the values at ω^0 … ω^(size-1) by the coefficients of the unique polynomial of degree < size
    /// through them: the FFT with ω^-1, divided by `size`.
    ///
    /// - Throws: `PolynomialError.lengthMismatch` unless `values.count == size`.
    public func inverseFFT(_ values: inout [Fr]) throws(PolynomialError) {
        try transform(&values, twiddles: inverseElements)
        let scale = inverseSize
        for index in values.indices { values[index] *= scale }
    }

    /// Replaces coefficients by the polynomial's values on the coset `offset · ω^i`: scaling coefficient `i` by
    /// `offset^i` turns p(offset · x) into an ordinary FFT. With an offset outside the subgroup the coset is
    /// disjoint from it, which is how quotients by the vanishing polynomial are computed without dividing by zero.
    ///
    /// - Throws: `PolynomialError.lengthMismatch` unless `values.count == size`.
    public func cosetFFT(_ values: inout [Fr], offset: Fr) throws(PolynomialError) {
        guard values.count == size else { throw .lengthMismatch(expected: size, got: values.count) }
        var power = Fr.one
        for index in values.indices {
            values[index] *= power
            power *= offset
        }
        try fft(&values)
    }

    /// The inverse of `cosetFFT(_:offset:)`; `offset` must not be zero.
    ///
    /// - Throws: `PolynomialError.lengthMismatch` unless `values.count == size`.
    public func inverseCosetFFT(_ values: inout [Fr], offset: Fr) throws(PolynomialError) {
        try inverseFFT(&values)
        guard let inverseOffset = offset.inverse() else { return }
        var power = Fr.one
        for index in values.indices {
            values[index] *= power
            power *= inverseOffset
        }
    }

    /// One radix-2 transform; `twiddles[j]` is w^j for the root w of order `size` being used.
    private func transform(_ values: inout [Fr], twiddles: [Fr]) throws(PolynomialError) {
        guard values.count == size else { throw .lengthMismatch(expected: size, got: values.count) }
        try bitReversalPermute(&values)
        let n = size
        twiddles.withUnsafeBufferPointer { w in
            values.withUnsafeMutableBufferPointer { v in
                var half = 1
                while half < n {
                    // In the round joining blocks of `half`, the butterfly at offset j uses w^(j · n / (2 · half)).
                    let stride = n / (2 * half)
                    var start = 0
                    while start < n {
                        for j in 0..<half {
                            let top = start + j
                            let bottom = top + half
                            let t = w[j * stride] * v[bottom]
                            let u = v[top]
                            v[top] = u + t
                            v[bottom] = u - t
                        }
                        start += 2 * half
                    }
                    half *= 2
                }
            }
        }
    }
}
