import Curves
import Fields
import GMP
import HiddenTestSupport
import Limbs

/// Chapter 8's oracle and test inputs: sums of scalar products by `Curves`' own scalar multiplication and point
/// addition (not an MSM), and digit expansions evaluated with GMP.
public enum MSMOracle {
    /// One MSM input. `name` says what is special about it, for the failure message.
    public struct Case: Sendable {
        public let name: String
        public let points: [G1Projective]
        public let scalars: [Fr]
    }

    /// Σ scalars[i] · points[i] with `Curves`' scalar multiplication, one product at a time.
    public static func sum(points: [G1Projective], scalars: [Fr]) -> G1Affine {
        G1Affine(zip(points, scalars).reduce(G1Projective.identity) { $0 + $1.0 * $1.1 })
    }

    /// A random point of G1: a random multiple of the generator.
    static func randomPoint(using generator: inout SeededGenerator) -> G1Projective {
        G1Projective.generator * Fr.random(using: &generator)
    }

    /// The MSM inputs every MSM exercise is checked on: random inputs of 0, 1, 2, 3, 64 and 1024
    /// points, then the edge cases of bucketing: zero scalars, the point at infinity, a point repeated with equal
    /// scalars (a bucket adds a point to itself), P and −P with equal scalars (a bucket cancels to infinity),
    /// scalars 1 and r − 1 (whose top window carries).
    public static func cases() -> [Case] {
        var generator = TestSeed.generator(for: "Chapter08.cases")
        var cases: [Case] = []
        for count in [0, 1, 2, 3, 64, 1024] {
            cases.append(
                Case(
                    name: "\(count) random points and scalars",
                    points: (0..<count).map { _ in randomPoint(using: &generator) },
                    scalars: (0..<count).map { _ in Fr.random(using: &generator) }))
        }
        let p = randomPoint(using: &generator)
        let q = randomPoint(using: &generator)
        let k = Fr.random(using: &generator)
        let minusOne = -Fr.one
        let others = (0..<61).map { _ in randomPoint(using: &generator) }
        let otherScalars = (0..<61).map { _ in Fr.random(using: &generator) }
        cases += [
            Case(name: "zero scalars", points: [p, q, p], scalars: [.zero, .zero, .zero]),
            Case(name: "the point at infinity", points: [.identity, p, .identity], scalars: [k, k, .one]),
            Case(name: "scalars 1 and r − 1", points: [p, q, p], scalars: [.one, minusOne, minusOne]),
            Case(name: "P repeated with equal scalars", points: [p, p, p, p, q], scalars: [k, k, k, k, .one]),
            Case(name: "P and −P with equal scalars", points: [p, -p], scalars: [k, k]),
            Case(
                name: "P, −P and others", points: [p, q, -p, p, -q] + others,
                scalars: [k, Fr(5), k, Fr(3), Fr(5)] + otherScalars),
        ]
        return cases
    }

    /// "name: n points" with the first few scalars, enough to find the case again.
    public static func describe(_ item: Case) -> String {
        let shown = item.scalars.prefix(3).map { "\($0)" }.joined(separator: ", ")
        return "\(item.name): \(item.points.count) points, scalars [\(shown)\(item.scalars.count > 3 ? ", …" : "")]"
    }

    public static func describe(_ point: G1Affine) -> String { point.description }

    /// Σ digits[j] · 2^(j·c) over the integers, by GMP.
    static func value(ofDigits digits: [Int], windowBits c: Int) -> GMPInteger {
        var value = GMPInteger(0)
        for digit in digits.reversed() {
            value = value << c
            value = digit >= 0 ? value + GMPInteger(UInt64(digit)) : value - GMPInteger(UInt64(-digit))
        }
        return value
    }

    static func gmp(_ scalar: Fr) -> GMPInteger { GMPInteger(limbs: scalar.canonical.limbs) }
}
