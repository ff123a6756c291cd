import Testing

/// `fft-bit-reversal`: `reverseBits` against a bit-by-bit reversal, and the permutation of 0 … n − 1 for
/// every n = 2^k up to 4096.
/// The checks are shared with the reference's tests: `Tests/Suites/07-fft`.
@Suite struct BitReversalTests {
    @Test func reverseBits() { Learner.checks.reverseBits(file: Learner.file("BitReversal.swift")) }

    @Test func permutation() { Learner.checks.bitReversalPermute(file: Learner.file("BitReversal.swift")) }
}
