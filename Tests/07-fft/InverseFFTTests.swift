import Testing

/// `fft-inverse`: the coefficients returned must interpolate random values at the roots (checked by
/// Horner's rule) for every size 2^k up to 4096, and must undo `fft`.
/// The checks are shared with the reference's tests: `Tests/Suites/07-fft`.
@Suite struct InverseFFTTests {
    @Test func interpolatesAndUndoesFFT() { Learner.checks.inverseFFT(file: Learner.file("InverseFFT.swift")) }
}
