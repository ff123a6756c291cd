import Chapter03Exercises
import Chapter03Suites
import Testing

/// `frobenius`: the derived constants against powers of ξ, and both maps against x^p.
@Suite struct FrobeniusTests {
    static let file = "\(exerciseFolder)/Frobenius.swift"

    @Test func coefficients() { FrobeniusChecks.coefficients(Fp12.self, file: Self.file) }
    @Test func fp6() { FrobeniusChecks.fp6(Fp6.self, file: Self.file) }
    @Test func fp12() { FrobeniusChecks.fp12(Fp12.self, file: Self.file) }
}
