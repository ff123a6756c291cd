import Curves
import Fields
import HiddenTestSupport
import Testing

@testable import MSM

/// Σ k_i · P_i one scalar multiplication at a time: the oracle for Pippenger.
private func naiveSum(_ points: [G1Affine], _ scalars: [Fr]) -> G1Projective {
    zip(points, scalars).reduce(G1Projective.identity) { $0 + $1.0 * $1.1 }
}

private func randomPoints(_ count: Int, using generator: inout SeededGenerator) -> [G1Affine] {
    (0..<count).map { _ in G1Affine(G1Affine.generator * Fr.random(using: &generator)) }
}

@Suite("MSM")
struct MSMTests {
    @Test("batch-affine buckets: many equal points (doubling) and opposite points (cancelling) in one bucket")
    func batchAffineEdgeCases() throws {
        var generator = TestSeed.generator()
        let p = randomPoints(1, using: &generator)[0]
        let others = randomPoints(212, using: &generator)
        let k = Fr.random(using: &generator)
        let points = [G1Affine](repeating: p, count: 200) + [G1Affine](repeating: -p, count: 100) + others
        let scalars = [Fr](repeating: k, count: 300) + (0..<212).map { _ in Fr.random(using: &generator) }
        #expect(points.count >= batchAffineMinimumPointCount)
        #expect(try multiScalarMultiplication(points: points, scalars: scalars) == naiveSum(points, scalars))
        // Only opposite pairs: every bucket cancels to infinity.
        let cancelling = [G1Affine](repeating: p, count: 150) + [G1Affine](repeating: -p, count: 150)
        #expect(try multiScalarMultiplication(points: cancelling, scalars: [Fr](repeating: k, count: 300)) == .identity)
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
