// fft uses ω^j in every round, instead of the powers of the root of order 2·half (every n/(2·half)-th twiddle).
import ExerciseSupport
import Fields

/// Replaces the coefficients `values` (lowest degree first) by the polynomial's values at ω^0, ω^1, …, ω^(n−1),
/// where n = `values.count` is a power of two and ω = `rootOfUnity(log2Order: log2(n))`: the same result as
/// `recursiveFFT`, computed in place.
///
/// Iterative Cooley–Tukey, decimation in time (Cormen, Leiserson, Rivest and Stein, *Introduction to Algorithms*,
/// 3rd ed., §30.3): `bitReversalPermute` puts the coefficients in the order the recursion's leaves would have
/// them, then log2(n) rounds of butterflies merge blocks of 1, 2, 4, … values into blocks twice as long.
public func fft(_ values: inout [Fr]) {
    let n = values.count
    precondition(n > 0 && n & (n - 1) == 0, "the radix-2 FFT needs a power-of-two count")
    bitReversalPermute(&values)
    // twiddles[j] = ω^j for the root of order n; a round merging blocks of `half` uses every (n / 2·half)-th one,
    // the powers of the root of order 2·half.
    let omega = rootOfUnity(log2Order: n.trailingZeroBitCount)
    var twiddles = [Fr](repeating: .one, count: max(n / 2, 1))
    for j in twiddles.indices.dropFirst() { twiddles[j] = twiddles[j - 1] * omega }
    var half = 1
    while half < n {
        let stride = n / (2 * half)
        for start in Swift.stride(from: 0, to: n, by: 2 * half) {
            for j in 0 ..< half {
                let top = start + j
                let bottom = top + half
                let product = twiddles[j] * values[bottom]
                let even = values[top]
                values[top] = even + product
                values[bottom] = even - product
            }
        }
        half *= 2
    }
}
