import Chapter08Exercises
import Curves
import Fields
import Foundation
import MSM
import SeededRandom

/// Chapter 8: the learner's MSMs against the reference's `multiScalarMultiplication` (Pippenger on every core), on
/// the same random points and scalars. Naive MSM should grow like n; Pippenger's bucket method, with the window the
/// reference would pick for n points, like n / log n.
func chapter08Benchmarks() -> [ExerciseBenchmarks] {
    [
        msmBenchmarks(exercise: "msm-naive", name: "naive MSM", sizes: (6...10).map { 1 << $0 }, growth: .linear) {
            points, scalars in Chapter08Exercises.naiveMSM(points: points, scalars: scalars)
        },
        msmBenchmarks(
            exercise: "msm-pippenger", name: "Pippenger MSM", sizes: (6...12).map { 1 << $0 }, growth: .nOverLogN
        ) {
            points, scalars in
            pippenger(points: points, scalars: scalars, windowBits: windowBits(forPointCount: points.count))
        },
        msmBenchmarks(
            exercise: "msm-parallel", name: "parallel MSM", sizes: (6...12).map { 1 << $0 }, growth: .nOverLogN
        ) {
            points, scalars in
            parallelMSM(
                points: points, scalars: scalars, windowBits: windowBits(forPointCount: points.count),
                chunkCount: ProcessInfo.processInfo.activeProcessorCount)
        },
    ]
}

/// 4096 random points of G1 (multiples of the generator by seeded random scalars), made once.
private let randomPoints: [G1Affine] = {
    var generator = SeededGenerator(seed: 8)
    return (0..<4096).map { _ in G1Affine(G1Projective(G1Affine.generator) * Fr.random(using: &generator)) }
}()

private func msmBenchmarks(
    exercise: String, name: String, sizes: [Int], growth: Growth,
    _ msm: @escaping @Sendable ([G1Projective], [Fr]) -> G1Projective
) -> ExerciseBenchmarks {
    ExerciseBenchmarks(
        exercise: exercise,
        cases: [
            BenchmarkCase(
                name: name, sizes: sizes, sizeUnit: "points", growth: growth, clock: .wall,
                prepare: { size in
                    var generator = SeededGenerator(seed: 88)
                    let points = Array(randomPoints.prefix(size))
                    let projective = points.map(G1Projective.init)
                    let scalars = (0..<size).map { _ in Fr.random(using: &generator) }
                    let expected = try! multiScalarMultiplication(points: points, scalars: scalars)  // equal counts
                    return Contenders(
                        yours: { check in
                            let sum = msm(projective, scalars)
                            keepAlive(sum)
                            return !check || sum == expected
                        },
                        reference: { keepAlive(try! multiScalarMultiplication(points: points, scalars: scalars)) })
                })
        ])
}
