import Foundation

/// Bytes from hex with an optional `0x`, or nil for anything that is not hex.
///
/// Works on the UTF-8 bytes through an unsafe buffer: the consensus-spec vectors hold megabytes of hex, and the
/// tests run unoptimised.
public func decodeHex(_ text: String) -> [UInt8]? {
    var text = text
    return text.withUTF8 { (utf8: UnsafeBufferPointer<UInt8>) -> [UInt8]? in
        var start = 0
        if utf8.count >= 2, utf8[0] == UInt8(ascii: "0"), utf8[1] == UInt8(ascii: "x") { start = 2 }
        let digitCount = utf8.count - start
        guard digitCount % 2 == 0 else { return nil }
        var valid = true
        let result = [UInt8](unsafeUninitializedCapacity: digitCount / 2) { buffer, initialized in
            for index in 0..<digitCount / 2 {
                let high = nibble(utf8[start + 2 * index])
                let low = nibble(utf8[start + 2 * index + 1])
                if high > 15 || low > 15 {
                    valid = false
                    break
                }
                buffer[index] = high << 4 | low
            }
            initialized = valid ? digitCount / 2 : 0
        }
        return valid ? result : nil
    }
}

/// The value of one hex digit, or 255 for anything else.
private func nibble(_ character: UInt8) -> UInt8 {
    switch character {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): character - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): character - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): character - UInt8(ascii: "A") + 10
    default: 255
    }
}

public func encodeHex(_ bytes: [UInt8]) -> String {
    "0x" + bytes.map { String(format: "%02x", $0) }.joined()
}
