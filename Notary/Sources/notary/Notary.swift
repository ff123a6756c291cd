import ArgumentParser
import Foundation
import Notarisation
import NotaryKit

@main
struct NotaryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notary",
        abstract: "Notarise CSV datasets into an append-only, hash-chained ledger, and prove their rows.",
        subcommands: [Add.self, Prove.self, Verify.self, Log.self, Check.self])
}

struct LedgerOptions: ParsableArguments {
    @Option(
        help:
            "The ledger: a SQLite file (created if missing) or a postgres://user@host:port/database URL; default NOTARY_LEDGER or notary.sqlite."
    )
    var ledger: String = ProcessInfo.processInfo.environment["NOTARY_LEDGER"] ?? "notary.sqlite"

    func notary() async throws -> Notary {
        if PostgresLedger.isURL(ledger) { return Notary(ledger: try await PostgresLedger(url: ledger)) }
        return Notary(ledger: try SQLiteLedger(path: ledger))
    }
}

/// Errors as one line on standard error and exit status 1, not a stack of Swift types.
func reportingErrors(_ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch let error as ExitCode {
        throw error
    } catch {
        FileHandle.standardError.write(Data("notary: \(error)\n".utf8))
        throw ExitCode.failure
    }
}

func describe(_ entry: LedgerEntry) -> String {
    var lines = [
        "entry \(entry.sequence)  \(entry.createdAt)  \(entry.fileName)",
        "  rows         \(entry.rows) (columns: \(entry.header.joined(separator: ", ")))",
        "  file sha256  \(entry.fileSHA256)",
        "  merkle root  \(entry.merkleRoot)",
    ]
    if let column = entry.column {
        lines.append("  column       \(column): \(entry.columnCommitments.count) KZG block commitment(s)")
    }
    lines.append("  previous     \(entry.previousHash)")
    lines.append("  hash         \(entry.hash)")
    return lines.joined(separator: "\n")
}

struct Add: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Notarise a CSV file (streamed, never held whole).")
    @OptionGroup var options: LedgerOptions
    @Argument(help: "The CSV file, with a header row.") var file: String
    @Option(help: "A column to commit with KZG, so that single cells can be proven.") var column: String?

    func run() async throws {
        try await reportingErrors {
            let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
            let showProgress = isatty(STDERR_FILENO) == 1
            let entry = try await options.notary().add(path: file, column: column) { rows, bytes in
                guard showProgress else { return }
                let fraction = size > 0 ? min(1, Double(bytes) / Double(size)) : 1
                let filled = Int(fraction * 30)
                let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: 30 - filled)
                FileHandle.standardError.write(Data("\r[\(bar)] \(Int(fraction * 100))%  \(rows) rows".utf8))
            }
            if showProgress { FileHandle.standardError.write(Data("\n".utf8)) }
            print(describe(entry))
        }
    }
}

struct Prove: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Prove that a row is in the file's latest entry; the proof is stored and printed as JSON.")
    @OptionGroup var options: LedgerOptions
    @Argument(help: "The notarised CSV file.") var file: String
    @Option(help: "The row, 0 for the first record after the header.") var row: Int
    @Option(help: "Write the proof to this file instead of standard output.") var output: String?

    func run() async throws {
        try await reportingErrors {
            let proof = try await options.notary().prove(path: file, row: row)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            let json = String(decoding: try encoder.encode(proof), as: UTF8.self) + "\n"
            if let output {
                try json.write(toFile: output, atomically: true, encoding: .utf8)
                print("proof \(proof.id): row \(proof.row) of entry \(proof.entry), written to \(output)")
            } else {
                print(json, terminator: "")
            }
        }
    }
}

struct Verify: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Verify a proof (JSON from `prove`) against the ledger.")
    @OptionGroup var options: LedgerOptions
    @Argument(help: "The proof file.") var proofFile: String

    func run() async throws {
        try await reportingErrors {
            let proof = try JSONDecoder().decode(
                StoredProof.self, from: Data(contentsOf: URL(fileURLWithPath: proofFile)))
            let notary = try await options.notary()
            let entries = try await notary.ledger.entries()
            if let problem = try notary.problem(with: proof, entries: entries) {
                print("INVALID: \(problem)")
                throw ExitCode.failure
            }
            print("valid: row \(proof.row) of entry \(proof.entry) is \(proof.fields.joined(separator: ","))")
        }
    }
}

struct Log: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the ledger's entries and its current root.")
    @OptionGroup var options: LedgerOptions

    func run() async throws {
        try await reportingErrors {
            let entries = try await options.notary().ledger.entries()
            for entry in entries { print(describe(entry)) }
            print("ledger size \(entries.count), root \(Notary.ledgerTree(entries).root)")
        }
    }
}

struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Re-verify the whole ledger: every entry's hash and link, every stored proof.")
    @OptionGroup var options: LedgerOptions
    @Option(help: "A size and root printed by an earlier `log` (SIZE:HEX): check the ledger only grew since.")
    var since: String?

    func run() async throws {
        try await reportingErrors {
            let notary = try await options.notary()
            var problems = try await notary.check()
            let entries = try await notary.ledger.entries()
            if let since {
                let parts = since.split(separator: ":")
                guard parts.count == 2, let size = Int(parts[0]), let root = MerkleHash(hex: parts[1]) else {
                    throw ValidationError("--since takes SIZE:HEX, as `notary log` prints them")
                }
                let tree = Notary.ledgerTree(entries)
                let consistent =
                    size <= tree.size
                    && verifyMerkleConsistency(
                        oldSize: size, newSize: tree.size, oldRoot: root, newRoot: tree.root,
                        proof: tree.consistencyProof(from: size))
                if !consistent { problems.append("the ledger at size \(size) was not \(root): it was rewritten") }
            }
            if problems.isEmpty {
                print("ok: \(entries.count) entries, every hash and link holds, every stored proof verifies")
            } else {
                for problem in problems { print("TAMPERED: \(problem)") }
                throw ExitCode.failure
            }
        }
    }
}
