import Testing

/// `msm-batch-affine`: bucket sums against `Curves`' point addition, with P + P, P + (−P) and empty buckets.
/// The checks are shared with the reference's tests: `Tests/Suites/08-msm`.
@Suite struct BatchAffineTests {
    @Test func againstPointAddition() { Learner.checks.bucketSums(file: Learner.file("BatchAffine.swift")) }
}
