// In a left shift, the bits crossing into the next limb are shifted the wrong way.
import ExerciseSupport

extension U256 {
    /// `self · 2^count` modulo 2^256: bits pushed past bit 255 are lost, zeros come in at the bottom.
    ///
    /// Like Swift's `<<` on its own integers, a count of 256 or more gives zero and a negative count shifts right
    /// by its magnitude (mind `Int.min`, whose negation does not fit in an `Int`).
    public func shiftedLeft(by count: Int) -> U256 {
        // BEGIN SOLUTION
        guard count >= 0 else { return count <= -256 ? .zero : shiftedRight(by: -count) }
        guard count < 256 else { return .zero }
        // A shift by `count` bits is a move by whole limbs, then a shift by the remaining bits inside the limbs:
        // each result limb takes its high bits from one source limb and its low bits from the top of the limb below.
        let limbShift = count / 64
        let bitShift = UInt64(count % 64)
        var result = U256.zero
        for i in limbShift ..< U256.limbCount {
            result[i] = self[i - limbShift] << bitShift
            // Swift's `x >> 64` is 0, but C's is undefined and x86's `shr` takes the count modulo 64, which would
            // let the whole limb through; skipping bitShift == 0 keeps the algorithm right in any language.
            if bitShift > 0 && i > limbShift {
                result[i] |= self[i - limbShift - 1] << (64 - bitShift)
            }
        }
        return result
        // END SOLUTION
    }

    /// `self / 2^count`, rounded down: bits pushed below bit 0 are lost, zeros come in at the top.
    ///
    /// A count of 256 or more gives zero; a negative count shifts left by its magnitude.
    public func shiftedRight(by count: Int) -> U256 {
        // BEGIN SOLUTION
        guard count >= 0 else { return count <= -256 ? .zero : shiftedLeft(by: -count) }
        guard count < 256 else { return .zero }
        let limbShift = count / 64
        let bitShift = UInt64(count % 64)
        var result = U256.zero
        for i in 0 ..< U256.limbCount - limbShift {
            result[i] = self[i + limbShift] >> bitShift
            if bitShift > 0 && i + limbShift + 1 < U256.limbCount {
                result[i] |= self[i + limbShift + 1] << (64 - bitShift)
            }
        }
        return result
        // END SOLUTION
    }
}
