import ExerciseSupport

// Chapter 1's building blocks, ready-made so that this chapter can focus on the field.

/// A 256-bit unsigned integer held as four 64-bit limbs, least significant first:
/// value = limbs[0] + limbs[1]·2^64 + limbs[2]·2^128 + limbs[3]·2^192.
public struct U256: Hashable, Sendable {
    public static let limbCount = 4

    // Four stored limbs rather than an array: a value of fixed size, with no heap allocation.
    private var limb0, limb1, limb2, limb3: UInt64

    public static let zero = U256(0, 0, 0, 0)

    public init(_ limb0: UInt64, _ limb1: UInt64, _ limb2: UInt64, _ limb3: UInt64) {
        (self.limb0, self.limb1, self.limb2, self.limb3) = (limb0, limb1, limb2, limb3)
    }

    /// The four limbs, least significant first.
    public var limbs: [UInt64] { [limb0, limb1, limb2, limb3] }

    /// Limb `index`, for `index` in `0 ..< 4`; limb 0 is the least significant. Any other index stops the
    /// program, as an array index out of range does.
    public subscript(index: Int) -> UInt64 {
        get {
            switch index {
            case 0: limb0
            case 1: limb1
            case 2: limb2
            case 3: limb3
            default: preconditionFailure("a U256 has limbs 0 ..< 4; there is no limb \(index)")
            }
        }
        set {
            switch index {
            case 0: limb0 = newValue
            case 1: limb1 = newValue
            case 2: limb2 = newValue
            case 3: limb3 = newValue
            default: preconditionFailure("a U256 has limbs 0 ..< 4; there is no limb \(index)")
            }
        }
    }

    public var isZero: Bool { limb0 | limb1 | limb2 | limb3 == 0 }
}

/// `a + b + carry` as a limb and the carry out of it.
public func addWithCarry(_ a: UInt64, _ b: UInt64, carry: Bool) -> (sum: UInt64, carry: Bool) {
    let (partial, firstWrap) = a.addingReportingOverflow(b)
    let (sum, secondWrap) = partial.addingReportingOverflow(carry ? 1 : 0)
    return (sum, firstWrap || secondWrap)
}

/// `a − b − borrow` modulo 2^64 and whether the column borrowed.
public func subtractWithBorrow(_ a: UInt64, _ b: UInt64, borrow: Bool) -> (difference: UInt64, borrow: Bool) {
    let (partial, firstWrap) = a.subtractingReportingOverflow(b)
    let (difference, secondWrap) = partial.subtractingReportingOverflow(borrow ? 1 : 0)
    return (difference, firstWrap || secondWrap)
}

/// `a·b + c + carry` as two limbs; (2^64 − 1)^2 + 2·(2^64 − 1) = 2^128 − 1, so it always fits.
public func multiplyAdd(_ a: UInt64, _ b: UInt64, _ c: UInt64, carry: UInt64) -> (high: UInt64, low: UInt64) {
    let product = a.multipliedFullWidth(by: b)
    let (lowPlusC, wrapC) = product.low.addingReportingOverflow(c)
    let (low, wrapCarry) = lowPlusC.addingReportingOverflow(carry)
    return (product.high &+ (wrapC ? 1 : 0) &+ (wrapCarry ? 1 : 0), low)
}

/// `a + b` modulo 2^256 and the carry out of the top limb.
public func add(_ a: U256, _ b: U256) -> (sum: U256, carry: Bool) {
    var sum = U256.zero
    var carry = false
    for i in 0 ..< U256.limbCount {
        (sum[i], carry) = addWithCarry(a[i], b[i], carry: carry)
    }
    return (sum, carry)
}

/// `a − b` modulo 2^256 and the borrow out of the top limb, set exactly when a < b.
public func subtract(_ a: U256, _ b: U256) -> (difference: U256, borrow: Bool) {
    var difference = U256.zero
    var borrow = false
    for i in 0 ..< U256.limbCount {
        (difference[i], borrow) = subtractWithBorrow(a[i], b[i], borrow: borrow)
    }
    return (difference, borrow)
}
