import Chapter03Exercises
import Chapter03Suites
import Testing

/// `fp6-arithmetic`: the Karatsuba product in Fp2[v]/(v³ − ξ) and the inverse.
@Suite struct Fp6ArithmeticTests {
    static let file = "\(exerciseFolder)/Fp6Arithmetic.swift"

    @Test func product() { TowerChecks.fp6Product(Fp6.self, file: Self.file) }
    @Test func inverse() { TowerChecks.fp6Inverse(Fp6.self, file: Self.file) }
}
