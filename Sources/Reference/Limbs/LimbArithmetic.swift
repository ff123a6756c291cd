// One-limb steps: the carry, borrow and double-width products that every multi-precision routine is built from.
// Each is a few machine instructions after optimisation (adc/sbb/mulx on x86-64) and runs in constant time.

/// `a + b + carry` as a 64-bit sum and the carry out (0 or 1). `carry` must be 0 or 1.
@inlinable @inline(__always)
public func addWithCarry(_ a: UInt64, _ b: UInt64, carry: UInt64) -> (sum: UInt64, carry: UInt64) {
    let (s1, c1) = a.addingReportingOverflow(b)
    let (s2, c2) = s1.addingReportingOverflow(carry)
    // At most one of the two additions can overflow, so the carry out is 0 or 1.
    return (s2, (c1 ? 1 : 0) | (c2 ? 1 : 0))
}

/// `a - b - borrow` modulo 2^64, and the borrow out (0 or 1). `borrow` must be 0 or 1.
@inlinable @inline(__always)
public func subtractWithBorrow(_ a: UInt64, _ b: UInt64, borrow: UInt64) -> (difference: UInt64, borrow: UInt64) {
    let (d1, b1) = a.subtractingReportingOverflow(b)
    let (d2, b2) = d1.subtractingReportingOverflow(borrow)
    return (d2, (b1 ? 1 : 0) | (b2 ? 1 : 0))
}

/// `a·b + c + carry` as a 128-bit value (low, high). It never overflows:
/// (2^64−1)² + 2(2^64−1) = 2^128 − 1.
@inlinable @inline(__always)
public func multiplyAdd(_ a: UInt64, _ b: UInt64, _ c: UInt64, carry: UInt64) -> (low: UInt64, high: UInt64) {
    let product = a.multipliedFullWidth(by: b)
    let (l1, o1) = product.low.addingReportingOverflow(c)
    let (l2, o2) = l1.addingReportingOverflow(carry)
    return (l2, product.high &+ (o1 ? 1 : 0) &+ (o2 ? 1 : 0))
}
