import ExerciseSupport

/// One column of long subtraction: `a − b − borrow`, as the limb written in this column (modulo 2^64) and the
/// borrow from the next one: 1 when the column had to borrow 2^64, 0 otherwise.
///
/// `borrow` is 0 or 1. Swift's `-` traps when the result would be negative: use `subtractingReportingOverflow(_:)`.
public func subtractWithBorrow(_ a: UInt64, _ b: UInt64, borrow: UInt64) -> (difference: UInt64, borrow: UInt64) {
    unimplemented()
}

extension UInt256 {
    /// `self − other` modulo 2^256, and whether the subtraction borrowed out of the top limb, which happens exactly
    /// when self < other: Knuth's algorithm S (TAOCP vol. 2, §4.3.1) in base 2^64.
    public func subtractingReportingBorrow(_ other: UInt256) -> (difference: UInt256, borrow: Bool) {
        unimplemented()
    }
}

extension UInt256: Comparable {
    /// `a < b` as integers.
    ///
    /// The final borrow of `a − b` answers the question in the same number of steps for every input. Comparing limb
    /// by limb from the top and returning at the first difference is correct too, but its running time tells an
    /// observer how many leading limbs agree.
    public static func < (a: UInt256, b: UInt256) -> Bool {
        unimplemented()
    }
}
