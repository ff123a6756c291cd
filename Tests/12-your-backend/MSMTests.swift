import Testing

/// `backend-msm`: the backend's MSM against one scalar multiplication per point (shared with the reference's
/// tests: `Tests/Suites/12-your-backend`).
@Suite struct MSMTests {
    @Test func againstOneProductAtATime() { Learner.checks.msm(file: Learner.file("MSM.swift")) }
}
