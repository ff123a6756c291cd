// a digit is recentred to value − 2^c, but the 2^c it owes is never carried into the next window.
import ExerciseSupport
import Fields
import Limbs

/// The signed base-2^c digits of a scalar: d_0 … d_(w−1) with w = ⌈256/c⌉, every d_j in [−2^(c−1), 2^(c−1)], and
/// Σ d_j · 2^(j·c) equal to the scalar's canonical value.
///
/// Window j holds the bits j·c … j·c + c − 1 plus the carry from window j − 1; a value above 2^(c−1) becomes
/// value − 2^c and carries 1 into window j + 1. Since the scalar is below r < 2^255, w windows always leave room
/// for the last carry.
///
/// - Precondition: 1 ≤ windowBits ≤ 62.
public func signedDigits(of scalar: Fr, windowBits c: Int) -> [Int] {
    precondition(1 ... 62 ~= c, "a window of 1 to 62 bits")
    let k = scalar.canonical
    let windowCount = (256 + c - 1) / c
    let half = 1 << (c - 1)
    var digits: [Int] = []
    digits.reserveCapacity(windowCount)
    var carry = 0
    for window in 0 ..< windowCount {
        // The c bits starting at bit window·c, which may straddle two limbs.
        var bits = 0
        for offset in 0 ..< c {
            let bit = window * c + offset
            if bit < 256, (k[limb: bit / 64] >> UInt64(bit % 64)) & 1 == 1 { bits |= 1 << offset }
        }
        let value = bits + carry
        if value > half {
            digits.append(value - (1 << c))
            carry = 0
        } else {
            digits.append(value)
            carry = 0
        }
    }
    return digits
}
