import ExerciseSupport

/// One cell of schoolbook multiplication: `a·b + c + carry` as two limbs, the low one first.
///
/// (2^64 − 1)^2 + 2·(2^64 − 1) = 2^128 − 1, so the result always fits in two limbs and no third is ever needed.
/// `UInt64.multipliedFullWidth(by:)` gives the 128-bit product of two limbs (one `mul` instruction on x86-64); mind
/// that it returns `(high, low)`, the other way round from this function.
public func multiplyAdd(_ a: UInt64, _ b: UInt64, _ c: UInt64, carry: UInt64) -> (low: UInt64, high: UInt64) {
    unimplemented()
}

extension UInt256 {
    /// The full 512-bit product `self · other`, as eight limbs, least significant first: limbs 0 to 3 are the
    /// product modulo 2^256, limbs 4 to 7 the part above.
    ///
    /// Schoolbook (Knuth's algorithm M, TAOCP vol. 2, §4.3.1): for each limb `self[limb: i]`, add
    /// `self[limb: i] · other` into the running result shifted by `i` limbs. Every row is processed completely,
    /// whatever the values.
    public func multipliedFullWidth(by other: UInt256) -> [UInt64] {
        unimplemented()
    }
}
