import Testing

/// `fft-roots-of-unity`: the root of every order 2^k, k = 0 … 32, against GMP's 7^((r − 1)/2^k).
/// The checks are shared with the reference's tests: `Tests/Suites/07-fft`.
@Suite struct RootsOfUnityTests {
    @Test func everyOrder() { Learner.checks.rootsOfUnity(file: Learner.file("RootsOfUnity.swift")) }
}
