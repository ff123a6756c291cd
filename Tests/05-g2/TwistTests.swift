import Testing

/// `g2-twist`: y² = x³ + 4(u + 1) against GMP, on points of the twist and of the curves a wrong constant accepts.
/// The checks are shared with the reference's tests: `Tests/Suites/05-g2`.
@Suite struct TwistTests {
    @Test func twistEquation() { Learner.checks.twistEquation(file: Learner.file("Twist.swift")) }
}
