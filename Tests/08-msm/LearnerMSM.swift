import Chapter08Exercises
import Chapter08Suites
import Curves
import Fields

/// The learner's chapter 8 functions, seen through the protocol the shared checks are written against. The MSMs
/// run on `G1Projective`, which the chapter's `Group.swift` makes an `MSMGroup`.
struct LearnerMSM: MSMImplementation {
    func naiveMSM(points: [G1Projective], scalars: [Fr]) -> G1Projective {
        Chapter08Exercises.naiveMSM(points: points, scalars: scalars)
    }
    func signedDigits(of scalar: Fr, windowBits: Int) -> [Int] {
        Chapter08Exercises.signedDigits(of: scalar, windowBits: windowBits)
    }
    func pippenger(points: [G1Projective], scalars: [Fr], windowBits: Int) -> G1Projective {
        Chapter08Exercises.pippenger(points: points, scalars: scalars, windowBits: windowBits)
    }
    func batchInverse(_ values: [Fp]) -> [Fp] { Chapter08Exercises.batchInverse(values) }
    func bucketSums(_ buckets: [[G1Affine]]) -> [G1Affine] { Chapter08Exercises.bucketSums(buckets) }
    func parallelMSM(points: [G1Projective], scalars: [Fr], windowBits: Int, chunkCount: Int) -> G1Projective {
        Chapter08Exercises.parallelMSM(
            points: points, scalars: scalars, windowBits: windowBits,
            chunkCount: chunkCount)
    }
}

enum Learner {
    static let checks = MSMChecks(LearnerMSM())

    /// An exercise file, as failure messages name it.
    static func file(_ name: String) -> String { "Sources/Exercises/08-msm/\(name)" }
}
