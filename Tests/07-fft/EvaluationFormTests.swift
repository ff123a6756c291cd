import Testing

/// `fft-evaluation-form`: entry i of the evaluation form is the value at ω^reverseBits(i), in both
/// directions, for every size 2^k up to 4096.
/// The checks are shared with the reference's tests: `Tests/Suites/07-fft`.
@Suite struct EvaluationFormTests {
    @Test func bitReversedLayout() { Learner.checks.evaluationForm(file: Learner.file("EvaluationForm.swift")) }
}
