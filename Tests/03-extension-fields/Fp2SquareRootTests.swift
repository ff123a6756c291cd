import Chapter03Exercises
import Chapter03Suites
import Testing

/// `fp2-square-root`: roots that square to the input, and nil for exactly the non-squares.
@Suite struct Fp2SquareRootTests {
    static let file = "\(exerciseFolder)/Fp2SquareRoot.swift"

    @Test func squareRoot() { Fp2Checks.squareRoot(Fp2.self, file: Self.file) }
}
