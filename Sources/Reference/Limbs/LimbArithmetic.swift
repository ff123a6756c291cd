// One-limb steps: the carry, borrow and double-width products that every multi-precision routine is built from.
//
// They go through UInt128 rather than `addingReportingOverflow` and `multipliedFullWidth`: the compiler turns the
// 128-bit forms into straight-line adc/sbb/mul sequences, while the Bool overflow flags of the 64-bit forms were
// rematerialised as branches in the unrolled 6-limb Montgomery product, making it several times slower. All three
// run in constant time.

/// `a + b + carry` as a 64-bit sum and the carry out (0 or 1). `carry` must be 0 or 1.
@inlinable @inline(__always)
public func addWithCarry(_ a: UInt64, _ b: UInt64, carry: UInt64) -> (sum: UInt64, carry: UInt64) {
    let wide = UInt128(a) &+ UInt128(b) &+ UInt128(carry)
    return (UInt64(truncatingIfNeeded: wide), UInt64(truncatingIfNeeded: wide &>> 64))
}

/// `a - b - borrow` modulo 2^64, and the borrow out (0 or 1). `borrow` must be 0 or 1.
@inlinable @inline(__always)
public func subtractWithBorrow(_ a: UInt64, _ b: UInt64, borrow: UInt64) -> (difference: UInt64, borrow: UInt64) {
    let wide = UInt128(a) &- UInt128(b) &- UInt128(borrow)
    // On underflow the high half is all ones; its lowest bit is the borrow.
    return (UInt64(truncatingIfNeeded: wide), UInt64(truncatingIfNeeded: wide &>> 64) & 1)
}

/// `a·b + c + carry` as a 128-bit value (low, high). It never overflows:
/// (2^64−1)² + 2(2^64−1) = 2^128 − 1.
@inlinable @inline(__always)
public func multiplyAdd(_ a: UInt64, _ b: UInt64, _ c: UInt64, carry: UInt64) -> (low: UInt64, high: UInt64) {
    let wide = UInt128(a) &* UInt128(b) &+ UInt128(c) &+ UInt128(carry)
    return (UInt64(truncatingIfNeeded: wide), UInt64(truncatingIfNeeded: wide &>> 64))
}
