import Testing

/// `eip4844-evaluate`: small domains against Lagrange interpolation, the 4096-point domain against the values of
/// the `compute_kzg_proof` vectors. The checks are shared with the reference's tests: `Tests/Suites/10-eip-4844`.
@Suite struct EvaluationTests {
    @Test func barycentric() { Learner.checks.evaluation(file: Learner.file("Evaluation.swift")) }
}
