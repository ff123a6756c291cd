import Testing

/// `eip7594-recover`: the vanishing polynomial multiplied out, every consensus-spec vector of
/// `recover_cells_and_kzg_proofs`, and recovery from subsets of a vector's cells (`Tests/Suites/11-eip-7594`).
@Suite struct RecoveryTests {
    @Test func vanishing() { Learner.pieces.vanishing(file: Learner.file("Recovery.swift")) }

    @Test func consensusVectors() {
        Learner.checks.vectors(
            ["recover_cells_and_kzg_proofs"], name: "recoverCellsAndKZGProofs(cellIndices:cells:setup:)",
            file: Learner.file("Recovery.swift"))
    }

    @Test func recoveryFromSubsets() { Learner.checks.recoveryFromSubsets(file: Learner.file("Recovery.swift")) }
}
