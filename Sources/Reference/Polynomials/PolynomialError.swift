/// Why a polynomial operation refused its input.
public enum PolynomialError: Error, Equatable, Sendable {
    /// FFT domains and the bit-reversal permutation need a power-of-two size; this is the size given.
    case sizeNotPowerOfTwo(Int)
    /// `Fr` has roots of unity of order up to `2^32` only (r - 1 = 2^32 · odd).
    case sizeTooLarge(Int)
    /// A vector of values did not match the domain it was used with.
    case lengthMismatch(expected: Int, got: Int)
}
