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

    // Four stored limbs rather than an array: a value of fixed size, with no heap allocation.
    private var limb0, limb1, limb2, limb3: UInt64

    public static let zero = U256(0, 0, 0, 0)

    public init(_ limb0: UInt64, _ limb1: UInt64, _ limb2: UInt64, _ limb3: UInt64) {
        (self.limb0, self.limb1, self.limb2, self.limb3) = (limb0, limb1, limb2, limb3)
    }

    /// The four limbs, least significant first.
    public var limbs: [UInt64] { [limb0, limb1, limb2, limb3] }

    /// Limb `index`, for `index` in `0 ..< 4`; limb 0 is the least significant. Any other index stops the
    /// program, as an array index out of range does.
    public subscript(index: Int) -> UInt64 {
        get {
            switch index {
            case 0: limb0
            case 1: limb1
            case 2: limb2
            case 3: limb3
            default: preconditionFailure("a U256 has limbs 0 ..< 4; there is no limb \(index)")
            }
        }
        set {
            switch index {
            case 0: limb0 = newValue
            case 1: limb1 = newValue
            case 2: limb2 = newValue
            case 3: limb3 = newValue
            default: preconditionFailure("a U256 has limbs 0 ..< 4; there is no limb \(index)")
            }
        }
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
