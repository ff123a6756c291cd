import Fields
import GMP
import HiddenTestSupport

/// The independent side of chapter 7's checks: roots of unity from GMP's modular exponentiation, the
/// bit-reversal permutation bit by bit, and polynomials evaluated one point at a time by Horner's rule (the naive
/// O(n²) transform). Nothing here shares code with an FFT.
public enum FFTOracle {
    static let r = GMPInteger(limbs: Fr.modulus.limbs)

    static func fr(_ value: GMPInteger) -> Fr {
        // Every value here is reduced modulo r first, so it is canonical.
        try! Fr(canonical: Fr.Canonical(limbs: value.limbs(count: 4)))
    }

    /// 7^((r − 1)/2^k) mod r, by GMP.
    public static func rootOfUnity(log2Order k: Int) -> Fr {
        fr(GMPInteger.powmod(GMPInteger(7), (r - GMPInteger(1)) >> k, r))
    }

    /// The lowest `width` bits of `index` in reverse order, read off one bit at a time.
    public static func reverseBits(_ index: Int, bitWidth width: Int) -> Int {
        var result = 0
        for bit in 0..<width where (index >> bit) & 1 == 1 { result |= 1 << (width - 1 - bit) }
        return result
    }

    /// p(x) by Horner's rule, coefficients lowest degree first.
    public static func horner(_ coefficients: [Fr], at x: Fr) -> Fr {
        var value = Fr.zero
        for coefficient in coefficients.reversed() { value = value * x + coefficient }
        return value
    }

    /// The n points offset·ω^0 … offset·ω^(n−1) of the domain of size n, in natural order.
    public static func points(count n: Int, offset: Fr = .one) -> [Fr] {
        let omega = rootOfUnity(log2Order: n.trailingZeroBitCount)
        var points = [offset]
        for _ in 1..<n { points.append(points.last! * omega) }
        return points
    }

    /// The same points in bit-reversed order: entry i is ω^reverseBits(i, log2(n)).
    public static func bitReversedPoints(count n: Int) -> [Fr] {
        let natural = points(count: n)
        let width = n.trailingZeroBitCount
        return (0..<n).map { natural[reverseBits($0, bitWidth: width)] }
    }

    /// Which of n outputs to compare with Horner: all of them up to 512 points (the naive transform is O(n²)),
    /// then the first and last few, the middle ones and 48 random ones.
    public static func sampledIndices(count n: Int, using generator: inout SeededGenerator) -> [Int] {
        guard n > 512 else { return Array(0..<n) }
        let fixed = [0, 1, 2, 3, n / 2 - 1, n / 2, n / 2 + 1, n - 2, n - 1]
        return fixed + (0..<48).map { _ in Int.random(in: 0..<n, using: &generator) }
    }

    public static func randomElements(_ count: Int, using generator: inout SeededGenerator) -> [Fr] {
        (0..<count).map { _ in Fr.random(using: &generator) }
    }

    /// A vector for a failure message: all of a short one, the start of a long one.
    public static func describe(_ values: [Fr]) -> String {
        let shown = values.prefix(4).map(\.description).joined(separator: ", ")
        return values.count <= 4 ? "[\(shown)]" : "[\(shown), … (\(values.count) in all)]"
    }
}
