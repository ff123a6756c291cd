import Foundation
import Logging
import PostgresNIO

/// The ledger in PostgreSQL, for a team that shares one: the same tables as the SQLite ledger, reached with
/// postgres-nio through a URL `postgres://user[:password]@host[:port]/database`.
///
/// Each operation opens one connection (the command is short-lived). An append is one transaction that first takes
/// a transaction-scoped advisory lock, so that writers on any number of machines take turns: each reads the last
/// entry only once the previous writer has committed, and links to it. `previous_hash UNIQUE` backs this up in the
/// schema.
public struct PostgresLedger: Ledger {
    private let configuration: PostgresConnection.Configuration
    private static let logger = Logger(label: "notary.postgres")
    /// The advisory lock key of the ledger's writers ("zkwn" in ASCII).
    private static let lockKey = 0x7a6b_776e

    /// Whether `text` names a PostgreSQL ledger rather than a SQLite file.
    public static func isURL(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    public init(url text: String) async throws {
        guard let url = URLComponents(string: text), Self.isURL(text), let host = url.host, !host.isEmpty else {
            throw LedgerError.notFound("not a PostgreSQL URL: \(text) (postgres://user@host:port/database)")
        }
        let database = String(url.path.drop(while: { $0 == "/" }))
        configuration = PostgresConnection.Configuration(
            host: host, port: url.port ?? 5432, username: url.user ?? "postgres", password: url.password,
            database: database.isEmpty ? nil : database, tls: .disable)
        try await withConnection { connection in
            try await connection.query("BEGIN", logger: Self.logger)
            // CREATE TABLE IF NOT EXISTS is not safe against a concurrent one: take the writers' lock first.
            try await connection.query("SELECT pg_advisory_xact_lock(\(Self.lockKey))", logger: Self.logger)
            try await connection.query(
                """
                CREATE TABLE IF NOT EXISTS entries (
                    sequence BIGINT PRIMARY KEY,
                    body TEXT NOT NULL,
                    hash TEXT NOT NULL,
                    previous_hash TEXT NOT NULL UNIQUE
                )
                """, logger: Self.logger)
            try await connection.query(
                """
                CREATE TABLE IF NOT EXISTS proofs (
                    id BIGSERIAL PRIMARY KEY,
                    entry BIGINT NOT NULL REFERENCES entries(sequence),
                    body TEXT NOT NULL
                )
                """, logger: Self.logger)
            try await connection.query("COMMIT", logger: Self.logger)
        }
    }

    private func withConnection<T>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        let connection = try await PostgresConnection.connect(
            configuration: configuration, id: 1, logger: Self.logger)
        do {
            let result = try await body(connection)
            try await connection.close()
            return result
        } catch {
            try? await connection.close()
            throw error
        }
    }

    public func append(_ make: @Sendable (LedgerEntry?) throws -> LedgerEntry) async throws -> LedgerEntry {
        try await withConnection { connection in
            try await connection.query("BEGIN", logger: Self.logger)
            do {
                try await connection.query("SELECT pg_advisory_xact_lock(\(Self.lockKey))", logger: Self.logger)
                var last: LedgerEntry?
                let rows = try await connection.query(
                    "SELECT body FROM entries ORDER BY sequence DESC LIMIT 1", logger: Self.logger)
                for try await body in rows.decode(String.self) { last = try decode(LedgerEntry.self, body) }
                let entry = try make(last)
                let body = try encode(entry)
                try await connection.query(
                    """
                    INSERT INTO entries (sequence, body, hash, previous_hash)
                    VALUES (\(entry.sequence), \(body), \(entry.hash), \(entry.previousHash))
                    """, logger: Self.logger)
                try await connection.query("COMMIT", logger: Self.logger)
                return entry
            } catch {
                _ = try? await connection.query("ROLLBACK", logger: Self.logger)
                throw error
            }
        }
    }

    public func entries() async throws -> [LedgerEntry] {
        try await withConnection { connection in
            var entries = [LedgerEntry]()
            let rows = try await connection.query("SELECT body FROM entries ORDER BY sequence", logger: Self.logger)
            for try await body in rows.decode(String.self) { entries.append(try decode(LedgerEntry.self, body)) }
            return entries
        }
    }

    public func addProof(_ proof: StoredProof) async throws -> StoredProof {
        try await withConnection { connection in
            let body = try encode(proof)
            var stored = proof
            let rows = try await connection.query(
                "INSERT INTO proofs (entry, body) VALUES (\(proof.entry), \(body)) RETURNING id", logger: Self.logger)
            for try await id in rows.decode(Int.self) { stored.id = id }
            let storedBody = try encode(stored)
            try await connection.query(
                "UPDATE proofs SET body = \(storedBody) WHERE id = \(stored.id)", logger: Self.logger)
            return stored
        }
    }

    public func proofs() async throws -> [StoredProof] {
        try await withConnection { connection in
            var proofs = [StoredProof]()
            let rows = try await connection.query("SELECT id, body FROM proofs ORDER BY id", logger: Self.logger)
            for try await (id, body) in rows.decode((Int, String).self) {
                var proof = try decode(StoredProof.self, body)
                proof.id = id
                proofs.append(proof)
            }
            return proofs
        }
    }

    /// Direct SQL, for tests that tamper with the ledger.
    public func execute(_ sql: String) async throws {
        _ = try await withConnection { try await $0.query(PostgresQuery(unsafeSQL: sql), logger: Self.logger) }
    }
}
