/// `0x`-prefixed hexadecimal, as the consensus-layer APIs write bytes in JSON (beacon-APIs, `hex` strings):
/// lower- or upper-case digits, two per byte, no odd length.
public enum Hex {
    /// The bytes of `text`, which must start with `0x` and hold an even number of hexadecimal digits.
    ///
    /// - Throws: `ServiceProblem` of type `malformed-hex`, naming `field` and what is wrong.
    public static func decode(_ text: String, field: String) throws(ServiceProblem) -> [UInt8] {
        var utf8 = text.utf8[...]
        guard utf8.count >= 2, utf8.first == UInt8(ascii: "0"),
            utf8.dropFirst().first == UInt8(ascii: "x") || utf8.dropFirst().first == UInt8(ascii: "X")
        else {
            throw ServiceProblem(.malformedHex, detail: "\(field) does not start with 0x")
        }
        utf8 = utf8.dropFirst(2)
        guard utf8.count % 2 == 0 else {
            throw ServiceProblem(.malformedHex, detail: "\(field) has an odd number of hexadecimal digits")
        }
        var bytes = [UInt8]()
        bytes.reserveCapacity(utf8.count / 2)
        var high: UInt8 = 0
        var isHigh = true
        var offset = 2
        for character in utf8 {
            guard let nibble = value(of: character) else {
                throw ServiceProblem(
                    .malformedHex,
                    detail: "\(field) has a character that is not a hexadecimal digit at offset \(offset)")
            }
            if isHigh {
                high = nibble
            } else {
                bytes.append(high << 4 | nibble)
            }
            isHigh.toggle()
            offset += 1
        }
        return bytes
    }

    /// `bytes` as `0x` followed by two lower-case digits per byte.
    public static func encode(_ bytes: some Collection<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var utf8 = [UInt8]()
        utf8.reserveCapacity(2 + 2 * bytes.count)
        utf8.append(UInt8(ascii: "0"))
        utf8.append(UInt8(ascii: "x"))
        for byte in bytes {
            utf8.append(digits[Int(byte >> 4)])
            utf8.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: utf8, as: UTF8.self)
    }

    private static func value(of character: UInt8) -> UInt8? {
        switch character {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): character - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): character - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): character - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
