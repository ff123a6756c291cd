import Fields
import GMP
import Limbs

/// Fp and Fr multiplication, squaring and inversion beside GMP's mpz_mul + mpz_mod and mpz_invert on the same
/// values. Each operation feeds the next (x ← x·y), so the figures are latencies, as a field inside a curve
/// formula sees them.
func runFieldBenchmarks() {
    var rows: [[String]] = []
    rows += fieldRows(Fp.self, name: "Fp")
    rows += fieldRows(Fr.self, name: "Fr")
    printTable("Prime fields (release build, one core)", header: ["operation", "reference", "GMP", "GMP/reference"],
               rows: rows)
}

private func fieldRows<F: PrimeField>(_: F.Type, name: String) -> [[String]] {
    var generator = SystemRandomNumberGenerator()
    let x0 = F.random(using: &generator), y = F.random(using: &generator)
    let modulus = GMPInteger(limbs: F.modulus.limbs)
    let gx0 = GMPInteger(limbs: x0.canonical.limbs), gy = GMPInteger(limbs: y.canonical.limbs)
    let n = 1_000_000

    let mul = nanosecondsPerOperation(operations: n) {
        var x = x0
        for _ in 0..<n { x = x * y }
        blackHole(x)
    }
    let square = nanosecondsPerOperation(operations: n) {
        var x = x0
        for _ in 0..<n { x = x.squared() }
        blackHole(x)
    }
    let inversions = 2_000
    let inverse = nanosecondsPerOperation(operations: inversions) {
        var x = x0
        for _ in 0..<inversions { x = (x.inverse() ?? .one) + y }
        blackHole(x)
    }
    let gmpOperations = 200_000
    let gmpMul = nanosecondsPerOperation(operations: gmpOperations) {
        var x = gx0
        for _ in 0..<gmpOperations { x = (x * gy) % modulus }
        blackHole(x)
    }
    let gmpSquare = nanosecondsPerOperation(operations: gmpOperations) {
        var x = gx0
        for _ in 0..<gmpOperations { x = (x * x) % modulus }
        blackHole(x)
    }
    let gmpInverse = nanosecondsPerOperation(operations: inversions) {
        var x = gx0
        for _ in 0..<inversions { x = (x.inverse(modulo: modulus) ?? GMPInteger(1)) + gy }
        blackHole(x)
    }
    func row(_ operation: String, _ ours: Double, _ theirs: Double) -> [String] {
        ["\(name) \(operation)", format(nanoseconds: ours), format(nanoseconds: theirs), String(format: "%.1fx", theirs / ours)]
    }
    return [row("mul", mul, gmpMul), row("square", square, gmpSquare), row("inverse", inverse, gmpInverse)]
}
