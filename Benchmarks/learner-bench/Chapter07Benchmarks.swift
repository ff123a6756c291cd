import Chapter07Exercises
import Fields
import Polynomials
import SeededRandom

/// Chapter 7: the recursive and the iterative FFT against the reference's `EvaluationDomain.fft`, at 2^8 … 2^12
/// points; both should grow like n log n (a naive evaluation at every root grows like n²).
func chapter07Benchmarks() -> [ExerciseBenchmarks] {
    [
        fftBenchmarks(exercise: "fft-recursive", name: "recursive FFT") { coefficients in
            Chapter07Exercises.recursiveFFT(coefficients)
        },
        fftBenchmarks(exercise: "fft-iterative", name: "FFT") { coefficients in
            var values = coefficients
            Chapter07Exercises.fft(&values)
            return values
        },
    ]
}

private func fftBenchmarks(
    exercise: String, name: String, _ transform: @escaping @Sendable ([Fr]) -> [Fr]
) -> ExerciseBenchmarks {
    ExerciseBenchmarks(
        exercise: exercise,
        cases: [
            BenchmarkCase(
                name: name, sizes: (8...12).map { 1 << $0 }, sizeUnit: "points", growth: .nLogN,
                prepare: { size in
                    var generator = SeededGenerator(seed: 7)
                    let coefficients = (0..<size).map { _ in Fr.random(using: &generator) }
                    let domain = try! EvaluationDomain(size: size)  // a power of two up to 2^32
                    let expected = {
                        var values = coefficients
                        try! domain.fft(&values)
                        return values
                    }()
                    return Contenders(
                        yours: { check in
                            let values = transform(coefficients)
                            keepAlive(values)
                            return !check || values == expected
                        },
                        reference: {
                            var values = coefficients
                            try! domain.fft(&values)
                            keepAlive(values)
                        })
                })
        ])
}
