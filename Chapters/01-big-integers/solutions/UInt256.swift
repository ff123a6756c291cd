import ExerciseSupport

/// A 256-bit unsigned integer held as four 64-bit limbs, least significant first:
///
///     value = self[limb: 0] + self[limb: 1]·2^64 + self[limb: 2]·2^128 + self[limb: 3]·2^192
///
/// Limb `i` carries the weight 2^(64·i), so a carry out of limb `i` flows into limb `i + 1`. GMP, blst and the
/// workbook's reference backend all use this order; it matches how a 64-bit CPU adds, one word at a time, from the
/// least significant word up.
///
/// The names are those of the reference's `Limbs.UInt256` (`storage`, `init(limbs:)`, `subscript(limb:)`, `zero`,
/// `limbs`), so code written against this type compiles unchanged against the reference, which chapter 2 builds on.
public struct UInt256: Hashable, Sendable {
    /// How many 64-bit limbs a `UInt256` has.
    public static let limbCount = 4

    /// The four limbs, least significant first. A tuple rather than an array: a value of fixed size, with no heap
    /// allocation.
    public var storage: (UInt64, UInt64, UInt64, UInt64)

    public static let zero = UInt256(storage: (0, 0, 0, 0))

    public init(storage: (UInt64, UInt64, UInt64, UInt64)) {
        self.storage = storage
    }

    /// The number whose limbs, least significant first, are `limbs`, which must have exactly four elements.
    public init(limbs: [UInt64]) {
        precondition(limbs.count == 4, "a UInt256 takes 4 limbs, got \(limbs.count)")
        storage = (limbs[0], limbs[1], limbs[2], limbs[3])
    }

    /// The number `small`: limb 0 holds it, the other limbs are zero.
    public init(_ small: UInt64) {
        storage = (small, 0, 0, 0)
    }

    /// The four limbs, least significant first.
    public var limbs: [UInt64] { [storage.0, storage.1, storage.2, storage.3] }

    /// Limb `index`, for `index` in `0 ..< 4`; limb 0 is the least significant. Any other index stops the
    /// program, as an array index out of range does.
    public subscript(limb index: Int) -> UInt64 {
        get {
            switch index {
            case 0: storage.0
            case 1: storage.1
            case 2: storage.2
            case 3: storage.3
            default: preconditionFailure("a UInt256 has limbs 0 ..< 4; there is no limb \(index)")
            }
        }
        set {
            switch index {
            case 0: storage.0 = newValue
            case 1: storage.1 = newValue
            case 2: storage.2 = newValue
            case 3: storage.3 = newValue
            default: preconditionFailure("a UInt256 has limbs 0 ..< 4; there is no limb \(index)")
            }
        }
    }

    // Tuples are not Hashable, so equality and hashing are spelled out limb by limb.
    public static func == (a: UInt256, b: UInt256) -> Bool {
        a.storage.0 == b.storage.0 && a.storage.1 == b.storage.1 && a.storage.2 == b.storage.2
            && a.storage.3 == b.storage.3
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage.0)
        hasher.combine(storage.1)
        hasher.combine(storage.2)
        hasher.combine(storage.3)
    }
}

/// Why a byte string or a hex string does not denote a 256-bit integer.
///
/// `wrongLength` is the reference's `Limbs.LimbsError.wrongLength`. The three hex cases are this chapter's own: the
/// reference's `init?(hex:)` returns `nil` without saying why.
public enum LimbsError: Error, Equatable, Sendable {
    /// A byte encoding must have exactly `expected` bytes.
    case wrongLength(expected: Int, got: Int)
    /// A hex string with no digit after its optional `0x` prefix.
    case noDigits
    /// The first character of a hex string that is not an ASCII hex digit (`0`–`9`, `a`–`f`, `A`–`F`).
    case invalidHexDigit(Character)
    /// A hex string whose value does not fit in 256 bits.
    case tooLarge
}
