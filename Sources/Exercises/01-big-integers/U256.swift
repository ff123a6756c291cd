import ExerciseSupport

/// A 256-bit unsigned integer held as four 64-bit limbs, least significant first:
///
///     value = limbs[0] + limbs[1]·2^64 + limbs[2]·2^128 + limbs[3]·2^192
///
/// Limb `i` carries the weight 2^(64·i), so a carry out of limb `i` flows into limb `i + 1`. GMP, blst and the
/// workbook's reference backend all use this order; it matches how a 64-bit CPU adds, one word at a time, from the
/// least significant word up.
public struct U256: Hashable, Sendable {
    /// How many 64-bit limbs a `U256` has.
    public static let limbCount = 4

    /// Always exactly `limbCount` limbs, least significant first.
    public private(set) var limbs: [UInt64]

    public static let zero = U256(0, 0, 0, 0)

    public init(_ limb0: UInt64, _ limb1: UInt64, _ limb2: UInt64, _ limb3: UInt64) {
        limbs = [limb0, limb1, limb2, limb3]
    }

    /// Limb `index`, for `index` in `0 ..< 4`; limb 0 is the least significant.
    public subscript(index: Int) -> UInt64 {
        get { limbs[index] }
        set { limbs[index] = newValue }
    }
}

/// Why a byte string or a hex string does not denote a 256-bit integer.
public enum U256DecodingError: Error, Equatable, Sendable {
    /// A byte encoding must have exactly `expected` bytes.
    case wrongLength(expected: Int, got: Int)
    /// A hex string with no digit after its optional `0x` prefix.
    case noDigits
    /// The first character of a hex string that is not an ASCII hex digit (`0`–`9`, `a`–`f`, `A`–`F`).
    case invalidHexDigit(Character)
    /// A hex string whose value does not fit in 256 bits.
    case tooLarge
}
