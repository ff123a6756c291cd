// The carry out of each row is dropped instead of becoming the next limb of the product.
import ExerciseSupport

/// One cell of schoolbook multiplication: `a·b + c + carry` as two limbs.
///
/// (2^64 − 1)^2 + 2·(2^64 − 1) = 2^128 − 1, so the result always fits in two limbs and no third is ever needed.
/// `UInt64.multipliedFullWidth(by:)` gives the 128-bit product of two limbs (one `mul` instruction on x86-64).
public func multiplyAdd(_ a: UInt64, _ b: UInt64, _ c: UInt64, carry: UInt64) -> (high: UInt64, low: UInt64) {
    // BEGIN SOLUTION
    let product = a.multipliedFullWidth(by: b)
    var high = product.high
    let (lowPlusC, wrapC) = product.low.addingReportingOverflow(c)
    high &+= wrapC ? 1 : 0
    let (low, wrapCarry) = lowPlusC.addingReportingOverflow(carry)
    high &+= wrapCarry ? 1 : 0
    // By the bound above `high` never wraps, so the wrapping `&+=` only avoids a needless overflow check.
    return (high, low)
    // END SOLUTION
}

/// The full 512-bit product `a·b`, as its high and low 256-bit halves (the shape of Swift's own
/// `multipliedFullWidth(by:)`).
///
/// Schoolbook (Knuth's algorithm M, TAOCP vol. 2, §4.3.1): for each limb `a[i]`, add `a[i]·b` into the running
/// result shifted by `i` limbs. Every row is processed completely, whatever the values.
public func multiplyFullWidth(_ a: U256, _ b: U256) -> (high: U256, low: U256) {
    // BEGIN SOLUTION
    var product = [UInt64](repeating: 0, count: 2 * U256.limbCount)
    for i in 0 ..< U256.limbCount {
        var carry: UInt64 = 0
        for j in 0 ..< U256.limbCount {
            (carry, product[i + j]) = multiplyAdd(a[i], b[j], product[i + j], carry: carry)
        }
        // Row i reaches limb i + 4 for the first time, so its last carry is stored, not added.
        product[i + U256.limbCount] = 0
    }
    let low = U256(product[0], product[1], product[2], product[3])
    let high = U256(product[4], product[5], product[6], product[7])
    return (high, low)
    // END SOLUTION
}
