// a negative count gives zero instead of shifting the other way.
import ExerciseSupport

extension UInt256 {
    /// `self · 2^count` modulo 2^256: bits pushed past bit 255 are lost, zeros come in at the bottom.
    ///
    /// Like Swift's `<<` on its own integers, a count of 256 or more gives zero and a negative count shifts right
    /// by its magnitude (mind `Int.min`, whose negation does not fit in an `Int`). The reference's
    /// `Limbs.UInt256.shiftedLeft(by:)` takes only counts of 0 or more; on those, the two agree.
    public func shiftedLeft(by count: Int) -> UInt256 {
        guard count >= 0 else { return .zero }
        guard count < 256 else { return .zero }
        // A shift by `count` bits is a move by whole limbs, then a shift by the remaining bits inside the limbs:
        // each result limb takes its high bits from one source limb and its low bits from the top of the limb below.
        let limbShift = count / 64
        let bitShift = UInt64(count % 64)
        var result = UInt256.zero
        for i in limbShift ..< UInt256.limbCount {
            result[limb: i] = self[limb: i - limbShift] << bitShift
            // Swift's `x >> 64` is 0, but C's is undefined and x86's `shr` takes the count modulo 64, which would
            // let the whole limb through; skipping bitShift == 0 keeps the algorithm right in any language.
            if bitShift > 0 && i > limbShift {
                result[limb: i] |= self[limb: i - limbShift - 1] >> (64 - bitShift)
            }
        }
        return result
    }

    /// `self / 2^count`, rounded down: bits pushed below bit 0 are lost, zeros come in at the top.
    ///
    /// A count of 256 or more gives zero; a negative count shifts left by its magnitude.
    public func shiftedRight(by count: Int) -> UInt256 {
        guard count >= 0 else { return .zero }
        guard count < 256 else { return .zero }
        let limbShift = count / 64
        let bitShift = UInt64(count % 64)
        var result = UInt256.zero
        for i in 0 ..< UInt256.limbCount - limbShift {
            result[limb: i] = self[limb: i + limbShift] >> bitShift
            if bitShift > 0 && i + limbShift + 1 < UInt256.limbCount {
                result[limb: i] |= self[limb: i + limbShift + 1] << (64 - bitShift)
            }
        }
        return result
    }
}
