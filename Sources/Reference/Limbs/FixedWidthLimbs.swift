/// An unsigned integer of a fixed number of 64-bit limbs, least significant limb first.
///
/// The generic algorithms in the extension are the plain schoolbook ones; they are what the field layer builds on
/// for conversions and exponents, not its hot paths (those are unrolled per field). Comparison, addition and
/// subtraction run in constant time for a given width; `bitWidth`, `description` and the shifts by a public amount
/// do not depend on secret data except through their result.
public protocol FixedWidthLimbs: Hashable, Comparable, Sendable, CustomStringConvertible {
    static var limbCount: Int { get }
    static var zero: Self { get }
    /// Precondition: `limbs.count == Self.limbCount`.
    init(limbs: [UInt64])
    subscript(limb index: Int) -> UInt64 { get set }
}

public enum LimbsError: Error, Equatable, CustomStringConvertible {
    case wrongLength(expected: Int, got: Int)

    public var description: String {
        switch self {
        case .wrongLength(let expected, let got): "expected \(expected) bytes, got \(got)"
        }
    }
}

extension FixedWidthLimbs {
    public static var bitCount: Int { limbCount * 64 }
    public static var byteCount: Int { limbCount * 8 }

    public var limbs: [UInt64] { (0..<Self.limbCount).map { self[limb: $0] } }

    public init(_ small: UInt64) {
        self = .zero
        self[limb: 0] = small
    }

    @inlinable
    public var isZero: Bool {
        var any: UInt64 = 0
        for i in 0..<Self.limbCount { any |= self[limb: i] }
        return any == 0
    }

    /// Bit `index`, counting from the least significant bit 0.
    @inlinable
    public func bit(at index: Int) -> Bool {
        (self[limb: index / 64] >> UInt64(index % 64)) & 1 == 1
    }

    /// The number of significant bits: 0 for zero, otherwise one more than the index of the highest set bit.
    @inlinable
    public var bitWidth: Int {
        for i in stride(from: Self.limbCount - 1, through: 0, by: -1) where self[limb: i] != 0 {
            return i * 64 + 64 - self[limb: i].leadingZeroBitCount
        }
        return 0
    }

    /// `self + other` modulo 2^(64·limbCount), and whether it wrapped.
    @inlinable
    public func addingReportingCarry(_ other: Self) -> (sum: Self, carry: Bool) {
        var sum = Self.zero
        var carry: UInt64 = 0
        for i in 0..<Self.limbCount {
            (sum[limb: i], carry) = addWithCarry(self[limb: i], other[limb: i], carry: carry)
        }
        return (sum, carry == 1)
    }

    /// `self - other` modulo 2^(64·limbCount), and whether it wrapped (that is, `self < other`).
    @inlinable
    public func subtractingReportingBorrow(_ other: Self) -> (difference: Self, borrow: Bool) {
        var difference = Self.zero
        var borrow: UInt64 = 0
        for i in 0..<Self.limbCount {
            (difference[limb: i], borrow) = subtractWithBorrow(self[limb: i], other[limb: i], borrow: borrow)
        }
        return (difference, borrow == 1)
    }

    /// The full product, 2·limbCount limbs, least significant first (schoolbook, "operand scanning").
    public func multipliedFullWidth(by other: Self) -> [UInt64] {
        let n = Self.limbCount
        var product = [UInt64](repeating: 0, count: 2 * n)
        for i in 0..<n {
            var carry: UInt64 = 0
            for j in 0..<n {
                (product[i + j], carry) = multiplyAdd(self[limb: i], other[limb: j], product[i + j], carry: carry)
            }
            product[i + n] = carry
        }
        return product
    }

    /// `self · 2^bits` modulo 2^(64·limbCount). Bits shifted out are lost.
    @inlinable
    public func shiftedLeft(by bits: Int) -> Self {
        precondition(bits >= 0)
        var result = Self.zero
        let limbShift = bits / 64
        let bitShift = UInt64(bits % 64)
        for i in stride(from: Self.limbCount - 1, through: limbShift, by: -1) {
            var limb = self[limb: i - limbShift] << bitShift
            if bitShift != 0 && i - limbShift - 1 >= 0 { limb |= self[limb: i - limbShift - 1] >> (64 - bitShift) }
            result[limb: i] = limb
        }
        return result
    }

    /// `⌊self / 2^bits⌋`.
    @inlinable
    public func shiftedRight(by bits: Int) -> Self {
        precondition(bits >= 0)
        var result = Self.zero
        let limbShift = bits / 64
        let bitShift = UInt64(bits % 64)
        for i in 0..<max(0, Self.limbCount - limbShift) {
            var limb = self[limb: i + limbShift] >> bitShift
            if bitShift != 0 && i + limbShift + 1 < Self.limbCount {
                limb |= self[limb: i + limbShift + 1] << (64 - bitShift)
            }
            result[limb: i] = limb
        }
        return result
    }

    @inlinable
    public static func < (a: Self, b: Self) -> Bool { a.subtractingReportingBorrow(b).borrow }

    /// Exactly `byteCount` bytes, most significant first.
    ///
    /// Inlinable, so that callers in other modules (a blob's 4096 elements) get it specialised rather than the
    /// generic version, which looks up type metadata for every byte.
    @inlinable
    public init(bigEndianBytes bytes: some Collection<UInt8>) throws(LimbsError) {
        guard bytes.count == Self.byteCount else { throw .wrongLength(expected: Self.byteCount, got: bytes.count) }
        self = .zero
        for (offset, byte) in bytes.enumerated() {
            let position = Self.byteCount - 1 - offset  // byte position from the least significant end
            self[limb: position / 8] |= UInt64(byte) << UInt64(8 * (position % 8))
        }
    }

    public var bigEndianBytes: [UInt8] {
        (0..<Self.byteCount).map { offset in
            let position = Self.byteCount - 1 - offset
            return UInt8(truncatingIfNeeded: self[limb: position / 8] >> UInt64(8 * (position % 8)))
        }
    }

    /// Parses up to `limbCount·16` ASCII hex digits, with or without `0x`; nil for anything else.
    public init?(hex: String) {
        var digits = Substring(hex)
        if digits.hasPrefix("0x") || digits.hasPrefix("0X") { digits = digits.dropFirst(2) }
        guard !digits.isEmpty, digits.count <= Self.limbCount * 16 else { return nil }
        self = .zero
        for (offset, character) in digits.reversed().enumerated() {
            // `hexDigitValue` alone also takes fullwidth digits and letters ("０", "Ａ"): only ASCII is hex here.
            guard character.isASCII, let nibble = character.hexDigitValue else { return nil }
            self[limb: offset / 16] |= UInt64(nibble) << UInt64(4 * (offset % 16))
        }
    }

    /// `0x` and the minimal lowercase hex digits (`0x0` for zero).
    public var hex: String {
        var text = ""
        for i in stride(from: Self.limbCount - 1, through: 0, by: -1) {
            let part = String(self[limb: i], radix: 16)
            text +=
                text.isEmpty ? (self[limb: i] == 0 ? "" : part) : String(repeating: "0", count: 16 - part.count) + part
        }
        return "0x" + (text.isEmpty ? "0" : text)
    }

    public var description: String { hex }
}
