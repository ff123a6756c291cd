import ExerciseSupport

/// One column of long addition: `a + b + carry`, as the limb written in this column and the carry into the next.
///
/// `carry` is 0 or 1, and so is the carry returned. The true sum is at most 2·(2^64 − 1) + 1 = 2^65 − 1, so one limb
/// and one carry bit always hold it. Swift's `+` traps on overflow: use `addingReportingOverflow(_:)`, which wraps
/// modulo 2^64 and reports the wrap.
public func addWithCarry(_ a: UInt64, _ b: UInt64, carry: UInt64) -> (sum: UInt64, carry: UInt64) {
    // BEGIN SOLUTION
    let (partial, firstWrap) = a.addingReportingOverflow(b)
    let (sum, secondWrap) = partial.addingReportingOverflow(carry)
    // Both cannot wrap: if a + b wrapped, partial is at most 2^64 − 2 and adding 1 cannot wrap again.
    return (sum, firstWrap || secondWrap ? 1 : 0)
    // END SOLUTION
}

extension UInt256 {
    /// `self + other` modulo 2^256, and whether the true sum reached 2^256 (the carry out of the top limb): Knuth's
    /// algorithm A (TAOCP vol. 2, §4.3.1) in base 2^64.
    ///
    /// Walk the limbs from least to most significant, feeding each column's carry into the next. Do it for every
    /// limb, whatever the values: stopping early when the carry is 0 would make the running time depend on the data.
    public func addingReportingCarry(_ other: UInt256) -> (sum: UInt256, carry: Bool) {
        // BEGIN SOLUTION
        var sum = UInt256.zero
        var carry: UInt64 = 0
        for i in 0 ..< UInt256.limbCount {
            (sum[limb: i], carry) = addWithCarry(self[limb: i], other[limb: i], carry: carry)
        }
        return (sum, carry == 1)
        // END SOLUTION
    }
}
