import CGMP

/// An arbitrary-precision signed integer held by GMP (`mpz_t`).
///
/// This is the workbook's oracle: an implementation independent of ours that the reference backend and the hidden
/// tests compare against. It is a class because `mpz_t` owns heap memory; values are never mutated after creation,
/// so sharing them is safe. GMP's `mpz` functions are not constant time: never use this for secrets.
public final class GMPInteger: @unchecked Sendable {
    /// The `mpz_t` itself, for code that calls GMP's C functions in place (the benchmarks, to keep allocation out
    /// of GMP's figures).
    public var value = __mpz_struct()

    public init() { __gmpz_init(&value) }
    deinit { __gmpz_clear(&value) }

    public convenience init(_ small: UInt64) {
        self.init()
        __gmpz_set_ui(&value, UInt(small))
    }

    /// Parses hexadecimal digits, with or without a leading `0x`; nil if any character is not a hex digit.
    public convenience init?(hex: String) {
        var digits = Substring(hex)
        if digits.hasPrefix("0x") || digits.hasPrefix("0X") { digits = digits.dropFirst(2) }
        guard !digits.isEmpty, digits.allSatisfy(\.isHexDigit) else { return nil }
        self.init()
        guard __gmpz_set_str(&value, String(digits), 16) == 0 else { return nil }
    }

    /// The unsigned integer whose 64-bit limbs are `limbs`, least significant first.
    public convenience init(limbs: [UInt64]) {
        self.init()
        limbs.withUnsafeBufferPointer { buffer in
            // order -1: least significant word first; endian 0: native within a word.
            __gmpz_import(&value, buffer.count, -1, 8, 0, 0, buffer.baseAddress)
        }
    }

    /// The unsigned integer whose big-endian bytes are `bytes`.
    public convenience init(bigEndianBytes bytes: [UInt8]) {
        self.init()
        bytes.withUnsafeBufferPointer { buffer in
            __gmpz_import(&value, buffer.count, 1, 1, 1, 0, buffer.baseAddress)
        }
    }

    private static func result(_ body: (inout __mpz_struct) -> Void) -> GMPInteger {
        let r = GMPInteger()
        body(&r.value)
        return r
    }

    /// Lowercase hexadecimal with a `0x` prefix; negative values get a leading `-`.
    public var hex: String {
        var copy = value
        let text = String(cString: __gmpz_get_str(nil, 16, &copy))
        return text.hasPrefix("-") ? "-0x" + text.dropFirst() : "0x" + text
    }

    public var isNegative: Bool { value._mp_size < 0 }
    public var isZero: Bool { value._mp_size == 0 }

    /// The absolute value as exactly `count` limbs, least significant first. Precondition: it fits.
    public func limbs(count: Int) -> [UInt64] {
        var copy = value
        var words = [UInt64](repeating: 0, count: max(count, Int(abs(value._mp_size))))
        var written = 0
        words.withUnsafeMutableBufferPointer { buffer in
            _ = __gmpz_export(buffer.baseAddress, &written, -1, 8, 0, 0, &copy)
        }
        precondition(words[count...].allSatisfy { $0 == 0 }, "value does not fit in \(count) limbs")
        return Array(words.prefix(count))
    }

    /// The absolute value as exactly `count` big-endian bytes. Precondition: it fits.
    public func bigEndianBytes(count: Int) -> [UInt8] {
        let words = limbs(count: (count + 7) / 8)
        var bytes: [UInt8] = []
        for word in words.reversed() {
            for shift in stride(from: 56, through: 0, by: -8) {
                bytes.append(UInt8(truncatingIfNeeded: word >> UInt64(shift)))
            }
        }
        let extra = bytes.count - count
        precondition(bytes.prefix(extra).allSatisfy { $0 == 0 }, "value does not fit in \(count) bytes")
        return Array(bytes.dropFirst(extra))
    }

    public static func + (a: GMPInteger, b: GMPInteger) -> GMPInteger { result { __gmpz_add(&$0, &a.value, &b.value) } }
    public static func - (a: GMPInteger, b: GMPInteger) -> GMPInteger { result { __gmpz_sub(&$0, &a.value, &b.value) } }
    public static func * (a: GMPInteger, b: GMPInteger) -> GMPInteger { result { __gmpz_mul(&$0, &a.value, &b.value) } }
    /// The least non-negative residue of `a` modulo `m` (GMP's `mpz_mod`), whatever the sign of `a`.
    public static func % (a: GMPInteger, m: GMPInteger) -> GMPInteger { result { __gmpz_mod(&$0, &a.value, &m.value) } }
    public static func << (a: GMPInteger, bits: Int) -> GMPInteger {
        result { __gmpz_mul_2exp(&$0, &a.value, UInt(bits)) }
    }
    /// Floor division by 2^bits.
    public static func >> (a: GMPInteger, bits: Int) -> GMPInteger {
        result { __gmpz_fdiv_q_2exp(&$0, &a.value, UInt(bits)) }
    }
    public static prefix func - (a: GMPInteger) -> GMPInteger { result { __gmpz_neg(&$0, &a.value) } }

    /// `a·b mod m`.
    public static func mulmod(_ a: GMPInteger, _ b: GMPInteger, _ m: GMPInteger) -> GMPInteger { (a * b) % m }

    /// `base^exponent mod m` (`mpz_powm`).
    public static func powmod(_ base: GMPInteger, _ exponent: GMPInteger, _ m: GMPInteger) -> GMPInteger {
        result { __gmpz_powm(&$0, &base.value, &exponent.value, &m.value) }
    }

    /// The inverse of `self` modulo `m` (`mpz_invert`), or nil when there is none.
    public func inverse(modulo m: GMPInteger) -> GMPInteger? {
        let r = GMPInteger()
        return __gmpz_invert(&r.value, &value, &m.value) == 0 ? nil : r
    }

    /// The Legendre symbol (self / p) for an odd prime p: -1, 0 or 1 (`mpz_legendre`, which GMP defines as `mpz_jacobi`).
    public func legendre(_ p: GMPInteger) -> Int { Int(__gmpz_jacobi(&value, &p.value)) }

    /// Number of significant bits of the absolute value (0 for zero).
    public var bitWidth: Int { isZero ? 0 : Int(__gmpz_sizeinbase(&value, 2)) }
}

extension GMPInteger: Equatable, Comparable, CustomStringConvertible {
    public static func == (a: GMPInteger, b: GMPInteger) -> Bool { __gmpz_cmp(&a.value, &b.value) == 0 }
    public static func < (a: GMPInteger, b: GMPInteger) -> Bool { __gmpz_cmp(&a.value, &b.value) < 0 }
    public var description: String { hex }
}
