import Curves
import Fields

/// What chapter 8's exercises implement, stated once so that the same hidden checks run on the learner's code
/// (`Chapter08Tests`) and on the reference's `MSM` (`ReferenceTests`).
///
/// The requirements are instance methods on a stateless value, so that checks can hand it to the watched thread
/// that runs learner code. Points are G1 points; every MSM requirement computes Σ scalars[i] · points[i].
public protocol MSMImplementation: Sendable {
    /// One scalar multiplication per point, summed.
    func naiveMSM(points: [G1Projective], scalars: [Fr]) -> G1Projective
    /// The ⌈256/c⌉ signed base-2^c digits of the scalar, each in [−2^(c−1), 2^(c−1)].
    func signedDigits(of scalar: Fr, windowBits: Int) -> [Int]
    /// Pippenger's bucket method with windows of `windowBits` bits.
    func pippenger(points: [G1Projective], scalars: [Fr], windowBits: Int) -> G1Projective
    /// The inverse of every non-zero element; zeros stay zero.
    func batchInverse(_ values: [Fp]) -> [Fp]
    /// The sum of each bucket of affine points (none the identity), the identity for an empty bucket.
    func bucketSums(_ buckets: [[G1Affine]]) -> [G1Affine]
    /// The MSM with the points split into `chunkCount` chunks summed concurrently.
    func parallelMSM(points: [G1Projective], scalars: [Fr], windowBits: Int, chunkCount: Int) -> G1Projective
}
