import Chapter03Exercises
import Chapter03Suites
import Testing

/// `fp2-inverse`: the conjugate, the norm and the inverse through the norm, against GMP; zero has no inverse.
@Suite struct Fp2InverseTests {
    static let file = "\(exerciseFolder)/Fp2Inverse.swift"

    @Test func conjugate() { Fp2Checks.conjugate(Fp2.self, file: Self.file) }
    @Test func norm() { Fp2Checks.norm(Fp2.self, file: Self.file) }
    @Test func inverse() { Fp2Checks.inverse(Fp2.self, file: Self.file) }
}
