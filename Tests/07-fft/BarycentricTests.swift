import Testing

/// `fft-barycentric`: p(z) against Horner's rule at 0, at random points and at domain points, for every
/// size 2^k up to 4096.
/// The checks are shared with the reference's tests: `Tests/Suites/07-fft`.
@Suite struct BarycentricTests {
    @Test func insideAndOutsideTheDomain() { Learner.checks.barycentric(file: Learner.file("Barycentric.swift")) }
}
