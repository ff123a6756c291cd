import Curves
import Fields
import Foundation
import Limbs

/// Why an MSM refused its input.
public enum MSMError: Error, Equatable, Sendable {
    /// There must be one scalar per point.
    case lengthMismatch(points: Int, scalars: Int)
}

/// Σ scalars[i] · points[i] on G1, by Pippenger's bucket method with signed digits, on all cores.
///
/// Each scalar is cut into windows of c bits, recoded as signed digits in [-2^(c-1), 2^(c-1)] so that only
/// 2^(c-1) buckets are needed per window (a negative digit adds the negated point, which costs nothing).
/// Per window, every point is added into the bucket of its digit with a mixed addition; the buckets are then
/// summed with weights 1 … 2^(c-1) by the running-sum trick (2 additions per bucket); the window sums are
/// combined by c doublings each (Pippenger 1976; Bernstein et al., "Faster batch forgery identification",
/// INDOCRYPT 2012, §4). Windows are independent and run in parallel. c is picked to minimise the estimated
/// number of additions, ⌈256 / c⌉ · (n + 2^c), which gives c ≈ ln n.
///
/// Not constant time (branches and memory access depend on the scalars): for public data such as blobs only.
///
/// - Throws: `MSMError.lengthMismatch` unless there are as many scalars as points.
public func multiScalarMultiplication(points: [G1Affine], scalars: [Fr]) throws(MSMError) -> G1Projective {
    guard points.count == scalars.count else {
        throw .lengthMismatch(points: points.count, scalars: scalars.count)
    }
    let n = points.count
    guard n > 0 else { return .identity }
    let c = windowBits(forPointCount: n)
    let windowCount = (256 + c - 1) / c
    let digits = signedDigits(scalars, windowBits: c, windowCount: windowCount)
    let coordinates = points.map { $0.isIdentity ? nil : (x: $0.x, y: $0.y) }
    let windowSums = WindowSums(count: windowCount)
    DispatchQueue.concurrentPerform(iterations: windowCount) { window in
        windowSums[window] = sumOfWindow(window, windowCount: windowCount, bucketCount: 1 << (c - 1),
                                         coordinates: coordinates, digits: digits)
    }
    var result = XYZZPoint.infinity
    for window in (0..<windowCount).reversed() {
        for _ in 0..<c { result.double() }
        result.add(windowSums[window])
    }
    return result.projective
}

/// The c minimising ⌈256 / c⌉ · (n + 2^c): n mixed additions per window plus about 2 · 2^(c-1) additions to
/// sum its buckets.
func windowBits(forPointCount n: Int) -> Int {
    var best = 1
    var bestCost = Int.max
    for c in 1...20 {
        let cost = (256 + c - 1) / c * (n + (1 << c))
        if cost < bestCost {
            best = c
            bestCost = cost
        }
    }
    return best
}

/// Signed base-2^c digits of every scalar, scalar-major: `digits[i * windowCount + j]` is digit j of scalar i.
///
/// A window value above 2^(c-1) becomes value - 2^c with a carry into the next window. Scalars are below
/// r < 2^255, and ⌈256 / c⌉ windows cover at least 256 bits, so the top window holds at most c - 1 bits plus a
/// carry and never needs to carry further.
func signedDigits(_ scalars: [Fr], windowBits c: Int, windowCount: Int) -> [Int32] {
    var digits = [Int32](repeating: 0, count: scalars.count * windowCount)
    let mask = (UInt64(1) << UInt64(c)) - 1
    let half = Int64(1) << Int64(c - 1)
    for (index, scalar) in scalars.enumerated() {
        let limbs = scalar.canonical
        var carry: Int64 = 0
        for window in 0..<windowCount {
            let bit = window * c
            let limb = bit / 64
            let shift = bit % 64
            var bits: UInt64 = limb < 4 ? limbs[limb: limb] >> UInt64(shift) : 0
            if shift + c > 64, limb + 1 < 4 { bits |= limbs[limb: limb + 1] << UInt64(64 - shift) }
            var value = Int64(bits & mask) + carry
            if value > half {
                value -= Int64(1) << Int64(c)
                carry = 1
            } else {
                carry = 0
            }
            digits[index * windowCount + window] = Int32(value)
        }
    }
    return digits
}

/// Σ digit_i · P_i for one window: bucket accumulation, then the running sum from the top bucket down
/// (Σ_k k · B_k = Σ_k Σ_{j ≥ k} B_j).
private func sumOfWindow(_ window: Int, windowCount: Int, bucketCount: Int,
                         coordinates: [(x: Fp, y: Fp)?], digits: [Int32]) -> XYZZPoint {
    var buckets = [XYZZPoint](repeating: .infinity, count: bucketCount)
    buckets.withUnsafeMutableBufferPointer { buckets in
        for index in coordinates.indices {
            let digit = digits[index * windowCount + window]
            guard digit != 0, let point = coordinates[index] else { continue }
            buckets[Int(digit.magnitude) - 1].add(affineX: point.x, affineY: point.y, negate: digit < 0)
        }
    }
    var running = XYZZPoint.infinity
    var sum = XYZZPoint.infinity
    for bucket in buckets.reversed() {
        running.add(bucket)
        sum.add(running)
    }
    return sum
}

/// Window results written by concurrent iterations, each to its own slot.
private final class WindowSums: @unchecked Sendable {
    private var sums: [XYZZPoint]
    private let lock = NSLock()

    init(count: Int) { sums = [XYZZPoint](repeating: .infinity, count: count) }

    subscript(index: Int) -> XYZZPoint {
        get { lock.withLock { sums[index] } }
        set { lock.withLock { sums[index] = newValue } }
    }
}
