import EIP4844
import EIP7594
import Foundation
import KZG

/// Paths and the mainnet setup shared by the KZG and EIP-4844 tests.
enum KZGFixtures {
    /// The package root, found from this file's path (Tests/Reference/<file>).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Data/kzg` in the package: the mainnet trusted setup and the consensus-spec vectors (see its README).
    static let dataDirectory = packageRoot.appendingPathComponent("Data/kzg")

    static let trustedSetupPath = dataDirectory.appendingPathComponent("trusted_setup.txt").path

    /// The mainnet setup, loaded once for all tests that need it.
    static let mainnet: Result<EIP4844Context, any Error> = Result {
        try EIP4844Context(setup: TrustedSetup(contentsOfFile: trustedSetupPath))
    }

    /// The cell API over the same setup, with its FK20 tables.
    static let mainnetCells: Result<EIP7594Context, any Error> = Result {
        try EIP7594Context(setup: mainnet.get().setup)
    }
}

/// Bytes from hex with an optional `0x`, or nil for anything that is not hex.
func decodeHex(_ text: String) -> [UInt8]? {
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

func encodeHex(_ bytes: [UInt8]) -> String {
    "0x" + bytes.map { String(format: "%02x", $0) }.joined()
}
