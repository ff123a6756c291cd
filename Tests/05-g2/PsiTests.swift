import Testing

/// `g2-psi`: the derived constants and ψ against untwist, Frobenius and twist computed in Fp12, on points inside
/// and outside G2 with random Z. The checks are shared with the reference's tests: `Tests/Suites/05-g2`.
@Suite struct PsiTests {
    @Test func coefficients() { Learner.checks.psiCoefficients(file: Learner.file("Psi.swift")) }
    @Test func psi() { Learner.checks.psi(file: Learner.file("Psi.swift")) }
}
