import Testing

/// `eip7594-extend`: the extension against Horner's rule at the bit-reversed roots, and every consensus-spec vector
/// of `compute_cells` (`Tests/Suites/11-eip-7594`).
@Suite struct ExtensionTests {
    @Test func extension_() { Learner.pieces.extension_(file: Learner.file("Extension.swift")) }
}
