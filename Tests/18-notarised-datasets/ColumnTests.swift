import Testing

/// `column-commitment`: block commitments and row openings on the small setup against [p(τ)]G1 computed from the
/// known τ. The checks are shared with the reference's tests: `Tests/Suites/18-notarised-datasets`.
@Suite struct ColumnTests {
    @Test func commitColumn() { Learner.checks.commitColumn(file: Learner.file("Column.swift")) }
    @Test func openRow() { Learner.checks.openRow(file: Learner.file("Column.swift")) }
}
