import Chapter03Exercises
import Chapter03Suites
import Testing

/// `fp2-multiply`: Karatsuba's product and the complex squaring, against GMP's schoolbook product mod p.
@Suite struct Fp2MultiplicationTests {
    static let file = "\(exerciseFolder)/Fp2Multiplication.swift"

    @Test func product() { Fp2Checks.product(Fp2.self, file: Self.file) }
    @Test func square() { Fp2Checks.square(Fp2.self, file: Self.file) }
}
