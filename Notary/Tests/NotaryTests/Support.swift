import Foundation
import NotaryKit

/// A fresh folder for one test.
func temporaryFolder() -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("notary-tests-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)  // a new name
    return url
}

/// Writes a CSV of `rows` rows and 4 columns (id, name, amount, note) to `url`; `seed` varies the values.
func writeCSV(_ url: URL, rows: Int, seed: Int = 0) {
    var text = "id,name,amount,note\n"
    text.reserveCapacity(rows * 32)
    for row in 0..<rows {
        text += "\(row),name-\(row * 7 + seed),\((row * 31 + seed) % 1000 - 500),\"a, note\"\n"
    }
    try! text.write(to: url, atomically: true, encoding: .utf8)  // a temporary file
}

/// The `notary` executable built beside this test bundle.
let notaryExecutable: URL = {
    var url = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    while !FileManager.default.fileExists(atPath: url.appendingPathComponent("notary").path), url.path != "/" {
        url.deleteLastPathComponent()
    }
    return url.appendingPathComponent("notary")
}()

/// Runs `notary` with `arguments` to the end: its exit status and standard output.
@discardableResult
func runNotary(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
    let process = Process()
    process.executableURL = notaryExecutable
    process.arguments = arguments
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    try process.run()
    let out = output.fileHandleForReading.readDataToEndOfFile()
    let err = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
}

/// `runNotary` on a thread of its own, for tests that run the command while they await other work.
///
/// Waiting for a process blocks its thread. Swift's cooperative pool has one thread per core (two on a small
/// machine), so two blocking waits inside a task group would hold all of it: if the processes in turn wait for
/// something the test's own tasks hold (a writer's lock in the shared ledger), nothing ever moves again.
func runNotaryOnItsOwnThread(_ arguments: [String]) async throws -> (status: Int32, output: String, error: String) {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try runNotary(arguments) }) }.start()
    }
}
