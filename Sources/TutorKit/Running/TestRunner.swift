import Foundation

/// Builds the package's tests and runs one exercise's hidden suite at a time.
///
/// The fastest robust path on this toolchain: one `swift build --build-tests` (incremental, so after a one-line
/// edit only the learner's module, its tests and the link are redone), then the test executable itself, run once
/// per suite with a Swift Testing filter and an event stream. Running the executable directly skips the package
/// resolution and planning `swift test` would repeat for every suite, and a separate process per suite means a
/// crash or a hang in one exercise cannot hide the results of another.
public struct TestRunner: Sendable {
    public let root: URL
    /// How long one suite may run before its process is killed. Hidden tests already time out learner code that
    /// does not return (see `checkLearnerFunction`); this is the backstop for anything else.
    public let suiteTimeout: Duration
    private let swift: String

    public init(root: URL, suiteTimeout: Duration = .seconds(180)) throws(RunnerError) {
        guard let swift = ProcessRunner.locate("swift") else { throw .toolNotFound("swift") }
        self.root = root
        self.suiteTimeout = suiteTimeout
        self.swift = swift
    }

    public enum BuildResult: Sendable {
        case succeeded
        case failed(diagnostics: [CompilerDiagnostic], output: String)
    }

    /// `swift build --build-tests`; `progress` receives the build's output as it comes.
    public func buildTests(progress: (@Sendable (String) -> Void)? = nil) throws(RunnerError) -> BuildResult {
        let result = try ProcessRunner.run(swift, ["build", "--build-tests"], in: root, onOutput: progress)
        if result.termination == .exited(0) { return .succeeded }
        return .failed(diagnostics: CompilerDiagnostics.parse(result.output), output: result.output)
    }

    /// Runs the Swift Testing suites matching `filter` (e.g. `Chapter01Tests.AddWithCarryTests`) in a fresh test
    /// process. The filter is anchored so that `…Tests.Add` does not also select `…Tests.AddMore`.
    public func runSuite(_ filter: String, learnerDirectories: [String]) throws(RunnerError) -> SuiteResult {
        let executable = try testExecutable()
        let events = FileManager.default.temporaryDirectory
            .appendingPathComponent("tutor-events-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: events) }
        let pattern = "^" + NSRegularExpression.escapedPattern(for: filter) + "(/|$)"
        var environment = ProcessInfo.processInfo.environment
        // The runtime's backtracer would otherwise stop and wait for a debugger on a terminal.
        environment["SWIFT_BACKTRACE"] = "enable=yes,interactive=no"
        let result = try ProcessRunner.run(
            executable,
            ["--testing-library", "swift-testing", "--filter", pattern,
             "--event-stream-output-path", events.path, "--event-stream-version", "0"],
            in: root, environment: environment, timeout: suiteTimeout)
        let stream = (try? String(contentsOf: events, encoding: .utf8)) ?? ""
        return SuiteResultParser.parse(filter: filter, termination: result.termination, eventStream: stream,
                                       consoleOutput: result.output, learnerDirectories: learnerDirectories)
    }

    /// `swift test --skip-build --filter target`, for whole test targets that may hold XCTest cases as well as
    /// Swift Testing ones. Passes only if the run exits cleanly and actually ran at least one test.
    public func runTestTarget(_ target: String) throws(RunnerError) -> (passed: Bool, summary: String) {
        let result = try ProcessRunner.run(swift, ["test", "--skip-build", "--filter", target], in: root,
                                           timeout: suiteTimeout * 10)
        let counts = TestTargetSummary(result.output)
        let summary = counts.summary
        switch result.termination {
        case .exited(0) where counts.testsRun > 0: return (true, summary)
        case .exited(0): return (false, "no tests matched `\(target)`")
        case .exited(let status): return (false, "failed (exit status \(status)): \(summary)")
        case .signalled(let signal): return (false, "crashed (signal \(signal)): \(summary)")
        case .timedOut(let duration): return (false, "did not finish within \(duration)")
        }
    }

    private func testExecutable() throws(RunnerError) -> String {
        // `swift run tutor` runs from the same folder the tests are built into, so the answer is usually right
        // next to this executable; asking SwiftPM costs a package load, so it is the fallback.
        if let own = Bundle.main.executableURL?.deletingLastPathComponent(),
           own.lastPathComponent == "debug", let found = Self.testBundle(in: own) {
            return found
        }
        let result = try ProcessRunner.run(swift, ["build", "--show-bin-path"], in: root)
        let binPath = result.output.split(separator: "\n").last.map(String.init) ?? ""
        guard let found = Self.testBundle(in: URL(fileURLWithPath: binPath)) else {
            throw .cannotStart("the tests", "no test executable (*PackageTests.xctest) in \(binPath); did the build run?")
        }
        return found
    }

    private static func testBundle(in directory: URL) -> String? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.first { $0.hasSuffix("PackageTests.xctest") }.map { directory.appendingPathComponent($0).path }
    }
}

/// The test counts `swift test` prints at the end of its XCTest and Swift Testing runs.
struct TestTargetSummary {
    var testsRun = 0
    var summary = ""

    init(_ output: String) {
        for line in output.split(separator: "\n") {
            // Swift Testing: "✔ Test run with 42 tests in 5 suites passed after 1.2 seconds."
            // XCTest:        "Executed 12 tests, with 0 failures (0 unexpected) in 0.5 (0.5) seconds"
            let text = String(line)
            if let count = Self.number(after: "Test run with ", in: text) {
                testsRun += count
                summary = text.trimmingCharacters(in: .whitespaces)
            } else if let count = Self.number(after: "Executed ", in: text), text.contains(" test") {
                // XCTest prints a line per suite and a last one for the whole run; keep the last.
                xctestRun = count
                xctestSummary = text.trimmingCharacters(in: .whitespaces)
            }
        }
        testsRun += xctestRun
        summary = [xctestRun > 0 ? xctestSummary : nil, summary.isEmpty ? nil : summary]
            .compactMap { $0 }.joined(separator: "; ")
    }

    private var xctestRun = 0
    private var xctestSummary = ""

    private static func number(after prefix: String, in text: String) -> Int? {
        guard let range = text.range(of: prefix) else { return nil }
        return Int(text[range.upperBound...].prefix { $0.isNumber })
    }
}
