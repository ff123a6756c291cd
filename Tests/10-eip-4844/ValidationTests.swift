import Testing

/// `eip4844-validate`: field elements, blobs and G1 points on both sides of every check, with the error each
/// rejection must name. The checks are shared with the reference's tests: `Tests/Suites/10-eip-4844`.
@Suite struct ValidationTests {
    @Test func edges() { Learner.checks.validation(file: Learner.file("Validation.swift")) }
}
