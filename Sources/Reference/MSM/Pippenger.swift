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
/// Per window, every point is added into the bucket of its digit (for 256 points or more in affine batches that
/// share one inversion per round, see `BucketLists`; below that with mixed additions); the buckets are then
/// summed with weights 1 … 2^(c-1) by the running-sum trick (2 additions per bucket); the window sums are
/// combined by c doublings each (Pippenger 1976; Bernstein et al., "Faster batch forgery identification",
/// INDOCRYPT 2012, §4). Windows are independent and run in parallel. c is picked to minimise the estimated
/// cost (see `windowBits(forPointCount:)`), which gives c ≈ ln n.
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
        windowSums[window] = sumOfWindow(
            window, windowCount: windowCount, bucketCount: 1 << (c - 1),
            coordinates: coordinates, digits: digits)
    }
    var result = XYZZPoint.infinity
    for window in (0..<windowCount).reversed() {
        for _ in 0..<c { result.double() }
        result.add(windowSums[window])
    }
    return result.projective
}

/// The c minimising ⌈256 / c⌉ · (5n + 7 · 2^c): per window, n mixed additions into buckets (10 field
/// multiplications each in XYZZ) and 2 · 2^(c-1) full additions to sum the buckets (14 each). Weighting the
/// affine batches instead (about 6.5 per point) picks the same c for 4096 points.
public func windowBits(forPointCount n: Int) -> Int {
    var best = 1
    var bestCost = Int.max
    for c in 1...20 {
        let cost = (256 + c - 1) / c * (5 * n + 7 * (1 << c))
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

/// Below this many points, a window has too few additions per round to pay for a field inversion, and buckets
/// are filled with mixed additions in XYZZ coordinates instead of in affine batches.
let batchAffineMinimumPointCount = 256

/// Σ digit_i · P_i for one window: bucket accumulation, then the running sum from the top bucket down
/// (Σ_k k · B_k = Σ_k Σ_{j ≥ k} B_j).
private func sumOfWindow(
    _ window: Int, windowCount: Int, bucketCount: Int,
    coordinates: [(x: Fp, y: Fp)?], digits: [Int32]
) -> XYZZPoint {
    var running = XYZZPoint.infinity
    var sum = XYZZPoint.infinity
    if coordinates.count >= batchAffineMinimumPointCount {
        var lists = BucketLists(bucketCount: bucketCount)
        for index in coordinates.indices {
            let digit = digits[index * windowCount + window]
            guard digit != 0, coordinates[index] != nil else { continue }
            lists.count(bucket: Int(digit.magnitude) - 1)
        }
        lists.allocate()
        for index in coordinates.indices {
            let digit = digits[index * windowCount + window]
            guard digit != 0, let point = coordinates[index] else { continue }
            lists.append(bucket: Int(digit.magnitude) - 1, x: point.x, y: digit < 0 ? -point.y : point.y)
        }
        lists.sumEachBucket()
        // Affine bucket sums join the running sum by mixed additions.
        for bucket in (0..<bucketCount).reversed() {
            if let (x, y) = lists.single(bucket: bucket) { running.add(affineX: x, affineY: y, negate: false) }
            sum.add(running)
        }
        return sum
    }
    var buckets = [XYZZPoint](repeating: .infinity, count: bucketCount)
    for index in coordinates.indices {
        let digit = digits[index * windowCount + window]
        guard digit != 0, let point = coordinates[index] else { continue }
        buckets[Int(digit.magnitude) - 1].add(affineX: point.x, affineY: point.y, negate: digit < 0)
    }
    for bucket in buckets.reversed() {
        running.add(bucket)
        sum.add(running)
    }
    return sum
}

/// The affine points of every bucket of one window, stored bucket after bucket, summed with batched inversions
/// ("batch-affine" accumulation, as in gnark-crypto's MSM; the inversions share one field inversion by
/// Montgomery's simultaneous inversion, "Speeding the Pollard and elliptic curve methods of factorization",
/// Math. Comp. 48, 1987, §10.3.1).
///
/// Each round adds the points of every bucket in pairs, all pairs of all buckets at once: an affine addition
/// costs 2M + 1S plus its share of a batch inversion (3M, and one field inversion per round), against 8M + 2S
/// for a mixed addition in XYZZ. Rounds halve the lists until each bucket holds at most one point.
struct BucketLists {
    private var start: [Int]
    private var length: [Int]
    private var xs: [Fp] = []
    private var ys: [Fp] = []

    init(bucketCount: Int) {
        start = [Int](repeating: 0, count: bucketCount)
        length = [Int](repeating: 0, count: bucketCount)
    }

    /// First pass: one more point for `bucket`.
    mutating func count(bucket: Int) { length[bucket] += 1 }

    /// Between the passes: lay the buckets out one after another.
    mutating func allocate() {
        var offset = 0
        for bucket in start.indices {
            start[bucket] = offset
            offset += length[bucket]
            length[bucket] = 0
        }
        xs = [Fp](repeating: .zero, count: offset)
        ys = [Fp](repeating: .zero, count: offset)
    }

    /// Second pass: the point (x, y) into `bucket`.
    mutating func append(bucket: Int, x: Fp, y: Fp) {
        let slot = start[bucket] + length[bucket]
        xs[slot] = x
        ys[slot] = y
        length[bucket] += 1
    }

    /// The bucket's sum once `sumEachBucket` has run, or nil for infinity.
    func single(bucket: Int) -> (Fp, Fp)? {
        length[bucket] == 0 ? nil : (xs[start[bucket]], ys[start[bucket]])
    }

    /// Rounds of pairwise affine additions until every bucket holds at most one point.
    ///
    /// For a pair (x1, y1), (x2, y2): λ = (y2 - y1) / (x2 - x1), or 3x1² / 2y1 when the points are equal (y is
    /// never 0 in G1, which has odd order), and P + (-P) is infinity, which simply leaves the list. Then
    /// x3 = λ² - x1 - x2, y3 = λ(x1 - x3) - y1.
    mutating func sumEachBucket() {
        var first = [Int]()
        var denominators = [Fp]()
        var prefixProducts = [Fp]()
        while true {
            first.removeAll(keepingCapacity: true)
            denominators.removeAll(keepingCapacity: true)
            for bucket in start.indices where length[bucket] >= 2 {
                var slot = start[bucket]
                for _ in 0..<length[bucket] / 2 {
                    first.append(slot)
                    let (x1, y1, x2, y2) = (xs[slot], ys[slot], xs[slot + 1], ys[slot + 1])
                    denominators.append(x1 != x2 ? x2 - x1 : y1 == y2 ? y1.doubled() : .zero)
                    slot += 2
                }
            }
            if first.isEmpty { return }
            Fp.batchInverseVariableTime(&denominators, scratch: &prefixProducts)
            var pair = 0
            for bucket in start.indices where length[bucket] >= 2 {
                let base = start[bucket]
                let pairs = length[bucket] / 2
                var kept = 0
                for _ in 0..<pairs {
                    let slot = first[pair]
                    let inverse = denominators[pair]
                    pair += 1
                    // A zero "inverse" marks P + (-P): nothing to keep.
                    guard !inverse.isZero else { continue }
                    let (x1, y1, x2, y2) = (xs[slot], ys[slot], xs[slot + 1], ys[slot + 1])
                    let slope: Fp
                    if x1 != x2 {
                        slope = (y2 - y1) * inverse
                    } else {
                        let xSquared = x1.squared()
                        slope = (xSquared.doubled() + xSquared) * inverse
                    }
                    let x3 = slope.squared() - x1 - x2
                    xs[base + kept] = x3
                    ys[base + kept] = slope * (x1 - x3) - y1
                    kept += 1
                }
                if length[bucket] % 2 == 1 {
                    let last = base + length[bucket] - 1
                    xs[base + kept] = xs[last]
                    ys[base + kept] = ys[last]
                    kept += 1
                }
                length[bucket] = kept
            }
        }
    }
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
