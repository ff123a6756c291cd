// multiplyAdd returns (high, low), the order of UInt64.multipliedFullWidth, instead of (low, high).
import ExerciseSupport

/// One cell of schoolbook multiplication: `a·b + c + carry` as two limbs, the low one first.
///
/// (2^64 − 1)^2 + 2·(2^64 − 1) = 2^128 − 1, so the result always fits in two limbs and no third is ever needed.
/// `UInt64.multipliedFullWidth(by:)` gives the 128-bit product of two limbs (one `mul` instruction on x86-64); mind
/// that it returns `(high, low)`, the other way round from this function.
public func multiplyAdd(_ a: UInt64, _ b: UInt64, _ c: UInt64, carry: UInt64) -> (low: UInt64, high: UInt64) {
    let product = a.multipliedFullWidth(by: b)
    var high = product.high
    let (lowPlusC, wrapC) = product.low.addingReportingOverflow(c)
    high &+= wrapC ? 1 : 0
    let (low, wrapCarry) = lowPlusC.addingReportingOverflow(carry)
    high &+= wrapCarry ? 1 : 0
    // By the bound above `high` never wraps, so the wrapping `&+=` only avoids a needless overflow check.
    return (high, low)
}

extension UInt256 {
    /// The full 512-bit product `self · other`, as eight limbs, least significant first: limbs 0 to 3 are the
    /// product modulo 2^256, limbs 4 to 7 the part above.
    ///
    /// Schoolbook (Knuth's algorithm M, TAOCP vol. 2, §4.3.1): for each limb `self[limb: i]`, add
    /// `self[limb: i] · other` into the running result shifted by `i` limbs. Every row is processed completely,
    /// whatever the values.
    public func multipliedFullWidth(by other: UInt256) -> [UInt64] {
        var product = [UInt64](repeating: 0, count: 2 * UInt256.limbCount)
        for i in 0 ..< UInt256.limbCount {
            var carry: UInt64 = 0
            for j in 0 ..< UInt256.limbCount {
                (carry, product[i + j]) = multiplyAdd(self[limb: i], other[limb: j], product[i + j], carry: carry)
            }
            // Row i reaches limb i + 4 for the first time, so its last carry is stored, not added.
            product[i + UInt256.limbCount] = carry
        }
        return product
    }
}
