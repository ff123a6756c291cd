import Testing

/// `g2-compress`: the sign of an Fp2 element and the 96-byte encoding against GMP's bytes.
/// The checks are shared with the reference's tests: `Tests/Suites/05-g2`.
@Suite struct CompressionTests {
    @Test func sign() { Learner.checks.sign(file: Learner.file("Compression.swift")) }
    @Test func compress() { Learner.checks.compress(file: Learner.file("Compression.swift")) }
}
