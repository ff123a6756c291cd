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
        // BEGIN SOLUTION
        // table[d] = [d]P. Entry 2 is P + P: the addition's doubling case, which must be handled.
        var table = [G1Projective.identity]
        for _ in 1..<(1 << windowBits) { table.append(table[table.count - 1] + self) }

        let windowCount = (scalar.bitWidth + windowBits - 1) / windowBits
        var result = G1Projective.identity
        for window in stride(from: windowCount - 1, through: 0, by: -1) {
            for _ in 0..<windowBits { result = result.doubled() }
            // The digit's bits, most significant first; the top window may reach past the scalar's last bit.
            var digit = 0
            for offset in stride(from: windowBits - 1, through: 0, by: -1) {
                let index = window * windowBits + offset
                let bit = index < UInt256.bitCount && scalar.bit(at: index)
                digit = digit << 1 | (bit ? 1 : 0)
            }
            if digit != 0 { result = result + table[digit] }
        }
        return result
        // END SOLUTION
    }
}
