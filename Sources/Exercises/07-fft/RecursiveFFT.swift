import ExerciseSupport
import Fields

/// The values of the polynomial with these coefficients (lowest degree first) at ω^0, ω^1, …, ω^(n−1), where
/// n = `coefficients.count` is a power of two and ω = `rootOfUnity(log2Order: log2(n))`.
///
/// The radix-2 FFT as a recursion (Cooley and Tukey, 1965): split p(x) = e(x²) + x·o(x²) into its even and odd
/// coefficients, transform each half on the n/2 points ω^0, ω^2, …, and combine them with one butterfly per
/// pair of opposite points ω^i and ω^(i + n/2) = −ω^i.
public func recursiveFFT(_ coefficients: [Fr]) -> [Fr] {
    unimplemented()
}
