import Foundation
import GRDB

/// The ledger in one SQLite file, through GRDB. Every append is one IMMEDIATE transaction: SQLite's atomic commit
/// means a crash leaves either the whole entry or nothing, and the write lock taken at BEGIN serialises writers
/// (other processes wait up to `busyTimeout`).
public final class SQLiteLedger: Ledger {
    private let queue: DatabaseQueue

    public init(path: String, busyTimeout: TimeInterval = 30) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.write { db in
            try db.execute(
                sql: """
                    CREATE TABLE IF NOT EXISTS entries (
                        sequence INTEGER PRIMARY KEY,
                        body TEXT NOT NULL,
                        hash TEXT NOT NULL,
                        previous_hash TEXT NOT NULL UNIQUE
                    );
                    CREATE TABLE IF NOT EXISTS proofs (
                        id INTEGER PRIMARY KEY,
                        entry INTEGER NOT NULL REFERENCES entries(sequence),
                        body TEXT NOT NULL
                    );
                    """)
        }
    }

    public func append(_ make: @Sendable (LedgerEntry?) throws -> LedgerEntry) async throws -> LedgerEntry {
        try await queue.writeWithoutTransaction { db in
            var result: LedgerEntry?
            try db.inTransaction(.immediate) {
                let last = try String.fetchOne(db, sql: "SELECT body FROM entries ORDER BY sequence DESC LIMIT 1")
                    .map { try decode(LedgerEntry.self, $0) }
                let entry = try make(last)
                try db.execute(
                    sql: "INSERT INTO entries (sequence, body, hash, previous_hash) VALUES (?, ?, ?, ?)",
                    arguments: [entry.sequence, try encode(entry), entry.hash, entry.previousHash])
                result = entry
                return .commit
            }
            return result!
        }
    }

    public func entries() async throws -> [LedgerEntry] {
        try await queue.read { db in
            try String.fetchAll(db, sql: "SELECT body FROM entries ORDER BY sequence").map {
                try decode(LedgerEntry.self, $0)
            }
        }
    }

    public func addProof(_ proof: StoredProof) async throws -> StoredProof {
        try await queue.write { db in
            try db.execute(
                sql: "INSERT INTO proofs (entry, body) VALUES (?, ?)", arguments: [proof.entry, try encode(proof)])
            var stored = proof
            stored.id = Int(db.lastInsertedRowID)
            try db.execute(sql: "UPDATE proofs SET body = ? WHERE id = ?", arguments: [try encode(stored), stored.id])
            return stored
        }
    }

    public func proofs() async throws -> [StoredProof] {
        try await queue.read { db in
            try Row.fetchAll(db, sql: "SELECT id, body FROM proofs ORDER BY id").map { row in
                var proof = try decode(StoredProof.self, row["body"] as String)
                // The row id is where the proof is; a body claiming another id is named by its place.
                proof.id = row["id"]
                return proof
            }
        }
    }

    /// Direct SQL on the file, for tests that tamper with it.
    public func execute(_ sql: String) throws { try queue.write { try $0.execute(sql: sql) } }
}

func encode<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
}

func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
    try JSONDecoder().decode(type, from: Data(text.utf8))
}
