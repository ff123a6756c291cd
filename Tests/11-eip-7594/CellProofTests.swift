import Testing

/// `eip7594-cell-proof`: one cell's proof against [q(s)]G1 on an insecure setup and against the proofs of a
/// consensus-spec vector (`Tests/Suites/11-eip-7594`).
@Suite struct CellProofTests {
    @Test func cellProof() { Learner.pieces.cellProof(file: Learner.file("CellProof.swift")) }
}
