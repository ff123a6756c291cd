import Chapter08Suites
import Curves
import Fields
import Testing

@testable import MSM

/// The reference's `MSM` through chapter 8's protocol: the same hidden checks as the learner's exercises
/// (`Tests/Suites/08-msm`), so the reference meets the bar it sets. The reference has one MSM, Pippenger's with
/// its own window and one thread per window, which stands for the chapter's naive, windowed and chunked ones;
/// its digits, batch inversion and batch-affine buckets are the pieces it is built from.
struct ReferenceMSM: MSMImplementation {
    func msm(_ points: [G1Projective], _ scalars: [Fr]) -> G1Projective {
        try! multiScalarMultiplication(points: points.map(G1Affine.init), scalars: scalars)  // equal lengths
    }

    func naiveMSM(points: [G1Projective], scalars: [Fr]) -> G1Projective { msm(points, scalars) }
    func signedDigits(of scalar: Fr, windowBits: Int) -> [Int] {
        MSM.signedDigits([scalar], windowBits: windowBits, windowCount: (256 + windowBits - 1) / windowBits)
            .map(Int.init)
    }
    func pippenger(points: [G1Projective], scalars: [Fr], windowBits: Int) -> G1Projective { msm(points, scalars) }
    func batchInverse(_ values: [Fp]) -> [Fp] {
        var inverses = values
        Fp.batchInverse(&inverses)
        return inverses
    }
    func bucketSums(_ buckets: [[G1Affine]]) -> [G1Affine] {
        var lists = BucketLists(bucketCount: buckets.count)
        for (bucket, points) in buckets.enumerated() {
            for _ in points { lists.count(bucket: bucket) }
        }
        lists.allocate()
        for (bucket, points) in buckets.enumerated() {
            for point in points { lists.append(bucket: bucket, x: point.x, y: point.y) }
        }
        lists.sumEachBucket()
        return buckets.indices.map { lists.single(bucket: $0).map { G1Affine(unchecked: $0.0, $0.1) } ?? .identity }
    }
    func parallelMSM(points: [G1Projective], scalars: [Fr], windowBits: Int, chunkCount: Int) -> G1Projective {
        msm(points, scalars)
    }
}

@Suite("MSM against chapter 8's shared checks")
struct MSMSuiteTests {
    static let checks = MSMChecks(ReferenceMSM())
    static let file = "Sources/Reference/MSM"

    @Test func sums() {
        Self.checks.naiveMSM(file: Self.file)
        Self.checks.pippenger(file: Self.file)
        Self.checks.parallelMSM(file: Self.file)
    }

    @Test func signedDigits() { Self.checks.signedDigits(file: Self.file) }

    @Test func batchInverse() { Self.checks.batchInverse(file: Self.file) }

    @Test func bucketSums() { Self.checks.bucketSums(file: Self.file) }
}
