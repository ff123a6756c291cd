import Crypto

/// A SHA-256 output: a leaf hash, a node hash or a root of a Merkle tree.
public struct MerkleHash: Hashable, Sendable, CustomStringConvertible {
    /// The 32 bytes of the digest.
    public let bytes: [UInt8]

    /// Wraps 32 bytes; nil for any other length.
    public init?(bytes: some Collection<UInt8>) {
        guard bytes.count == 32 else { return nil }
        self.bytes = Array(bytes)
    }

    init(digest: SHA256.Digest) { bytes = Array(digest) }

    /// The hash of the empty tree, SHA-256 of no bytes (RFC 9162 §2.1.1: MTH({}) = HASH()).
    public static let emptyTree = MerkleHash(digest: SHA256.hash(data: [UInt8]()))

    /// Lower-case hexadecimal, 64 characters.
    public var description: String { hex(bytes) }

    /// Parses 64 hexadecimal characters.
    public init?(hex text: some StringProtocol) {
        guard text.utf8.count == 64, let bytes = parseHex(text) else { return nil }
        self.bytes = bytes
    }
}

/// The hash of leaf data: SHA-256(0x00 ‖ data) (RFC 9162 §2.1.1).
///
/// The 0x00 prefix, and 0x01 for interior nodes, separate the two domains. Without it a tree whose leaves are the
/// 64-byte concatenations of two child hashes would have the same root as the tree below them: an attacker
/// could present an interior node as a leaf and "prove" the inclusion of data that was never in the log (the
/// second-preimage attack on unseparated Merkle trees). Nothing here is secret, and nothing needs to be constant
/// time.
public func merkleLeafHash(_ data: some Sequence<UInt8>) -> MerkleHash {
    var hasher = SHA256()
    hasher.update(data: [0x00])
    hasher.update(data: Array(data))
    return MerkleHash(digest: hasher.finalize())
}

/// The hash of an interior node: SHA-256(0x01 ‖ left ‖ right) (RFC 9162 §2.1.1).
public func merkleNodeHash(_ left: MerkleHash, _ right: MerkleHash) -> MerkleHash {
    var hasher = SHA256()
    hasher.update(data: [0x01])
    hasher.update(data: left.bytes)
    hasher.update(data: right.bytes)
    return MerkleHash(digest: hasher.finalize())
}

/// The largest power of two strictly below n, for n ≥ 2: where RFC 9162 §2.1.1 splits a list of n leaves.
public func merkleSplit(_ n: Int) -> Int {
    precondition(n >= 2, "a split needs at least two leaves")
    return 1 << (Int.bitWidth - 1 - (n - 1).leadingZeroBitCount)
}

func hex(_ bytes: [UInt8]) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var out = [UInt8]()
    out.reserveCapacity(bytes.count * 2)
    for byte in bytes {
        out.append(digits[Int(byte >> 4)])
        out.append(digits[Int(byte & 0x0f)])
    }
    return String(decoding: out, as: UTF8.self)
}

func parseHex(_ text: some StringProtocol) -> [UInt8]? {
    let characters = Array(text.utf8)
    guard characters.count % 2 == 0 else { return nil }
    func value(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
        default: nil
        }
    }
    var bytes = [UInt8]()
    bytes.reserveCapacity(characters.count / 2)
    var index = 0
    while index < characters.count {
        guard let high = value(characters[index]), let low = value(characters[index + 1]) else { return nil }
        bytes.append(high << 4 | low)
        index += 2
    }
    return bytes
}
