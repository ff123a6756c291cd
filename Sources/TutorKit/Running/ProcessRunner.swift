import Book
import Foundation
import WorkbookModel

/// How a child process ended.
public enum Termination: Equatable, Sendable {
    case exited(Int32)
    /// Killed by a signal it did not handle: a trap in Swift code (`SIGILL` on x86-64, `SIGTRAP` on arm64),
    /// a bad memory access (`SIGSEGV`, `SIGBUS`), or `abort()` (`SIGABRT`).
    case signalled(Int32)
    /// Still running at the deadline, so it was killed.
    case timedOut(Duration)
}

public struct ProcessOutput: Sendable {
    public let termination: Termination
    /// Standard output and standard error, interleaved as the process wrote them.
    public let output: String
}

/// Runs child processes with their output captured to a file and an optional deadline.
///
/// Output goes to a temporary file rather than a pipe: a chatty child can never block on a full pipe, and there is
/// no end-of-file to wait for when a killed child leaves descendants holding the pipe open.
public enum ProcessRunner {
    public static func run(
        _ executable: String,
        _ arguments: [String],
        in directory: URL,
        environment: [String: String]? = nil,
        timeout: Duration? = nil,
        onOutput: (@Sendable (String) -> Void)? = nil
    ) throws(RunnerError) -> ProcessOutput {
        let capture = FileManager.default.temporaryDirectory
            .appendingPathComponent("tutor-output-\(UUID().uuidString).txt")
        guard FileManager.default.createFile(atPath: capture.path, contents: nil),
              let writer = try? FileHandle(forWritingTo: capture),
              let reader = try? FileHandle(forReadingFrom: capture)
        else { throw .cannotStart(executable, "cannot create a temporary file in \(capture.deletingLastPathComponent().path)") }
        defer {
            try? writer.close()
            try? reader.close()
            try? FileManager.default.removeItem(at: capture)
        }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        if let environment { process.environment = environment }
        process.standardOutput = writer
        process.standardError = writer
        process.standardInput = FileHandle.nullDevice
        let ended = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in ended.signal() }
        do { try process.run() } catch { throw .cannotStart(executable, error.localizedDescription) }

        let start = ContinuousClock.now
        var collected = Data()
        var timedOut = false
        while ended.wait(timeout: .now() + 0.1) == .timedOut {
            if let onOutput, let fresh = try? reader.readToEnd(), !fresh.isEmpty {
                collected.append(fresh)
                onOutput(String(decoding: fresh, as: UTF8.self))
            }
            if let timeout, ContinuousClock.now - start > timeout {
                kill(process.processIdentifier, SIGKILL)
                ended.wait()
                timedOut = true
                break
            }
            if Interruption.wasRequested {
                kill(process.processIdentifier, SIGKILL)
                ended.wait()
                throw .interrupted
            }
        }
        // Ctrl-C reaches the child too, which usually ends it before the loop above sees the request.
        if Interruption.wasRequested { throw .interrupted }
        if let rest = try? reader.readToEnd() {
            collected.append(rest)
            if let onOutput, !rest.isEmpty { onOutput(String(decoding: rest, as: UTF8.self)) }
        }
        let termination: Termination =
            if timedOut, let timeout { .timedOut(timeout) }
            else if process.terminationReason == .uncaughtSignal { .signalled(process.terminationStatus) }
            else { .exited(process.terminationStatus) }
        return ProcessOutput(termination: termination, output: String(decoding: collected, as: UTF8.self))
    }

    /// The full path of `name` found on `PATH`, like a shell would.
    public static func locate(_ name: String) -> String? {
        if name.contains("/") { return name }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}

public enum RunnerError: Error, Equatable, CustomStringConvertible {
    case cannotStart(String, String)
    case toolNotFound(String)
    case interrupted

    public var description: String {
        switch self {
        case .cannotStart(let executable, let reason): "Cannot start \(executable): \(reason)"
        case .toolNotFound(let name): "`\(name)` is not on your PATH. Is the Swift toolchain installed?"
        case .interrupted: "Interrupted."
        }
    }
}
