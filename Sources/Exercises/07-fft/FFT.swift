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
    unimplemented()
}
