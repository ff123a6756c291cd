import Foundation
import KZG
import NotaryKit
import Testing

/// A PostgreSQL server of its own for one test: Debian's `postgresql` binaries, a fresh cluster in a temporary
/// folder, listening on loopback only, trusted local logins; stopped at the end. As root, the server runs as the
/// `postgres` user (PostgreSQL refuses to run as root).
final class PostgresServer {
    let folder: URL
    let port: Int
    private let asPostgres: [String]
    private let bin: String

    var url: String { "postgres://postgres@127.0.0.1:\(port)/postgres" }

    init() throws {
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []
        guard let version = versions.sorted().last else {
            throw ServerError("no PostgreSQL server in /usr/lib/postgresql: apt-get install postgresql")
        }
        bin = "/usr/lib/postgresql/\(version)/bin"
        folder = URL(fileURLWithPath: "/tmp/notary-pg-\(UUID().uuidString)")
        port = Int.random(in: 20_000...40_000)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        asPostgres = getuid() == 0 ? ["/usr/sbin/runuser", "-u", "postgres", "--"] : []
        if getuid() == 0 { try Self.run(["/bin/chown", "postgres", folder.path]) }
        let data = folder.appendingPathComponent("data").path
        try Self.run(asPostgres + ["\(bin)/initdb", "-D", data, "-A", "trust", "-U", "postgres", "--no-sync"])
        // `pg_ctl start` leaves the server running, and the server inherits every descriptor pg_ctl had: among them
        // the end of the socket pair through which Foundation's `Process` learns that its child exited. Held open by
        // the server, it made `waitUntilExit` wait for the server to stop, that is for ever. So the server starts
        // under a shell that first closes every descriptor above standard error.
        try Self.run(
            ["/bin/bash", "-c", Self.closingInheritedDescriptors, "bash"] + asPostgres + [
                "\(bin)/pg_ctl", "-D", data, "-l", folder.appendingPathComponent("log").path, "-w", "-o",
                "-p \(port) -k \(folder.path) -c listen_addresses=127.0.0.1 -c fsync=off", "start",
            ])
    }

    /// A bash script (dash cannot name descriptors above 9) that closes descriptors 3 and above, then runs its
    /// arguments.
    static let closingInheritedDescriptors = """
        for fd in /proc/$$/fd/*; do n=${fd##*/}; [ "$n" -gt 2 ] && eval "exec $n>&-"; done; exec "$@"
        """

    func stop() {
        try? Self.run(
            asPostgres + ["\(bin)/pg_ctl", "-D", folder.appendingPathComponent("data").path, "-m", "immediate", "stop"])
        try? FileManager.default.removeItem(at: folder)
    }

    struct ServerError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    static func run(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        // A file, not a pipe: the server that `pg_ctl start` leaves running inherits the descriptor, and a pipe
        // would never reach its end.
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("notary-pg-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        defer { try? FileManager.default.removeItem(at: log) }
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try? handle.close()
        let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        guard process.terminationStatus == 0 else {
            throw ServerError("\(arguments.joined(separator: " ")) failed: \(text)")
        }
    }
}

@Suite("notary: the PostgreSQL ledger, against a real server", .serialized)
struct PostgresTests {
    static let setup = try! TrustedSetup.insecureForTesting(secret: .init(11), size: 16, g2Count: 4)

    @Test func twoWritersAtOnceKeepTheChain() async throws {
        let server = try PostgresServer()
        defer { server.stop() }
        let folder = temporaryFolder()
        let files = (0..<2).map { folder.appendingPathComponent("writer\($0).csv") }
        for (index, file) in files.enumerated() { writeCSV(file, rows: 500, seed: index) }
        let url = server.url
        // Two writers in this process, each with its own connections, and two `notary` processes, all at once.
        try await withThrowingTaskGroup(of: Void.self) { group in
            for file in files {
                group.addTask {
                    let notary = Notary(ledger: try await PostgresLedger(url: url), setup: { Self.setup })
                    for _ in 0..<8 { _ = try await notary.add(path: file.path, column: "amount") }
                }
                group.addTask {
                    for _ in 0..<4 {
                        let result = try await runNotaryOnItsOwnThread(["add", file.path, "--ledger", url])
                        #expect(result.status == 0, "\(result.error)")
                    }
                }
            }
            try await group.waitForAll()
        }
        let notary = Notary(ledger: try await PostgresLedger(url: server.url), setup: { Self.setup })
        let entries = try await notary.ledger.entries()
        #expect(entries.count == 24)
        #expect(entries.map(\.sequence) == Array(1...24))
        for (previous, entry) in zip(entries, entries.dropFirst()) { #expect(entry.previousHash == previous.hash) }
        #expect(try await notary.check().isEmpty)
        let check = try runNotary(["check", "--ledger", server.url])
        #expect(check.status == 0, "\(check.output)\(check.error)")
    }

    @Test func proveVerifyAndTamperingOnTheSharedLedger() async throws {
        let server = try PostgresServer()
        defer { server.stop() }
        let folder = temporaryFolder()
        let csv = folder.appendingPathComponent("data.csv")
        let ledger = try await PostgresLedger(url: server.url)
        let notary = Notary(ledger: ledger, setup: { Self.setup })
        for seed in 0..<3 {
            writeCSV(csv, rows: 40, seed: seed)
            _ = try await notary.add(path: csv.path, column: "amount")
        }
        let proof = try await notary.prove(path: csv.path, row: 21)
        #expect(try notary.problem(with: proof, entries: try await ledger.entries()) == nil)
        #expect(try await notary.check().isEmpty)
        try await ledger.execute(
            "UPDATE entries SET body = replace(body, '\"rows\":40', '\"rows\":41') WHERE sequence = 2")
        try await ledger.execute("UPDATE proofs SET body = replace(body, '\"21\"', '\"22\"') WHERE id = 1")
        let problems = try await notary.check()
        #expect(problems.contains { $0.hasPrefix("entry 2:") }, "\(problems)")
        #expect(problems.contains { $0.hasPrefix("proof 1 (entry 3, row 21)") }, "\(problems)")
    }
}
