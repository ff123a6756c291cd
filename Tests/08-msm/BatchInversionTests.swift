import Testing

/// `msm-batch-inversion`: every result times its element is 1, zeros stay zero, on lists of 0 to 301 elements.
/// The checks are shared with the reference's tests: `Tests/Suites/08-msm`.
@Suite struct BatchInversionTests {
    @Test func inversesAndZeros() { Learner.checks.batchInverse(file: Learner.file("BatchInversion.swift")) }
}
