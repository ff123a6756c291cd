import Chapter04Exercises
import Curves
import Fields
import Limbs
import SeededRandom

/// Chapter 4: the learner's scalar multiplications against the reference's (width-w NAF), on the generator times a
/// random scalar of 32 … 256 bits. Both should grow linearly in the scalar's bit length: one doubling per bit.
func chapter04Benchmarks() -> [ExerciseBenchmarks] {
    [
        scalarMultiplicationBenchmarks(exercise: "g1-double-and-add", name: "double-and-add") { point, scalar in
            point.multiplied(by: scalar)
        },
        scalarMultiplicationBenchmarks(exercise: "g1-windowed", name: "windowed multiplication (4-bit windows)") {
            point, scalar in point.multipliedWindowed(by: scalar, windowBits: 4)
        },
    ]
}

private func scalarMultiplicationBenchmarks(
    exercise: String, name: String,
    _ multiply: @escaping @Sendable (Chapter04Exercises.G1Projective, UInt256) -> Chapter04Exercises.G1Projective
) -> ExerciseBenchmarks {
    ExerciseBenchmarks(
        exercise: exercise,
        cases: [
            BenchmarkCase(
                name: name, sizes: [32, 64, 128, 256], sizeUnit: "bits of the scalar", growth: .linear
            ) { bits in
                var generator = SeededGenerator(seed: 4)
                // Any point of G1 will do; the generator times a random scalar is one the learner's code has not
                // special-cased.
                let point = Curves.G1Projective(Curves.G1Affine.generator) * Fields.Fr.random(using: &generator)
                let scalar = randomInteger(bits: bits, using: &generator)
                let yourPoint = yours(point)
                let expected = yours(point.multiplied(by: scalar))
                return Contenders(
                    yours: { check in
                        let product = multiply(yourPoint, scalar)
                        keepAlive(product)
                        return !check || product == expected
                    },
                    reference: { keepAlive(point.multiplied(by: scalar)) })
            }
        ])
}

/// The same point as the learner's type: both are Jacobian triples over the reference's Fp.
private func yours(_ point: Curves.G1Projective) -> Chapter04Exercises.G1Projective {
    Chapter04Exercises.G1Projective(x: point.x, y: point.y, z: point.z)
}
