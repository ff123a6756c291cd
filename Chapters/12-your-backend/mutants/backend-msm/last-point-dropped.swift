// the last point and its scalar are left out of the sum.
import Chapter02Exercises
import Chapter04Exercises
import Chapter08Exercises
import ExerciseSupport
import Fields

/// Chapter 4's points are a group chapter 8's algorithms can run on: the identity, `+`, negation and `doubled()`
/// are all chapter 4's.
extension Chapter04Exercises.G1Projective: MSMGroup {}

/// Your backend's MSM is chapter 8's Pippenger on chapter 4's points.
extension YourBackend {
    /// The window width for n points. Pippenger costs about ⌈256/c⌉ · (n + 2^c) additions, least near
    /// c ≈ log2(n) − log2(log2(n)); a bit either side changes little.
    public static func msmWindowBits(pointCount n: Int) -> Int {
        guard n >= 32 else { return 3 }
        let logN = Int.bitWidth - 1 - n.leadingZeroBitCount
        let logLogN = Int.bitWidth - 1 - logN.leadingZeroBitCount
        return min(16, logN - logLogN + 1)
    }

    /// Σ scalars[i] · bases[i] by chapter 8's `pippenger`, the scalars handed over as the reference's `Fr` that
    /// chapter 8 takes.
    ///
    /// - Precondition: as many scalars as points.
    public static func multiScalarMultiplication(
        _ bases: [Chapter04Exercises.G1Projective], scalars: [Chapter02Exercises.Fr]
    ) -> Chapter04Exercises.G1Projective {
        precondition(bases.count == scalars.count, "as many scalars as points")
        return pippenger(
            points: Array(bases.dropLast()), scalars: scalars.dropLast().map(\.reference),
        windowBits: msmWindowBits(pointCount: bases.count))
    }
}
