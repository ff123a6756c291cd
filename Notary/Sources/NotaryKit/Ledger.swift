/// An append-only ledger of notarisations, hash-chained. Implementations: `SQLiteLedger` (one file, the default)
/// and a shared PostgreSQL one.
public protocol Ledger: Sendable {
    /// Appends the entry `make` builds from the current last entry (nil when the ledger is empty), in one
    /// transaction that holds the ledger's write lock: two writers at once each see the other's entry as the last,
    /// so the chain never forks.
    func append(_ make: @Sendable (LedgerEntry?) throws -> LedgerEntry) async throws -> LedgerEntry
    /// Every entry, in order.
    func entries() async throws -> [LedgerEntry]
    /// Stores a proof and returns it with its id.
    func addProof(_ proof: StoredProof) async throws -> StoredProof
    /// Every stored proof, in order.
    func proofs() async throws -> [StoredProof]
}

/// Why the ledger refused or failed.
public enum LedgerError: Error, CustomStringConvertible {
    case chainConflict(String)
    case notFound(String)

    public var description: String {
        switch self {
        case .chainConflict(let text): "ledger conflict: \(text)"
        case .notFound(let text): text
        }
    }
}
