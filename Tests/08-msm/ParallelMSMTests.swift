import Testing

/// `msm-parallel`: the chunked MSM against `Curves`' scalar multiplication, with chunk counts that do not divide
/// the points and exceed them.
/// The checks are shared with the reference's tests: `Tests/Suites/08-msm`.
@Suite struct ParallelMSMTests {
    @Test func everyChunkCounted() { Learner.checks.parallelMSM(file: Learner.file("ParallelMSM.swift")) }
}
