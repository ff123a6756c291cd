import Foundation

/// Bytes from hex with an optional `0x`, or nil for anything that is not hex.
public func decodeHex(_ text: String) -> [UInt8]? {
    var digits = Substring(text)
    if digits.hasPrefix("0x") { digits = digits.dropFirst(2) }
    guard digits.count % 2 == 0 else { return nil }
    var result = [UInt8]()
    result.reserveCapacity(digits.count / 2)
    var index = digits.startIndex
    while index != digits.endIndex {
        let next = digits.index(index, offsetBy: 2)
        guard let byte = UInt8(digits[index..<next], radix: 16) else { return nil }
        result.append(byte)
        index = next
    }
    return result
}

public func encodeHex(_ bytes: [UInt8]) -> String {
    "0x" + bytes.map { String(format: "%02x", $0) }.joined()
}
