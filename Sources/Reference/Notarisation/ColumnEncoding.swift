import Crypto
import Fields

/// How a CSV cell becomes an element of the scalar field Fr of BLS12-381, so that a column can be committed to
/// with KZG.
///
/// - An integer written canonically (an optional `-`, then decimal digits without a leading zero, "0" itself,
///   magnitude below 2^64) maps to itself, negatives to r − |n|: sums and differences of the column keep their
///   meaning in the field as long as they stay far from r.
/// - Everything else (decimals such as `3.25`, integers written another way such as `007` or `+7`, text, the
///   empty cell) maps to SHA-256("zkw/cell" ‖ UTF-8 bytes) with its top 8 bits cleared, a number below 2^248 < r.
///   A decimal is kept as text on purpose: `1.5` and `1.50` are different cells, and a notary attests to what
///   the file says; whoever needs arithmetic on decimals scales them to integers first.
///
/// The map is injective except with negligible probability: a hashed cell would have to land below 2^64 (or
/// collide in SHA-256) to equal another cell's element.
public func columnElement(_ cell: some StringProtocol) -> Fr {
    if let integer = canonicalInteger(cell) {
        return integer.negative ? Fr.zero - Fr(integer.magnitude) : Fr(integer.magnitude)
    }
    var hasher = SHA256()
    hasher.update(data: Array("zkw/cell".utf8))
    hasher.update(data: Array(cell.utf8))
    var bytes = Array(hasher.finalize())
    bytes[0] = 0
    return Fr(reducingBigEndian: bytes)  // below 2^248, so no reduction happens
}

/// The sign and magnitude of a canonically written integer below 2^64 in magnitude, or nil.
func canonicalInteger(_ cell: some StringProtocol) -> (negative: Bool, magnitude: UInt64)? {
    var digits = Substring(cell).utf8[...]
    let negative = digits.first == UInt8(ascii: "-")
    if negative { digits = digits.dropFirst() }
    guard let first = digits.first, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9") else { return nil }
    // No leading zeros, and no "-0": each integer has exactly one canonical spelling.
    if first == UInt8(ascii: "0") && (digits.count > 1 || negative) { return nil }
    var magnitude: UInt64 = 0
    for digit in digits {
        guard digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "9") else { return nil }
        let (times10, overflow1) = magnitude.multipliedReportingOverflow(by: 10)
        let (sum, overflow2) = times10.addingReportingOverflow(UInt64(digit - UInt8(ascii: "0")))
        guard !overflow1, !overflow2 else { return nil }
        magnitude = sum
    }
    return (negative, magnitude)
}
