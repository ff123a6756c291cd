import Crypto
import Foundation

/// One notarisation: what was notarised, its Merkle root and column commitments, and its place in the chain.
///
/// `hash` is SHA-256 over every other field (`canonicalBytes`), `previousHash` is the hash of the entry before
/// (64 zeros for the first): changing any stored field of any entry breaks its own hash or the link from the next.
public struct LedgerEntry: Codable, Equatable, Sendable {
    public var sequence: Int
    public var createdAt: String
    public var fileName: String
    /// SHA-256 of the file's bytes, hex.
    public var fileSHA256: String
    public var rows: Int
    public var header: [String]
    /// The RFC 9162 root over the rows' leaf data, hex.
    public var merkleRoot: String
    /// The committed column, if any, and one compressed G1 point (hex) per block of 4096 rows.
    public var column: String?
    public var columnCommitments: [String]
    public var previousHash: String
    public var hash: String

    public static let genesisHash = String(repeating: "0", count: 64)

    public init(
        sequence: Int, createdAt: String, fileName: String, fileSHA256: String, rows: Int, header: [String],
        merkleRoot: String, column: String?, columnCommitments: [String], previousHash: String
    ) {
        self.sequence = sequence
        self.createdAt = createdAt
        self.fileName = fileName
        self.fileSHA256 = fileSHA256
        self.rows = rows
        self.header = header
        self.merkleRoot = merkleRoot
        self.column = column
        self.columnCommitments = columnCommitments
        self.previousHash = previousHash
        self.hash = ""
        self.hash = computedHash
    }

    /// Every field but `hash`, length-prefixed in a fixed order.
    public var canonicalBytes: [UInt8] {
        var fields = [
            "zkw-notary-entry-v1", String(sequence), createdAt, fileName, fileSHA256, String(rows),
            String(header.count),
        ]
        fields += header
        fields += [merkleRoot, column ?? "", column == nil ? "-" : "+", String(columnCommitments.count)]
        fields += columnCommitments
        fields.append(previousHash)
        var bytes = [UInt8]()
        for field in fields {
            let length = UInt32(field.utf8.count)
            bytes += [
                UInt8(length >> 24), UInt8((length >> 16) & 0xff), UInt8((length >> 8) & 0xff), UInt8(length & 0xff),
            ]
            bytes += field.utf8
        }
        return bytes
    }

    public var computedHash: String { hexString(Array(SHA256.hash(data: canonicalBytes))) }
}

/// A proof stored in the ledger: the inclusion of one row in an entry, and the opening of its column cell.
public struct StoredProof: Codable, Equatable, Sendable {
    public var id: Int
    public var entry: Int
    public var row: Int
    /// The row's fields, as committed.
    public var fields: [String]
    /// The inclusion path, hex hashes, bottom first.
    public var path: [String]
    /// The column cell's KZG proof (compressed G1, hex), if the entry committed a column.
    public var columnProof: String?

    public init(id: Int, entry: Int, row: Int, fields: [String], path: [String], columnProof: String?) {
        self.id = id
        self.entry = entry
        self.row = row
        self.fields = fields
        self.path = path
        self.columnProof = columnProof
    }
}

func hexString(_ bytes: [UInt8]) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var out = [UInt8]()
    out.reserveCapacity(bytes.count * 2)
    for byte in bytes {
        out.append(digits[Int(byte >> 4)])
        out.append(digits[Int(byte & 0x0f)])
    }
    return String(decoding: out, as: UTF8.self)
}

func bytesFromHex(_ text: String) -> [UInt8]? {
    let characters = Array(text.utf8)
    guard characters.count % 2 == 0 else { return nil }
    var bytes = [UInt8]()
    var index = 0
    while index < characters.count {
        guard let byte = UInt8(String(decoding: characters[index..<index + 2], as: UTF8.self), radix: 16) else {
            return nil
        }
        bytes.append(byte)
        index += 2
    }
    return bytes
}
