// Each limb is subtracted with no borrow from the limb below.
import ExerciseSupport

/// One column of long subtraction: `a − b − borrow`, as the limb written in this column (modulo 2^64) and whether
/// the column had to borrow 2^64 from the next one.
///
/// Swift's `-` traps when the result would be negative: use `subtractingReportingOverflow(_:)`.
public func subtractWithBorrow(_ a: UInt64, _ b: UInt64, borrow: Bool) -> (difference: UInt64, borrow: Bool) {
    // BEGIN SOLUTION
    let (partial, firstWrap) = a.subtractingReportingOverflow(b)
    let (difference, secondWrap) = partial.subtractingReportingOverflow(borrow ? 1 : 0)
    // Both cannot wrap: if a − b wrapped, partial is at least 1 and subtracting 1 cannot wrap again.
    return (difference, firstWrap || secondWrap)
    // END SOLUTION
}

/// `a − b` modulo 2^256, and whether the subtraction borrowed out of the top limb, which happens exactly when a < b:
/// Knuth's algorithm S (TAOCP vol. 2, §4.3.1) in base 2^64.
public func subtract(_ a: U256, _ b: U256) -> (difference: U256, borrow: Bool) {
    // BEGIN SOLUTION
    var difference = U256.zero
    var borrow = false
    for i in 0 ..< U256.limbCount {
        (difference[i], borrow) = subtractWithBorrow(a[i], b[i], borrow: false)
    }
    return (difference, borrow)
    // END SOLUTION
}

extension U256: Comparable {
    /// `a < b` as integers.
    ///
    /// The final borrow of `a − b` answers the question in the same number of steps for every input. Comparing limb
    /// by limb from the top and returning at the first difference is correct too, but its running time tells an
    /// observer how many leading limbs agree.
    public static func < (a: U256, b: U256) -> Bool {
        // BEGIN SOLUTION
        subtract(a, b).borrow
        // END SOLUTION
    }
}
