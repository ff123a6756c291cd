// bitReversalPermute swaps each pair from both ends, so every swap is undone and nothing moves.
import ExerciseSupport

/// `index` with its lowest `bitWidth` bits in reverse order: bit 0 becomes bit `bitWidth − 1` and so on. Bits at
/// `bitWidth` and above are ignored; a width of 0 gives 0. For example `reverseBits(0b0011, bitWidth: 4)` is
/// `0b1100`, and `reverseBits(1, bitWidth: 12)` is 2048.
public func reverseBits(_ index: Int, bitWidth: Int) -> Int {
    var remaining = index
    var reversed = 0
    for _ in 0 ..< bitWidth {
        // Take the lowest bit of what is left and push it in at the bottom of the result.
        reversed = (reversed << 1) | (remaining & 1)
        remaining >>= 1
    }
    return reversed
}

/// Reorders `values` in place so that the element at index i moves to index `reverseBits(i, bitWidth: log2(n))`,
/// n = `values.count`, a power of two (EIP-4844's `bit_reversal_permutation`). Applying it twice gives the
/// original order back.
public func bitReversalPermute<Element>(_ values: inout [Element]) {
    let count = values.count
    precondition(count > 0 && count & (count - 1) == 0, "the bit-reversal permutation needs a power-of-two count")
    let width = count.trailingZeroBitCount
    for index in 0 ..< count {
        let partner = reverseBits(index, bitWidth: width)
        // The permutation is made of swaps of pairs (and fixed points): swap each pair once, from its lower end.
        values.swapAt(index, partner)
    }
}
