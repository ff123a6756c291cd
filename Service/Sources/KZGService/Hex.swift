/// `0x`-prefixed hexadecimal, as the consensus-layer APIs write bytes in JSON (beacon-APIs, `hex` strings):
/// lower- or upper-case digits, two per byte, no odd length.
public enum Hex {
    /// The bytes of `text`, which must start with `0x` and hold an even number of hexadecimal digits.
    ///
    /// - Throws: `ServiceProblem` of type `malformed-hex`, naming `field` and what is wrong.
    public static func decode(_ text: String, field: String) throws(ServiceProblem) -> [UInt8] {
        var text = text
        // One pass over contiguous UTF-8 with a table: a blob is 262,144 digits, on every request.
        let decoded: Result<[UInt8], ServiceProblem> = text.withUTF8 { utf8 in
            guard utf8.count >= 2, utf8[0] == UInt8(ascii: "0"), utf8[1] | 0x20 == UInt8(ascii: "x") else {
                return .failure(ServiceProblem(.malformedHex, detail: "\(field) does not start with 0x"))
            }
            let digits = utf8.count - 2
            guard digits % 2 == 0 else {
                return .failure(
                    ServiceProblem(.malformedHex, detail: "\(field) has an odd number of hexadecimal digits"))
            }
            var bad: Int?
            let bytes = [UInt8](unsafeUninitializedCapacity: digits / 2) { output, count in
                for index in 0..<digits / 2 {
                    let high = nibbles[Int(utf8[2 + 2 * index])]
                    let low = nibbles[Int(utf8[3 + 2 * index])]
                    if high | low > 0x0f {
                        bad = 2 + 2 * index + (high > 0x0f ? 0 : 1)
                        break
                    }
                    output[index] = high << 4 | low
                    count = index + 1
                }
            }
            if let bad {
                return .failure(
                    ServiceProblem(
                        .malformedHex,
                        detail: "\(field) has a character that is not a hexadecimal digit at offset \(bad)"))
            }
            return .success(bytes)
        }
        return try decoded.get()
    }

    /// The value of each ASCII hexadecimal digit; 0xff for every other byte.
    private static let nibbles: [UInt8] = (0...255).map { byte in
        switch byte {
        case 0x30...0x39: UInt8(byte - 0x30)
        case 0x61...0x66: UInt8(byte - 0x61 + 10)
        case 0x41...0x46: UInt8(byte - 0x41 + 10)
        default: 0xff
        }
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
}
