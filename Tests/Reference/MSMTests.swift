import Curves
import Fields
import HiddenTestSupport
import MSM
import Testing

/// Σ k_i · P_i one scalar multiplication at a time: the oracle for Pippenger.
private func naiveSum(_ points: [G1Affine], _ scalars: [Fr]) -> G1Projective {
    zip(points, scalars).reduce(G1Projective.identity) { $0 + $1.0 * $1.1 }
}

private func randomPoints(_ count: Int, using generator: inout SeededGenerator) -> [G1Affine] {
    (0..<count).map { _ in G1Affine(G1Affine.generator * Fr.random(using: &generator)) }
}

@Suite("MSM")
struct MSMTests {
    @Test("Pippenger equals the naive sum for random inputs", arguments: [1, 2, 3, 17, 300])
    func randomInputs(count: Int) throws {
        var generator = TestSeed.generator(for: "msm-\(count)")
        let points = randomPoints(count, using: &generator)
        let scalars = (0..<count).map { _ in Fr.random(using: &generator) }
        #expect(try multiScalarMultiplication(points: points, scalars: scalars) == naiveSum(points, scalars))
    }

    @Test("edge cases: zero, one and r - 1 scalars, infinity, repeated and opposite points")
    func edgeCases() throws {
        var generator = TestSeed.generator()
        let p = randomPoints(1, using: &generator)[0]
        let q = randomPoints(1, using: &generator)[0]
        let minusOne = -Fr.one
        // The same point many times with the same scalar makes buckets add a point to itself (the doubling
        // branch); P and -P with equal scalars cancel in a bucket (the infinity branch).
        let points = [p, p, p, -p, q, .identity, q, p]
        let scalars = [Fr(5), Fr(5), .one, Fr(5), .zero, Fr(9), minusOne, minusOne]
        #expect(try multiScalarMultiplication(points: points, scalars: scalars) == naiveSum(points, scalars))
        #expect(try multiScalarMultiplication(points: [p, -p], scalars: [Fr(3), Fr(3)]) == .identity)
        #expect(try multiScalarMultiplication(points: [], scalars: []) == .identity)
        #expect(try multiScalarMultiplication(points: [p], scalars: [minusOne]) == G1Projective(-p))
    }

    @Test("a full 4096-point MSM equals the naive sum")
    func fullSize() throws {
        var generator = TestSeed.generator()
        let base = randomPoints(64, using: &generator)
        let points = (0..<4096).map { base[$0 % 64] }
        let scalars = (0..<4096).map { _ in Fr.random(using: &generator) }
        // Grouping by point keeps the oracle cheap: Σ_j (Σ_{i ≡ j} k_i) · P_j.
        var grouped = [Fr](repeating: .zero, count: 64)
        for index in 0..<4096 { grouped[index % 64] += scalars[index] }
        #expect(try multiScalarMultiplication(points: points, scalars: scalars) == naiveSum(base, grouped))
    }

    @Test("mismatched lengths are a typed error")
    func lengthMismatch() {
        #expect(throws: MSMError.lengthMismatch(points: 1, scalars: 2)) {
            try multiScalarMultiplication(points: [G1Affine.generator], scalars: [.one, .one])
        }
    }
}
