import ExerciseSupport
import Limbs

extension G1Projective {
    /// [k]P by the fixed-window method: k is cut into digits of `windowBits` bits, from the most significant;
    /// each digit d costs `windowBits` doublings and one addition of [d]P from a table of [0]P, [1]P, …,
    /// [2^w − 1]P built once (Hankerson, Menezes and Vanstone, *Guide to Elliptic Curve Cryptography*, Alg. 3.41).
    ///
    /// `windowBits` is between 1 and 8; with 1 it is double-and-add again. Not constant time: it skips zero digits.
    public func multipliedWindowed(by scalar: UInt256, windowBits: Int) -> G1Projective {
        precondition((1...8).contains(windowBits), "windowBits must be between 1 and 8")
        unimplemented()
    }
}
