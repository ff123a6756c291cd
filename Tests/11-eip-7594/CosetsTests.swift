import Testing

/// `eip7594-cosets`: every cell's shift and coset against the bit-reversed roots of unity
/// (`Tests/Suites/11-eip-7594`).
@Suite struct CosetsTests {
    @Test func cosets() { Learner.pieces.cosets(file: Learner.file("Cosets.swift")) }
}
