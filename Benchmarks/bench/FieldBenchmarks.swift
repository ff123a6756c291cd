import CGMP
import Fields
import GMP
import Limbs
import SeededRandom

/// Fp and Fr multiplication, squaring and inversion beside GMP's mpz_mul + mpz_mod and mpz_invert on the same
/// values. Each operation feeds the next (x ← x·y), so the figures are latencies, as a field inside a curve
/// formula sees them. GMP works in place on preallocated mpz_t, so it pays for no allocation either.
func runFieldBenchmarks() {
    var rows: [[String]] = []
    rows += fieldRows(Fp.self, name: "Fp")
    rows += fieldRows(Fr.self, name: "Fr")
    let blst = blstFigures("fields")
    rows = rows.map { row in
        let theirs = blst[row[0]]
        let ours = row[1]
        return row + [
            theirs.map { formatDuration(nanoseconds: $0) } ?? "-",
            theirs.map { String(format: "%.2fx", $0 / parseDuration(ours)) } ?? "-",
        ]
    }
    printTable(
        "Prime fields (release build, one core)",
        header: ["operation", "reference", "GMP", "GMP/reference", "blst", "blst/reference"], rows: rows)
}

private func fieldRows<F: PrimeField>(_: F.Type, name: String) -> [[String]] {
    var generator = SeededGenerator(seed: 381)  // the same operands on every run
    let x0 = F.random(using: &generator)
    let y = F.random(using: &generator)
    let modulus = GMPInteger(limbs: F.modulus.limbs)
    let gx0 = GMPInteger(limbs: x0.canonical.limbs)
    let gy = GMPInteger(limbs: y.canonical.limbs)
    let n = 1_000_000

    let mul = cpuNanosecondsPerOperation(operations: n) {
        var x = x0
        for _ in 0..<n { x = x * y }
        keepAlive(x)
    }
    let square = cpuNanosecondsPerOperation(operations: n) {
        var x = x0
        for _ in 0..<n { x = x.squared() }
        keepAlive(x)
    }
    let inversions = 2_000
    let inverse = cpuNanosecondsPerOperation(operations: inversions) {
        var x = x0
        for _ in 0..<inversions { x = (x.inverse() ?? .one) + y }
        keepAlive(x)
    }
    let gmpOperations = 200_000
    var product = __mpz_struct()
    var x = __mpz_struct()
    __gmpz_init(&product)
    __gmpz_init(&x)
    defer {
        __gmpz_clear(&product)
        __gmpz_clear(&x)
    }
    let gmpMul = cpuNanosecondsPerOperation(operations: gmpOperations) {
        __gmpz_set(&x, &gx0.value)
        for _ in 0..<gmpOperations {
            __gmpz_mul(&product, &x, &gy.value)
            __gmpz_mod(&x, &product, &modulus.value)
        }
        keepAlive(__gmpz_get_ui(&x))
    }
    let gmpSquare = cpuNanosecondsPerOperation(operations: gmpOperations) {
        __gmpz_set(&x, &gx0.value)
        for _ in 0..<gmpOperations {
            __gmpz_mul(&product, &x, &x)
            __gmpz_mod(&x, &product, &modulus.value)
        }
        keepAlive(__gmpz_get_ui(&x))
    }
    let gmpInverse = cpuNanosecondsPerOperation(operations: inversions) {
        __gmpz_set(&x, &gx0.value)
        for _ in 0..<inversions {
            _ = __gmpz_invert(&product, &x, &modulus.value)
            __gmpz_add(&x, &product, &gy.value)
        }
        keepAlive(__gmpz_get_ui(&x))
    }
    func row(_ operation: String, _ ours: Double, _ theirs: Double) -> [String] {
        [
            "\(name) \(operation)", formatDuration(nanoseconds: ours), formatDuration(nanoseconds: theirs),
            String(format: "%.1fx", theirs / ours),
        ]
    }
    return [row("mul", mul, gmpMul), row("square", square, gmpSquare), row("inverse", inverse, gmpInverse)]
}
