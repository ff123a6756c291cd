import Testing

/// `g2-decompress`: valid encodings, each flag wrong, wrong lengths, halves of x at or above p, x off the twist,
/// points outside G2. The checks are shared with the reference's tests: `Tests/Suites/05-g2`.
@Suite struct DecompressionTests {
    @Test func everyCase() { Learner.checks.decompress(file: Learner.file("Decompression.swift")) }
}
