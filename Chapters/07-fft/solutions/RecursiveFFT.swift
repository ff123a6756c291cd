import ExerciseSupport
import Fields

/// The values of the polynomial with these coefficients (lowest degree first) at ω^0, ω^1, …, ω^(n−1), where
/// n = `coefficients.count` is a power of two and ω = `rootOfUnity(log2Order: log2(n))`.
///
/// The radix-2 FFT as a recursion (Cooley and Tukey, 1965): split p(x) = e(x²) + x·o(x²) into its even and odd
/// coefficients, transform each half on the n/2 points ω^0, ω^2, …, and combine them with one butterfly per
/// pair of opposite points ω^i and ω^(i + n/2) = −ω^i.
public func recursiveFFT(_ coefficients: [Fr]) -> [Fr] {
    // BEGIN SOLUTION
    let n = coefficients.count
    precondition(n > 0 && n & (n - 1) == 0, "the radix-2 FFT needs a power-of-two count")
    if n == 1 { return coefficients }  // a constant has the same value everywhere
    let half = n / 2
    // ω² has order n/2: it is rootOfUnity(log2Order: log2(n) − 1), the root the half-size calls use.
    let even = recursiveFFT(stride(from: 0, to: n, by: 2).map { coefficients[$0] })
    let odd = recursiveFFT(stride(from: 1, to: n, by: 2).map { coefficients[$0] })
    let omega = rootOfUnity(log2Order: n.trailingZeroBitCount)
    var values = [Fr](repeating: .zero, count: n)
    var twiddle = Fr.one  // ω^i
    for i in 0 ..< half {
        // p(ω^i) = e(ω^2i) + ω^i·o(ω^2i) and p(−ω^i) = e(ω^2i) − ω^i·o(ω^2i).
        let product = twiddle * odd[i]
        values[i] = even[i] + product
        values[i + half] = even[i] - product
        twiddle = twiddle * omega
    }
    return values
    // END SOLUTION
}
