import Chapter02Exercises
import Fields
import Limbs
import SeededRandom

/// Chapter 2: the learner's `Fr` against the reference's. Both keep elements in Montgomery form with R = 2^256, so
/// an input is handed to the learner's type as the reference's Montgomery limbs, without running learner code.
/// Exponentiation by square-and-multiply should grow linearly in the exponent's bit length; inversion is one
/// exponentiation by r − 2 in the chapter, Bernstein–Yang divsteps in the reference.
func chapter02Benchmarks() -> [ExerciseBenchmarks] {
    [
        ExerciseBenchmarks(
            exercise: "fr-pow-inverse",
            cases: [
                BenchmarkCase(
                    name: "Fr exponentiation", sizes: [32, 64, 128, 256], sizeUnit: "bits of the exponent",
                    growth: .linear
                ) { bits in
                    var generator = SeededGenerator(seed: 2)
                    let base = Fields.Fr.random(using: &generator)
                    let exponent = randomInteger(bits: bits, using: &generator)
                    let yourBase = yours(base)
                    let expected = yours(base.pow(exponent))
                    return Contenders(
                        yours: { check in
                            let power = yourBase.pow(exponent)
                            keepAlive(power)
                            keepAlive(power)
                            return !check || power == expected
                        },
                        reference: { keepAlive(base.pow(exponent)) })
                },
                BenchmarkCase(name: "Fr inversion", sizes: [1], sizeUnit: nil, growth: nil) { _ in
                    var generator = SeededGenerator(seed: 22)
                    let element = Fields.Fr.random(using: &generator)
                    let yourElement = yours(element)
                    let expected = element.inverse().map(yours)
                    return Contenders(
                        yours: { check in
                            let inverse = yourElement.inverse()
                            keepAlive(inverse)
                            return !check || inverse == expected
                        },
                        reference: { keepAlive(element.inverse()) })
                },
            ])
    ]
}

/// The learner's element with the same Montgomery limbs as the reference's `element`.
private func yours(_ element: Fields.Fr) -> Chapter02Exercises.Fr {
    Chapter02Exercises.Fr(montgomery: UInt256(storage: element.montgomery))
}
