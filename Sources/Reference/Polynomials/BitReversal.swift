/// Bit-reversal permutation, as EIP-4844 orders blobs (consensus-specs, deneb/polynomial-commitments.md,
/// `reverse_bits` and `bit_reversal_permutation`).
///
/// Blobs list a polynomial's values at the roots of unity in bit-reversed order so that any aligned run of
/// `2^k` values is the polynomial on a coset of a subgroup; the iterative FFT needs the same permutation.

/// `index` with its lowest `bitWidth` bits written in reverse order.
@inlinable
public func reverseBits(_ index: Int, bitWidth: Int) -> Int {
    guard bitWidth > 0 else { return 0 }
    return Int(truncatingIfNeeded: UInt(truncatingIfNeeded: index).bitReversed >> (UInt.bitWidth - bitWidth))
}

extension UInt {
    @usableFromInline
    var bitReversed: UInt {
        var value = self
        var result: UInt = 0
        for _ in 0..<UInt.bitWidth {
            result = (result << 1) | (value & 1)
            value >>= 1
        }
        return result
    }
}

/// Reorders `values` so the element at index `i` moves to `reverseBits(i)`; applying it twice is the identity.
///
/// - Throws: `PolynomialError.sizeNotPowerOfTwo` unless the count is a power of two (the permutation is only
///   defined for those).
public func bitReversalPermute<Element>(_ values: inout [Element]) throws(PolynomialError) {
    let count = values.count
    guard count > 0, count & (count - 1) == 0 else { throw .sizeNotPowerOfTwo(count) }
    let width = count.trailingZeroBitCount
    for index in 0..<count {
        let partner = reverseBits(index, bitWidth: width)
        if index < partner { values.swapAt(index, partner) }
    }
}

/// The bit-reversal permutation of `values` (a copy; see `bitReversalPermute(_:)`).
public func bitReversalPermutation<Element>(_ values: [Element]) throws(PolynomialError) -> [Element] {
    var copy = values
    try bitReversalPermute(&copy)
    return copy
}
