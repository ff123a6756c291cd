import Chapter03Suites
import Testing

@testable import ExtensionFields

// The reference's tower in the terms of chapter 3's shared checks: the same checks the learner's code meets,
// against the same GMP oracle.
extension Fp2: QuadraticExtensionField {}
extension Fp6: CubicExtensionField {}
extension Fp12: DodecicExtensionField {
    public static func frobeniusCoefficients() -> [Fp2] {
        [FrobeniusCoefficients.vToP, FrobeniusCoefficients.vSquaredToP, FrobeniusCoefficients.wToP]
    }
}

/// Chapter 3's hidden checks (Tests/Suites/03-extension-fields), run on `ExtensionFields`.
@Suite struct ExtensionFieldSuitesTests {
    static let folder = "Sources/Reference/ExtensionFields"

    @Test func fp2Product() { Fp2Checks.product(Fp2.self, file: "\(Self.folder)/Fp2+Multiplication.swift") }
    @Test func fp2Square() { Fp2Checks.square(Fp2.self, file: "\(Self.folder)/Fp2+Multiplication.swift") }
    @Test func fp2Conjugate() { Fp2Checks.conjugate(Fp2.self, file: "\(Self.folder)/Fp2.swift") }
    @Test func fp2Norm() { Fp2Checks.norm(Fp2.self, file: "\(Self.folder)/Fp2.swift") }
    @Test func fp2Inverse() { Fp2Checks.inverse(Fp2.self, file: "\(Self.folder)/Fp2.swift") }
    @Test func fp2SquareRoot() { Fp2Checks.squareRoot(Fp2.self, file: "\(Self.folder)/Fp2+SquareRoot.swift") }
    @Test func fp6Product() { TowerChecks.fp6Product(Fp6.self, file: "\(Self.folder)/Fp6.swift") }
    @Test func fp6Inverse() { TowerChecks.fp6Inverse(Fp6.self, file: "\(Self.folder)/Fp6.swift") }
    @Test func fp12Product() { TowerChecks.fp12Product(Fp12.self, file: "\(Self.folder)/Fp12.swift") }
    @Test func fp12Inverse() { TowerChecks.fp12Inverse(Fp12.self, file: "\(Self.folder)/Fp12.swift") }
    @Test func frobeniusCoefficients() {
        FrobeniusChecks.coefficients(Fp12.self, file: "\(Self.folder)/FrobeniusCoefficients.swift")
    }
    @Test func fp6Frobenius() { FrobeniusChecks.fp6(Fp6.self, file: "\(Self.folder)/Fp6.swift") }
    @Test func fp12Frobenius() { FrobeniusChecks.fp12(Fp12.self, file: "\(Self.folder)/Fp12.swift") }
}
