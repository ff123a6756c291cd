// inverseCosetFFT scales by offset^i again instead of offset^(−i).
import ExerciseSupport
import Fields

/// Replaces the coefficients `values` by the polynomial's values on the coset offset·ω^0, offset·ω^1, …,
/// offset·ω^(n−1) (n = `values.count`, a power of two, ω as in `fft`).
///
/// p(offset·x) has coefficients c_i·offset^i: scale, then run the ordinary `fft`.
public func cosetFFT(_ values: inout [Fr], offset: Fr) {
    var power = Fr.one  // offset^i
    for index in values.indices {
        values[index] = values[index] * power
        power = power * offset
    }
    fft(&values)
}

/// The inverse of `cosetFFT(_:offset:)`: replaces the values on the coset offset·ω^i by the polynomial's
/// coefficients. `offset` is not zero.
public func inverseCosetFFT(_ values: inout [Fr], offset: Fr) {
    // The inverse FFT gives the coefficients c_i·offset^i of p(offset·x); undo the scaling with offset^(−i).
    inverseFFT(&values)
    let inverseOffset = offset
    var power = Fr.one
    for index in values.indices {
        values[index] = values[index] * power
        power = power * inverseOffset
    }
}
