import Testing

/// `g2-subgroup`: ψ(P) = [x]P against [r]P = O, on points of G2, of the twist outside it and of small order.
/// The checks are shared with the reference's tests: `Tests/Suites/05-g2`.
@Suite struct SubgroupCheckTests {
    @Test func againstMultiplicationByR() { Learner.checks.subgroupCheck(file: Learner.file("SubgroupCheck.swift")) }
}
