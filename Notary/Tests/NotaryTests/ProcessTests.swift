import Foundation
import Testing

/// The `notary` command as a user runs it: killed in the middle of `add`, two writers at once, tampering.
@Suite("notary: the command", .serialized)
struct ProcessTests {
    @Test func killedDuringAddLosesNothingCommitted() async throws {
        let folder = temporaryFolder()
        let ledger = folder.appendingPathComponent("ledger.sqlite").path
        let csv = folder.appendingPathComponent("big.csv")
        writeCSV(csv, rows: 60_000)
        #expect(try runNotary(["add", csv.path, "--ledger", ledger]).status == 0)
        var completed = 1
        for delay in [5, 40, 120, 300, 600, 900] {
            let process = Process()
            process.executableURL = notaryExecutable
            process.arguments = ["add", csv.path, "--ledger", ledger]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            try await Task.sleep(for: .milliseconds(delay))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if process.terminationReason == .exit && process.terminationStatus == 0 { completed += 1 }
            let check = try runNotary(["check", "--ledger", ledger])
            #expect(check.status == 0, "killed after \(delay) ms: \(check.output)")
            let log = try runNotary(["log", "--ledger", ledger])
            let entries = log.output.split(separator: "\n").filter { $0.hasPrefix("entry ") }.count
            // Every add that finished is there, and at most the killed one besides (it may have committed just
            // before the signal).
            #expect(entries >= completed && entries <= completed + 1, "killed after \(delay) ms")
            completed = entries
        }
        #expect(try runNotary(["add", csv.path, "--ledger", ledger]).status == 0)
        #expect(try runNotary(["check", "--ledger", ledger]).status == 0)
    }

    @Test func twoWritersAtOnceKeepTheChain() async throws {
        let folder = temporaryFolder()
        let ledger = folder.appendingPathComponent("ledger.sqlite").path
        let files = (0..<2).map { folder.appendingPathComponent("writer\($0).csv") }
        for (index, file) in files.enumerated() { writeCSV(file, rows: 2_000, seed: index) }
        // Create the ledger first, so that the writers race on appends, not on creating the tables.
        #expect(try runNotary(["log", "--ledger", ledger]).status == 0)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for file in files {
                group.addTask {
                    for _ in 0..<6 {
                        let result = try await runNotaryOnItsOwnThread(["add", file.path, "--ledger", ledger])
                        #expect(result.status == 0, "\(result.error)")
                    }
                }
            }
            try await group.waitForAll()
        }
        let log = try runNotary(["log", "--ledger", ledger])
        #expect(log.output.split(separator: "\n").filter { $0.hasPrefix("entry ") }.count == 12)
        let check = try runNotary(["check", "--ledger", ledger])
        #expect(check.status == 0, "\(check.output)")
    }

    @Test func checkNamesATamperedEntryAndFailsWithStatus1() throws {
        let folder = temporaryFolder()
        let ledger = folder.appendingPathComponent("ledger.sqlite").path
        let csv = folder.appendingPathComponent("data.csv")
        writeCSV(csv, rows: 30)
        #expect(try runNotary(["add", csv.path, "--ledger", ledger]).status == 0)
        writeCSV(csv, rows: 31)
        #expect(try runNotary(["add", csv.path, "--ledger", ledger]).status == 0)
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        sqlite.arguments = [
            "python3", "-c",
            "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); "
                + "c.execute(\"UPDATE entries SET body=replace(body,'\\\"rows\\\":30','\\\"rows\\\":29') WHERE sequence=1\"); "
                + "c.commit()",
            ledger,
        ]
        try sqlite.run()
        sqlite.waitUntilExit()
        #expect(sqlite.terminationStatus == 0)
        let check = try runNotary(["check", "--ledger", ledger])
        #expect(check.status == 1)
        #expect(check.output.contains("TAMPERED: entry 1:"), "\(check.output)")
    }

    @Test func malformedCSVIsAClearError() throws {
        let folder = temporaryFolder()
        let csv = folder.appendingPathComponent("bad.csv")
        try "a,b\n1,2\n3\n".write(to: csv, atomically: true, encoding: .utf8)
        let result = try runNotary(["add", csv.path, "--ledger", folder.appendingPathComponent("l.sqlite").path])
        #expect(result.status == 1)
        #expect(result.error == "notary: malformed CSV at line 3: 1 fields where the header has 2\n")
    }
}
