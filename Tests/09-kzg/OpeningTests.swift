import Testing

/// `kzg-open`: the value against interpolation and the proof against [(p(τ) − y) / (τ − z)]G1, inside and
/// outside the domain.
/// The checks are shared with the reference's tests: `Tests/Suites/09-kzg`.
@Suite struct OpeningTests {
    @Test func againstKnownSecret() { Learner.checks.open(file: Learner.file("Opening.swift")) }
}
