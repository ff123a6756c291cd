import Curves
import ExerciseSupport
import Fields

/// The sum of each bucket, in affine coordinates, by rounds of pairwise affine additions that share one field
/// inversion per round (through `batchInverse`).
///
/// Each round pairs the points of every bucket, (P_0, P_1), (P_2, P_3), …, computes the slope denominators of all
/// pairs of all buckets, inverts them together, and replaces each pair by its sum (an odd point out waits for the
/// next round). Rounds go on until every bucket holds at most one point; an empty bucket sums to
/// `G1Affine.identity`.
///
/// - Precondition: no bucket holds `G1Affine.identity` (an MSM skips the point at infinity before bucketing).
public func bucketSums(_ buckets: [[G1Affine]]) -> [G1Affine] {
    unimplemented()
}
