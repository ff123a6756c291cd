import Fields
import Limbs

/// Width-w non-adjacent form (Solinas; Hankerson, Menezes and Vanstone, "Guide to elliptic curve cryptography",
/// Alg. 3.35): digits in {0, ±1, ±3, …, ±(2^(w−1) − 1)}, least significant first, with at most one non-zero digit
/// in any w consecutive ones, so a scalar multiplication needs about n/(w + 1) additions for n doublings.
/// Variable time: the digit pattern depends on the scalar.
@usableFromInline
func widthNonAdjacentForm(_ limbs: [UInt64], window: Int) -> [Int8] {
    var value = limbs
    var digits: [Int8] = []
    digits.reserveCapacity(64 * limbs.count + 1)
    let modulus = Int64(1) << window
    while value.contains(where: { $0 != 0 }) {
        var digit: Int64 = 0
        if value[0] & 1 == 1 {
            digit = Int64(value[0] & UInt64(modulus - 1))
            if digit >= modulus / 2 { digit -= modulus }
            // Clearing the low bits of value − digit: subtract a positive digit, add the magnitude of a negative one.
            if digit > 0 {
                subtract(UInt64(digit), from: &value)
            } else {
                add(UInt64(-digit), to: &value)
            }
        }
        digits.append(Int8(digit))
        shiftRightByOne(&value)
    }
    return digits
}

private func subtract(_ small: UInt64, from value: inout [UInt64]) {
    var borrow = small
    for index in value.indices where borrow != 0 {
        let (difference, overflow) = value[index].subtractingReportingOverflow(borrow)
        value[index] = difference
        borrow = overflow ? 1 : 0
    }
}

private func add(_ small: UInt64, to value: inout [UInt64]) {
    var carry = small
    for index in value.indices where carry != 0 {
        let (sum, overflow) = value[index].addingReportingOverflow(carry)
        value[index] = sum
        carry = overflow ? 1 : 0
    }
    if carry != 0 { value.append(carry) }
}

private func shiftRightByOne(_ value: inout [UInt64]) {
    for index in value.indices {
        let high = index + 1 < value.count ? value[index + 1] << 63 : 0
        value[index] = (value[index] >> 1) | high
    }
}

/// The digits of k < |x|⁴ in base |x| = 0xd201000000010000, least significant first.
///
/// Because r = x⁴ − x² + 1 < |x|⁴, every scalar mod r has four 64-bit digits. Since x² ≡ −λ for the G1
/// endomorphism's eigenvalue λ and x ≡ p acts on G2 as ψ, these digits split a scalar multiplication into
/// half-length (G1) or quarter-length (G2) ones (Galbraith, Lin and Scott, "Endomorphisms for faster elliptic curve
/// cryptography on a large class of curves", Eurocrypt 2009).
func baseXDigits(_ scalar: Fr) -> [UInt64] {
    var remaining = scalar.canonical.limbs
    var digits: [UInt64] = []
    for _ in 0..<4 {
        var remainder: UInt64 = 0
        for index in remaining.indices.reversed() {
            let (quotient, rest) = blsParameterMagnitude.dividingFullWidth((high: remainder, low: remaining[index]))
            remaining[index] = quotient
            remainder = rest
        }
        digits.append(remainder)
    }
    return digits
}
