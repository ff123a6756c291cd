import Testing

/// `eip7594-fk20`: the points H_u on insecure setups, and every consensus-spec vector of
/// `compute_cells_and_kzg_proofs` (`Tests/Suites/11-eip-7594`).
@Suite struct FK20Tests {
    @Test func fk20() { Learner.pieces.fk20(file: Learner.file("FK20.swift")) }
}
