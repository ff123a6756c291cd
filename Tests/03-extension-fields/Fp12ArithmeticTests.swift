import Chapter03Exercises
import Chapter03Suites
import Testing

/// `fp12-arithmetic`: the product in Fp6[w]/(w² − v) and the inverse.
@Suite struct Fp12ArithmeticTests {
    static let file = "\(exerciseFolder)/Fp12Arithmetic.swift"

    @Test func product() { TowerChecks.fp12Product(Fp12.self, file: Self.file) }
    @Test func inverse() { TowerChecks.fp12Inverse(Fp12.self, file: Self.file) }
}
