import Foundation
import Testing
import WorkbookModel

/// `tutor recall` as a person uses it: the built `tutor` runs in a real terminal (a tmux pane), the test types
/// into it with `send-keys` and reads the screen with `capture-pane`, on a workbook holding chapters 1 and 2 with
/// every exercise passed.
@Suite(.serialized) struct RecallTerminalTests {
    @Test func aLearnerAnswersGradesAndFindsTheScheduleAfterARestart() throws {
        let tmux = try #require(try Tmux.locateOrInstall())
        let tutor = try #require(Self.tutorExecutable(), "the `tutor` executable is not built: run `swift build`")
        let workbook = try Self.workbookWithChaptersOneAndTwoPassed()
        defer { try? FileManager.default.removeItem(at: workbook) }

        let session = try tmux.start(command: "'\(tutor.path)' recall; echo \"tutor exited $?\"", in: workbook)
        defer { session.stop() }
        try session.waitFor("15 recall questions due today.")
        try session.waitFor("Your answer (an empty line ends it):")
        session.type("Two limbs plus a carry: 65 bits.")
        session.type("")
        try session.waitFor("How well did you recall it?")
        session.type("3")
        try session.waitFor("Next in 1 day, on \(Day.today().adding(days: 1))")
        try session.waitFor("[2/15]")
        session.type("q")
        try session.waitFor("tutor exited 0")
        #expect(session.screen().contains("Reviewed 1 question today."))

        // Another run, another process: the schedule was saved.
        let state = try Data(contentsOf: workbook.appendingPathComponent(ProgressStore.fileName))
        let object = try #require(try JSONSerialization.jsonObject(with: state) as? [String: Any])
        let cards = try #require(object["recall"] as? [String: [String: Any]])
        #expect(cards.count == 15)
        #expect(cards["01-big-integers/q1"]?["due"] as? String == Day.today().adding(days: 1).description)
        #expect(cards["01-big-integers/q1"]?["repetitions"] as? Int == 1)
        let answers = try #require(object["answers"] as? [String: [String: Any]])
        #expect(answers["01-big-integers/q1"]?["text"] as? String == "Two limbs plus a carry: 65 bits.")
        let list = try Self.run(tutor, ["recall", "--list"], in: workbook)
        #expect(list.contains("Q1  on \(Day.today().adding(days: 1))"))
        #expect(list.contains("Q2  due"))
    }

    /// A temporary workbook: the repository's chapters 1 and 2 (text and metadata) and a progress file in which all
    /// their exercises pass. `tutor recall` needs nothing else.
    static func workbookWithChaptersOneAndTwoPassed() throws -> URL {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("recall-\(UUID().uuidString)")
        let chapters = folder.appendingPathComponent("Chapters")
        try FileManager.default.createDirectory(at: chapters, withIntermediateDirectories: true)
        try Data("// swift-tools-version: 6.1\n".utf8).write(to: folder.appendingPathComponent("Package.swift"))
        for name in ["01-big-integers", "02-scalar-field"] {
            try FileManager.default.createDirectory(
                at: chapters.appendingPathComponent(name), withIntermediateDirectories: true)
            for file in ["chapter.yaml", "README.md"] {
                try FileManager.default.copyItem(
                    at: repository.appendingPathComponent("Chapters/\(name)/\(file)"),
                    to: chapters.appendingPathComponent("\(name)/\(file)"))
            }
        }
        let catalog = try Catalog(root: folder)
        try ProgressStore(root: folder).save(LearnerProgress(done: Set(catalog.exercises.map(\.id))))
        return folder
    }

    /// `tutor`, built beside this test bundle.
    static func tutorExecutable() -> URL? {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<3 {
            let candidate = directory.appendingPathComponent("tutor")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return nil
    }

    static func run(_ executable: URL, _ arguments: [String], in folder: URL) throws -> String {
        try runProcess(executable, arguments, in: folder)
    }
}

/// tmux on a socket of its own, so the test never touches a learner's sessions.
struct Tmux {
    let executable: URL
    let socket = "recall-test-\(UUID().uuidString.prefix(8))"

    /// tmux from `PATH`, or installed with apt-get; nil, with the reason recorded, when neither works.
    static func locateOrInstall() throws -> Tmux? {
        if let found = locate() { return Tmux(executable: found) }
        let install = "apt-get install -y tmux || (apt-get update && apt-get install -y tmux)"
        _ = try runProcess(
            URL(fileURLWithPath: "/usr/bin/env"), ["DEBIAN_FRONTEND=noninteractive", "/bin/sh", "-c", install],
            timeout: 600)
        if let found = locate() { return Tmux(executable: found) }
        Issue.record("tmux is needed for this test and could not be installed: install Debian's `tmux` package.")
        return nil
    }

    private static func locate() -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":").map(String.init) + ["/usr/bin"] {
            let candidate = URL(fileURLWithPath: directory).appendingPathComponent("tmux")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    struct Session {
        let tmux: Tmux
        let name = "recall"

        func type(_ text: String) {
            if !text.isEmpty { _ = try? tmux.call(["send-keys", "-t", name, "-l", text]) }
            _ = try? tmux.call(["send-keys", "-t", name, "Enter"])
        }

        func screen() -> String { (try? tmux.call(["capture-pane", "-t", name, "-p", "-S", "-200"])) ?? "" }

        /// Waits until the screen shows `text`, or fails after `seconds` with what the screen showed.
        func waitFor(_ text: String, seconds: Double = 30) throws {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                if screen().contains(text) { return }
                Thread.sleep(forTimeInterval: 0.1)
            }
            Issue.record("the terminal never showed “\(text)”; it showed:\n\(screen().suffix(1500))")
            throw CancellationError()
        }

        func stop() { _ = try? tmux.call(["kill-server"]) }
    }

    func start(command: String, in folder: URL) throws -> Session {
        // This call starts the tmux server, which inherits the descriptor through which Foundation learns that the
        // process it started has ended, so it is never seen to end: start it and wait for the session instead.
        let process = Process()
        process.executableURL = executable
        process.arguments = [
            "-L", socket, "new-session", "-d", "-s", "recall", "-x", "120", "-y", "50", "-c", folder.path,
            "\(command); sleep 600",
        ]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(30)
        while !(try call(["list-sessions"])).contains("recall:") {
            guard Date() < deadline else {
                Issue.record("tmux did not start a session within 30 s")
                throw CancellationError()
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return Session(tmux: self)
    }

    @discardableResult
    func call(_ arguments: [String]) throws -> String {
        try runProcess(executable, ["-L", socket] + arguments)
    }
}

/// Runs `executable` to its end (at most `timeout` seconds) and returns what it printed, through a file, polling
/// for the end as the browser tests do.
func runProcess(
    _ executable: URL, _ arguments: [String], in folder: URL? = nil, timeout: TimeInterval = 60
) throws -> String {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let folder { process.currentDirectoryURL = folder }
    process.standardInput = FileHandle.nullDevice
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("process-\(UUID().uuidString).txt")
    _ = FileManager.default.createFile(atPath: output.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: output) }
    let handle = try FileHandle(forWritingTo: output)
    process.standardOutput = handle
    process.standardError = handle
    try process.run()
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
    if process.isRunning {
        process.terminate()
        Issue.record(
            "\(executable.lastPathComponent) \(arguments.joined(separator: " ")) did not finish in \(Int(timeout)) s")
    }
    try handle.close()
    return String(decoding: try Data(contentsOf: output), as: UTF8.self)
}
