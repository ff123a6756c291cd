import Testing

/// `msm-signed-digits`: count, range and value (by GMP) of the digits, for every window of 1 to 20 bits.
/// The checks are shared with the reference's tests: `Tests/Suites/08-msm`.
@Suite struct SignedDigitsTests {
    @Test func countRangeAndValue() { Learner.checks.signedDigits(file: Learner.file("SignedDigits.swift")) }
}
