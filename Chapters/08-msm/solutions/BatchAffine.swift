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
    // BEGIN SOLUTION
    var buckets = buckets
    while true {
        // The pairs of this round, as (bucket, index of the pair's first point), and their denominators.
        var pairs: [(bucket: Int, first: Int)] = []
        var denominators: [Fp] = []
        for (bucket, points) in buckets.enumerated() {
            for first in stride(from: 0, to: points.count - 1, by: 2) {
                let (p, q) = (points[first], points[first + 1])
                pairs.append((bucket, first))
                // x2 − x1 for a chord, 2·y1 for a tangent (P + P), zero for P + (−P): G1 has odd order, so no
                // point of it has y = 0, and zero marks exactly the pairs that cancel.
                denominators.append(p.x != q.x ? q.x - p.x : p.y == q.y ? p.y + p.y : .zero)
            }
        }
        if pairs.isEmpty { break }
        let inverses = batchInverse(denominators)
        var next = [[G1Affine]](repeating: [], count: buckets.count)
        for ((bucket, first), inverse) in zip(pairs, inverses) {
            // P + (−P) is the identity, which a bucket need not keep.
            guard !inverse.isZero else { continue }
            let (p, q) = (buckets[bucket][first], buckets[bucket][first + 1])
            // λ = (y2 − y1)/(x2 − x1) for a chord, 3x1²/(2y1) for a tangent (a = 0 on y² = x³ + 4).
            let slope = p.x != q.x ? (q.y - p.y) * inverse : (p.x * p.x + p.x * p.x + p.x * p.x) * inverse
            let x = slope * slope - p.x - q.x
            next[bucket].append(G1Affine(unchecked: x, slope * (p.x - x) - p.y))
        }
        for bucket in buckets.indices where buckets[bucket].count % 2 == 1 {
            next[bucket].append(buckets[bucket].last!)
        }
        buckets = next
    }
    return buckets.map { $0.first ?? .identity }
    // END SOLUTION
}
