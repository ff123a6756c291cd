import Crypto
import Curves
import Fields
import Foundation
import KZG
import Notarisation

/// What `notary` does, apart from its command line.
public struct Notary: Sendable {
    public let ledger: any Ledger
    /// Loads the KZG setup the first time a column is committed or checked.
    private let loadSetup: @Sendable () throws -> TrustedSetup

    public init(ledger: any Ledger, setup: @escaping @Sendable () throws -> TrustedSetup = Notary.defaultSetup) {
        self.ledger = ledger
        self.loadSetup = setup
    }

    /// The Ethereum KZG ceremony's setup shipped in the workbook (`Data/kzg/trusted_setup.txt`), or the file named by
    /// `NOTARY_SETUP`.
    public static let defaultSetup: @Sendable () throws -> TrustedSetup = {
        if let path = ProcessInfo.processInfo.environment["NOTARY_SETUP"] {
            return try TrustedSetup(contentsOfFile: path)
        }
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }  // Notary/Sources/NotaryKit/Notary.swift → the workbook
        return try TrustedSetup(contentsOfFile: url.appendingPathComponent("Data/kzg/trusted_setup.txt").path)
    }

    // MARK: Reading a file

    /// What a streaming pass over a CSV file computes.
    public struct Summary: Sendable {
        public var header: [String]
        public var rows: Int
        public var merkleRoot: MerkleHash
        public var columnCommitments: [G1Affine]
    }

    /// One pass over the file: the Merkle root of its rows in O(log n) memory, and, if `column` is named, the KZG
    /// commitments of that column's blocks (one block of 4096 elements held at a time).
    public func summarise(
        path: String, column: String?, progress: (Int, Int) -> Void = { _, _ in }
    ) throws -> Summary {
        let rows = try CSVRows(path: path)
        let columnIndex = try column.map { try Self.index(of: $0, in: rows.header) }
        let setup = try columnIndex.map { _ in try loadSetup() }
        var accumulator = MerkleRootAccumulator()
        var block = [Fr]()
        var commitments = [G1Affine]()
        while let record = try rows.next() {
            accumulator.append(merkleLeafHash(CSVRows.leafData(record)))
            if let columnIndex, let setup {
                block.append(columnElement(record[columnIndex]))
                if block.count == setup.domain.size {
                    commitments += setup.commitColumn(block).blocks
                    block.removeAll(keepingCapacity: true)
                }
            }
            if rows.count & 0xffff == 0 { progress(rows.count, rows.bytesRead) }
        }
        if let setup, !block.isEmpty { commitments += setup.commitColumn(block).blocks }
        progress(rows.count, rows.bytesRead)
        return Summary(
            header: rows.header, rows: rows.count, merkleRoot: accumulator.root, columnCommitments: commitments)
    }

    static func index(of column: String, in header: [String]) throws -> Int {
        guard let index = header.firstIndex(of: column) else {
            throw LedgerError.notFound("no column \"\(column)\" in the header (\(header.joined(separator: ", ")))")
        }
        return index
    }

    /// SHA-256 of the file's bytes, read in chunks of 1 MiB.
    public static func fileSHA256(path: String) throws -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw CSVProblem.unreadable(path: path) }
        defer { try? handle.close() }
        var hasher = SHA256()
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty { hasher.update(data: chunk) }
        return hexString(Array(hasher.finalize()))
    }

    // MARK: Commands

    /// Notarises the file: summarises it, then appends the entry in one transaction.
    public func add(path: String, column: String?, now: Date = Date(), progress: (Int, Int) -> Void = { _, _ in })
        async throws -> LedgerEntry
    {
        let fileHash = try Self.fileSHA256(path: path)
        let summary = try summarise(path: path, column: column, progress: progress)
        let name = URL(fileURLWithPath: path).lastPathComponent
        let createdAt = ISO8601DateFormatter().string(from: now)
        let commitments = summary.columnCommitments.map { hexString($0.compressed) }
        return try await ledger.append { last in
            LedgerEntry(
                sequence: (last?.sequence ?? 0) + 1, createdAt: createdAt, fileName: name, fileSHA256: fileHash,
                rows: summary.rows, header: summary.header, merkleRoot: summary.merkleRoot.description,
                column: column, columnCommitments: commitments, previousHash: last?.hash ?? LedgerEntry.genesisHash)
        }
    }

    /// The proof that row `row` (0 = the first record after the header) is in the latest entry for this file's
    /// bytes, stored in the ledger.
    public func prove(path: String, row: Int) async throws -> StoredProof {
        let fileHash = try Self.fileSHA256(path: path)
        guard let entry = try await ledger.entries().last(where: { $0.fileSHA256 == fileHash }) else {
            throw LedgerError.notFound(
                "no entry in the ledger for these bytes (SHA-256 \(fileHash)): add the file first")
        }
        guard row >= 0, row < entry.rows else {
            throw LedgerError.notFound(
                "row \(row) is not in the file: entry \(entry.sequence) has rows 0 to \(entry.rows - 1)")
        }
        let rows = try CSVRows(path: path)
        let columnIndex = try entry.column.map { try Self.index(of: $0, in: rows.header) }
        let setup = try columnIndex.map { _ in try loadSetup() }
        let blockSize = setup?.domain.size ?? 1
        let blockStart = row - row % blockSize
        var leaves = [MerkleHash]()
        leaves.reserveCapacity(entry.rows)
        var fields = [String]()
        var block = [Fr]()
        while let record = try rows.next() {
            let index = leaves.count
            leaves.append(merkleLeafHash(CSVRows.leafData(record)))
            if index == row { fields = record }
            if let columnIndex, index >= blockStart, index < blockStart + blockSize {
                block.append(columnElement(record[columnIndex]))
            }
        }
        let tree = MerkleTree(leafHashes: leaves)
        guard tree.root.description == entry.merkleRoot else {
            throw LedgerError.chainConflict("the file's rows no longer give entry \(entry.sequence)'s root")
        }
        let path = tree.inclusionProof(for: row).map(\.description)
        let columnProof = setup.map { hexString($0.openColumnBlock(block[...], row: row).proof.compressed) }
        return try await ledger.addProof(
            StoredProof(id: 0, entry: entry.sequence, row: row, fields: fields, path: path, columnProof: columnProof))
    }

    /// Whether `proof` holds against the ledger's entry: nil if it does, or what is wrong.
    public func problem(with proof: StoredProof, entries: [LedgerEntry]) throws -> String? {
        guard let entry = entries.first(where: { $0.sequence == proof.entry }) else {
            return "it names entry \(proof.entry), which the ledger does not have"
        }
        guard let root = MerkleHash(hex: entry.merkleRoot) else {
            return "entry \(entry.sequence)'s root is not a hash"
        }
        let path = proof.path.compactMap { MerkleHash(hex: $0) }
        guard path.count == proof.path.count else { return "its path holds something that is not a hash" }
        let leaf = merkleLeafHash(CSVRows.leafData(proof.fields))
        guard verifyMerkleInclusion(leaf: leaf, index: proof.row, treeSize: entry.rows, proof: path, root: root) else {
            return "its row and path do not lead to entry \(entry.sequence)'s Merkle root"
        }
        if let column = entry.column {
            guard let hex = proof.columnProof, let bytes = bytesFromHex(hex),
                let point = try? G1Affine(compressed: bytes)
            else { return "its column proof is missing or not a G1 point" }
            let index = try Self.index(of: column, in: entry.header)
            let setup = try loadSetup()
            let block = proof.row / setup.domain.size
            guard block < entry.columnCommitments.count,
                let commitmentBytes = bytesFromHex(entry.columnCommitments[block]),
                let commitment = try? G1Affine(compressed: commitmentBytes)
            else { return "entry \(entry.sequence) has no valid commitment for block \(block)" }
            let verified = setup.verify(
                commitment: commitment, point: setup.columnPoint(row: proof.row),
                value: columnElement(proof.fields[index]), proof: point)
            guard verified else {
                return
                    "its KZG opening of column \"\(column)\" does not verify against entry \(entry.sequence)'s commitment"
            }
        }
        return nil
    }

    /// Re-verifies the whole ledger: each entry's hash and link, each stored proof. Every problem names the entry or
    /// proof it is in; an empty list means the ledger is intact.
    public func check() async throws -> [String] {
        let entries = try await ledger.entries()
        var problems = [String]()
        var previous = LedgerEntry.genesisHash
        for (position, entry) in entries.enumerated() {
            if entry.sequence != position + 1 {
                problems.append("entry \(entry.sequence): found at position \(position + 1) (an entry is missing)")
            }
            if entry.computedHash != entry.hash {
                problems.append(
                    "entry \(entry.sequence): its contents do not match its hash (changed after it was written)")
            }
            if entry.previousHash != previous {
                problems.append("entry \(entry.sequence): does not link to the entry before it")
            }
            previous = entry.hash
        }
        for proof in try await ledger.proofs() {
            if let problem = try problem(with: proof, entries: entries) {
                problems.append("proof \(proof.id) (entry \(proof.entry), row \(proof.row)): \(problem)")
            }
        }
        return problems
    }

    /// The RFC 9162 root over the entries' hashes, the ledger's own fingerprint at its current size.
    public static func ledgerTree(_ entries: [LedgerEntry]) -> MerkleTree {
        MerkleTree(leafData: entries.map { Array($0.hash.utf8) })
    }
}
