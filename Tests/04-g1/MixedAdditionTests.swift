import Chapter04Suites
import Testing

/// `g1-mixed-add`: Jacobian plus affine against GMP, with Z ≠ 1 on the Jacobian side and every exceptional case.
@Suite struct MixedAdditionTests {
    static let file = "\(exerciseFolder)/MixedAddition.swift"

    @Test func mixedAddition() { GroupLawChecks.mixedAddition(LearnerG1(), file: Self.file) }
}
