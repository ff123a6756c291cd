import ExerciseSupport

extension UInt256 {
    /// `self · 2^count` modulo 2^256: bits pushed past bit 255 are lost, zeros come in at the bottom.
    ///
    /// Like Swift's `<<` on its own integers, a count of 256 or more gives zero and a negative count shifts right
    /// by its magnitude (mind `Int.min`, whose negation does not fit in an `Int`). The reference's
    /// `Limbs.UInt256.shiftedLeft(by:)` takes only counts of 0 or more; on those, the two agree.
    public func shiftedLeft(by count: Int) -> UInt256 {
        unimplemented()
    }

    /// `self / 2^count`, rounded down: bits pushed below bit 0 are lost, zeros come in at the top.
    ///
    /// A count of 256 or more gives zero; a negative count shifts left by its magnitude.
    public func shiftedRight(by count: Int) -> UInt256 {
        unimplemented()
    }
}
