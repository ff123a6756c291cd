// inverseFFT forgets the division by n: every coefficient comes out n times too large.
import ExerciseSupport
import Fields

/// Replaces the values at ω^0, ω^1, …, ω^(n−1) (n = `values.count`, a power of two, ω as in `fft`) by the
/// coefficients, lowest degree first, of the one polynomial of degree below n through them.
///
/// The inverse DFT is the DFT at ω^(−1), divided by n. Since ω^(−i) = ω^(n−i), the forward `fft` followed by
/// reversing the order of the results at indices 1 … n−1 evaluates at the inverse powers.
public func inverseFFT(_ values: inout [Fr]) {
    fft(&values)
    // The value at ω^(n−i) is the one wanted at index i; index 0 (ω^0 = 1) stays.
    values[1...].reverse()
}
