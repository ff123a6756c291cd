import Testing

/// `fft-recursive`: the values at the roots of unity against Horner's rule, for p(x) = x and random
/// polynomials of every size 2^k up to 4096.
/// The checks are shared with the reference's tests: `Tests/Suites/07-fft`.
@Suite struct RecursiveFFTTests {
    @Test func againstHorner() { Learner.checks.recursiveFFT(file: Learner.file("RecursiveFFT.swift")) }
}
