import ExerciseSupport

/// One cell of schoolbook multiplication: `a·b + c + carry` as two limbs.
///
/// (2^64 − 1)^2 + 2·(2^64 − 1) = 2^128 − 1, so the result always fits in two limbs and no third is ever needed.
/// `UInt64.multipliedFullWidth(by:)` gives the 128-bit product of two limbs (one `mul` instruction on x86-64).
public func multiplyAdd(_ a: UInt64, _ b: UInt64, _ c: UInt64, carry: UInt64) -> (high: UInt64, low: UInt64) {
    unimplemented()
}

/// The full 512-bit product `a·b`, as its high and low 256-bit halves (the shape of Swift's own
/// `multipliedFullWidth(by:)`).
///
/// Schoolbook (Knuth's algorithm M, TAOCP vol. 2, §4.3.1): for each limb `a[i]`, add `a[i]·b` into the running
/// result shifted by `i` limbs. Every row is processed completely, whatever the values.
public func multiplyFullWidth(_ a: U256, _ b: U256) -> (high: U256, low: U256) {
    unimplemented()
}
