import ExerciseSupport
import Limbs

extension G1Projective {
    /// [k]P by double-and-add over the bits of k, most significant first: after each bit, the running point is
    /// [k']P for the bits k' read so far, and reading one more bit b makes it [2k' + b]P.
    ///
    /// Any k, including 0, 1 and values ≥ r (the subgroup check multiplies by r itself). Not constant time: it adds
    /// only for the 1 bits, and the number of doublings follows the bit length of k.
    public func multiplied(by scalar: UInt256) -> G1Projective {
        unimplemented()
    }
}
