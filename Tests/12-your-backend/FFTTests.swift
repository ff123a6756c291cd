import Testing

/// `backend-fft`: the backend's FFT and inverse against Horner's rule (shared with the reference's tests:
/// `Tests/Suites/12-your-backend`).
@Suite struct FFTTests {
    @Test func againstHorner() { Learner.checks.fft(file: Learner.file("FFT.swift")) }
}
