import ExerciseSupport

/// `index` with its lowest `bitWidth` bits in reverse order: bit 0 becomes bit `bitWidth − 1` and so on. Bits at
/// `bitWidth` and above are ignored; a width of 0 gives 0. For example `reverseBits(0b0011, bitWidth: 4)` is
/// `0b1100`, and `reverseBits(1, bitWidth: 12)` is 2048.
public func reverseBits(_ index: Int, bitWidth: Int) -> Int {
    unimplemented()
}

/// Reorders `values` in place so that the element at index i moves to index `reverseBits(i, bitWidth: log2(n))`,
/// n = `values.count`, a power of two (EIP-4844's `bit_reversal_permutation`). Applying it twice gives the
/// original order back.
public func bitReversalPermute<Element>(_ values: inout [Element]) {
    unimplemented()
}
