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
    unimplemented()
}
