import Testing

/// `fft-coset`: both directions on the cosets of 7, of a random offset and of 1, against Horner's rule at
/// offset·ω^i, for every size 2^k up to 1024.
/// The checks are shared with the reference's tests: `Tests/Suites/07-fft`.
@Suite struct CosetFFTTests {
    @Test func bothDirections() { Learner.checks.cosetFFT(file: Learner.file("CosetFFT.swift")) }
}
