import Foundation
import KZG
import Notarisation
import NotaryKit
import Testing

@Suite("notary: the SQLite ledger")
struct LedgerTests {
    /// A small KZG setup (blocks of 16 rows) so that column tests do not load the 4096-point one.
    static let setup = try! TrustedSetup.insecureForTesting(secret: .init(7), size: 16, g2Count: 4)

    func notary(_ folder: URL) throws -> (Notary, SQLiteLedger) {
        let ledger = try SQLiteLedger(path: folder.appendingPathComponent("ledger.sqlite").path)
        return (Notary(ledger: ledger, setup: { Self.setup }), ledger)
    }

    @Test func addChainsEntriesAndTheRootIsTheRowsTree() async throws {
        let folder = temporaryFolder()
        let csv = folder.appendingPathComponent("data.csv")
        writeCSV(csv, rows: 100)
        let (notary, _) = try notary(folder)
        let first = try await notary.add(path: csv.path, column: "amount")
        writeCSV(csv, rows: 101, seed: 1)
        let second = try await notary.add(path: csv.path, column: nil)
        #expect(first.sequence == 1 && second.sequence == 2)
        #expect(first.previousHash == LedgerEntry.genesisHash)
        #expect(second.previousHash == first.hash)
        #expect(first.rows == 100 && first.columnCommitments.count == 7)  // 100 rows in blocks of 16
        // The root against the tree over the rows as the file has them, built in memory by the textbook recursion.
        let lines = try String(contentsOf: csv, encoding: .utf8).split(separator: "\n").dropFirst()
        let rows = lines.map { line -> [String] in
            let parts = line.split(separator: ",", maxSplits: 3).map(String.init)
            return [parts[0], parts[1], parts[2], "a, note"]
        }
        #expect(second.merkleRoot == MerkleTree(leafData: rows.map(CSVRows.leafData)).root.description)
        #expect(try await notary.check().isEmpty)
    }

    @Test func proveAndVerifyRowsWithTheirColumnCells() async throws {
        let folder = temporaryFolder()
        let csv = folder.appendingPathComponent("data.csv")
        writeCSV(csv, rows: 50)
        let (notary, _) = try notary(folder)
        _ = try await notary.add(path: csv.path, column: "amount")
        let entries = try await notary.ledger.entries()
        for row in [0, 17, 49] {
            let proof = try await notary.prove(path: csv.path, row: row)
            #expect(proof.fields[0] == String(row))
            #expect(try notary.problem(with: proof, entries: entries) == nil)
            var forged = proof
            forged.fields[2] = String(Int(proof.fields[2])! + 1)  // another amount: the row's hash changes
            #expect(try notary.problem(with: forged, entries: entries)?.contains("Merkle root") == true)
        }
        await #expect(throws: LedgerError.self) { try await notary.prove(path: csv.path, row: 50) }
        #expect(try await notary.check().isEmpty)
    }

    @Test func aFailedWriteLeavesNothing() async throws {
        struct Interrupted: Error {}
        let folder = temporaryFolder()
        let (notary, ledger) = try notary(folder)
        let csv = folder.appendingPathComponent("data.csv")
        writeCSV(csv, rows: 10)
        _ = try await notary.add(path: csv.path, column: nil)
        await #expect(throws: Interrupted.self) { _ = try await ledger.append { _ in throw Interrupted() } }
        #expect(try await ledger.entries().count == 1)
        #expect(try await notary.check().isEmpty)
    }

    /// Each kind of change to the stored file is found and named.
    @Test func tamperingIsDetectedAndNamed() async throws {
        let cases: [(String, String)] = [
            ("UPDATE entries SET body = replace(body, '\"rows\":100', '\"rows\":99') WHERE sequence = 1", "entry 1:"),
            ("UPDATE entries SET body = replace(body, 'data.csv', 'other.csv') WHERE sequence = 2", "entry 2:"),
            ("DELETE FROM entries WHERE sequence = 2", "entry 3:"),
            (
                "UPDATE proofs SET body = replace(body, '\"row\":3', '\"row\":4') WHERE id = 1",
                "proof 1 (entry 3, row 4)"
            ),
            ("UPDATE proofs SET body = replace(body, '\"3\"', '\"4\"') WHERE id = 1", "proof 1 (entry 3, row 3)"),
        ]
        for (sql, named) in cases {
            let folder = temporaryFolder()
            let csv = folder.appendingPathComponent("data.csv")
            let (notary, ledger) = try notary(folder)
            for seed in 0..<3 {
                writeCSV(csv, rows: 100, seed: seed)
                _ = try await notary.add(path: csv.path, column: "amount")
            }
            _ = try await notary.prove(path: csv.path, row: 3)
            #expect(try await notary.check().isEmpty)
            try ledger.execute(sql)
            let problems = try await notary.check()
            #expect(problems.contains { $0.hasPrefix(named) }, "\(sql): \(problems)")
        }
    }

    @Test func malformedCSVNamesTheLine() throws {
        let folder = temporaryFolder()
        let cases: [(String, String)] = [
            ("a,b\n1,2\n3,4\n5,6,7\n8,9\n", "line 4"),
            ("a,b\n1,\"two\nlines\"\n3\n", "line 4"),
            ("a,b\n1,2\n3,4\n5\n", "line 4"),
        ]
        for (text, line) in cases {
            let url = folder.appendingPathComponent("bad.csv")
            try text.write(to: url, atomically: true, encoding: .utf8)
            let rows = try CSVRows(path: url.path)
            #expect(throws: CSVProblem.self) { while try rows.next() != nil {} }
            do {
                while try rows.next() != nil {}
            } catch {
                #expect("\(error)".contains(line), "\(text): \(error)")
            }
        }
        let notText = folder.appendingPathComponent("binary.csv")
        try Data([0x61, 0x2c, 0x62, 0x0a, 0x31, 0x2c, 0xff, 0xfe, 0x0a]).write(to: notText)
        let rows = try CSVRows(path: notText.path)
        #expect(throws: CSVProblem.notText(line: 2)) { while try rows.next() != nil {} }
    }
}
