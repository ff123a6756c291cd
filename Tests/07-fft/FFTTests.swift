import Testing

/// `fft-iterative`: the in-place FFT against Horner's rule, for p(x) = x and random polynomials of every size
/// 2^k up to 4096.
/// The checks are shared with the reference's tests: `Tests/Suites/07-fft`.
@Suite struct FFTTests {
    @Test func againstHorner() { Learner.checks.fft(file: Learner.file("FFT.swift")) }
}
