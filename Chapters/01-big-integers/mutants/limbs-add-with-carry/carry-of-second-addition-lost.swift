// The carry out ignores the overflow of adding the incoming carry.
import ExerciseSupport

/// One column of long addition: `a + b + carry`, as the limb written in this column and the carry into the next.
///
/// The true sum is at most 2·(2^64 − 1) + 1 = 2^65 − 1, so one limb and one carry bit always hold it.
/// Swift's `+` traps on overflow: use `addingReportingOverflow(_:)`, which wraps modulo 2^64 and reports the wrap.
public func addWithCarry(_ a: UInt64, _ b: UInt64, carry: Bool) -> (sum: UInt64, carry: Bool) {
    // BEGIN SOLUTION
    let (partial, firstWrap) = a.addingReportingOverflow(b)
    let (sum, secondWrap) = partial.addingReportingOverflow(carry ? 1 : 0)
    // Both cannot wrap: if a + b wrapped, partial is at most 2^64 − 2 and adding 1 cannot wrap again.
    return (sum, firstWrap)
    // END SOLUTION
}

/// `a + b` modulo 2^256, and whether the true sum reached 2^256 (the carry out of the top limb): Knuth's
/// algorithm A (TAOCP vol. 2, §4.3.1) in base 2^64.
///
/// Walk the limbs from least to most significant, feeding each column's carry into the next. Do it for every limb,
/// whatever the values: stopping early when the carry is clear would make the running time depend on the data.
public func add(_ a: U256, _ b: U256) -> (sum: U256, carry: Bool) {
    // BEGIN SOLUTION
    var sum = U256.zero
    var carry = false
    for i in 0 ..< U256.limbCount {
        (sum[i], carry) = addWithCarry(a[i], b[i], carry: carry)
    }
    return (sum, carry)
    // END SOLUTION
}
