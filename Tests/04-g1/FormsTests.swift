import Chapter04Suites
import Testing

/// `g1-forms`: the curve equation in affine and Jacobian coordinates and the conversions between them, against GMP.
@Suite struct FormsTests {
    static let file = "\(exerciseFolder)/Forms.swift"

    @Test func affineOnCurve() { GroupLawChecks.affineOnCurve(LearnerG1(), file: Self.file) }
    @Test func jacobianOnCurve() { GroupLawChecks.jacobianOnCurve(LearnerG1(), file: Self.file) }
    @Test func conversions() { GroupLawChecks.conversions(LearnerG1(), file: Self.file) }
}
