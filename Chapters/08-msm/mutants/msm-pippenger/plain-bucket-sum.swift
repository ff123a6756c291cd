// the buckets are summed plainly, each once, instead of by the running sum that weighs bucket b by b.
import ExerciseSupport
import Fields

/// Σ scalars[i] · points[i] by Pippenger's bucket method with signed digits of `windowBits` bits.
///
/// For each window, from the top one down: c doublings of the result so far (none before the top window); every
/// point into the bucket of its digit's magnitude, negated for a negative digit; then Σ_b b · B_b by the running
/// sum, 2 additions per bucket, added to the result. Cost: ⌈256/c⌉ · (n + 2^c + 1) additions and fewer than 256
/// doublings. Not constant time: which buckets are touched depends on the scalars.
///
/// - Precondition: `points.count == scalars.count` and 1 ≤ windowBits ≤ 20.
public func pippenger<G: MSMGroup>(points: [G], scalars: [Fr], windowBits c: Int) -> G {
    precondition(points.count == scalars.count, "one scalar per point")
    precondition(1 ... 20 ~= c, "a window of 1 to 20 bits")
    let digits = scalars.map { signedDigits(of: $0, windowBits: c) }
    let windowCount = (256 + c - 1) / c
    var result = G.identity
    for window in (0 ..< windowCount).reversed() {
        if window != windowCount - 1 {
            for _ in 0 ..< c { result = result.doubled() }
        }
        // Bucket b − 1 collects the points whose digit is ±b: 2^(c−1) buckets, digit 0 adds nothing.
        var buckets = [G](repeating: .identity, count: 1 << (c - 1))
        for (point, pointDigits) in zip(points, digits) {
            let digit = pointDigits[window]
            if digit > 0 {
                buckets[digit - 1] = buckets[digit - 1] + point
            } else if digit < 0 {
                buckets[-digit - 1] = buckets[-digit - 1] + (-point)
            }
        }
        // Σ_b b · B_b = Σ_b Σ_(j ≥ b) B_j: `running` is the sum of the buckets from the top down to b, and
        // adding it once per bucket counts bucket b exactly b times.
        var running = G.identity
        var windowSum = G.identity
        for bucket in buckets.reversed() {
            running = running + bucket
            windowSum = running
        }
        result = result + windowSum
    }
    return result
}
