import Testing

/// `msm-naive`: Σ k_i · P_i against `Curves`' scalar multiplication, on 0 to 64 random points and on zero
/// scalars, the point at infinity, repeated and opposite points.
/// The checks are shared with the reference's tests: `Tests/Suites/08-msm`.
@Suite struct NaiveMSMTests {
    @Test func againstScalarMultiplication() { Learner.checks.naiveMSM(file: Learner.file("NaiveMSM.swift")) }
}
