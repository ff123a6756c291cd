import Book
import Foundation
import WorkbookModel

/// Builds the package's tests and runs one exercise's hidden suite at a time.
///
/// The fastest robust path on this toolchain: one build of the test product (incremental, so after a one-line
/// edit only the learner's module, its tests and the link are redone), then the test executable itself, run once
/// per suite with a Swift Testing filter and an event stream. Running the executable directly skips the package
/// resolution and planning `swift test` would repeat for every suite, and a separate process per suite means a
/// crash or a hang in one exercise cannot hide the results of another.
/// What the tutor needs from a test runner: build everything, run one suite, run one whole test target, and read
/// the package's targets as SwiftPM sees them.
public protocol TestRunning: Sendable {
    func buildTests(progress: (@Sendable (String) -> Void)?) throws(RunnerError) -> BuildResult
    func runSuite(_ filter: String, learnerDirectories: [String]) throws(RunnerError) -> SuiteResult
    func runTestTarget(_ target: String) throws(RunnerError) -> TestTargetOutcome
    /// The output of `swift package dump-package`: Package.swift as SwiftPM evaluates it.
    func packageDescription() throws(RunnerError) -> Data
    /// Builds what the checks of the configuration chapters run: the KZG service, a package of its own in
    /// `Service/` that the rest of the workbook never builds.
    func buildService(progress: (@Sendable (String) -> Void)?) throws(RunnerError) -> BuildResult
    /// Runs a chapter's preparation script (`prepare:` in its chapter.yaml), a path relative to the workbook.
    func prepare(script: String, progress: (@Sendable (String) -> Void)?) throws(RunnerError) -> BuildResult
}

extension TestRunning {
    public func buildService(progress: (@Sendable (String) -> Void)?) throws(RunnerError) -> BuildResult {
        .succeeded
    }

    public func prepare(script: String, progress: (@Sendable (String) -> Void)?) throws(RunnerError) -> BuildResult {
        .succeeded
    }
}

/// How a whole test target did under `swift test`.
public struct TestTargetOutcome: Equatable, Sendable {
    public let passed: Bool
    /// The runner's summary line(s), or why nothing ran.
    public let summary: String
    /// The first failures the run reported, one line each.
    public let failures: [String]
}

public enum BuildResult: Sendable {
    case succeeded
    case failed(diagnostics: [CompilerDiagnostic], output: String)
}

public struct TestRunner: TestRunning {
    public let root: URL
    /// How long one suite may run before its process is killed. Hidden tests already time out learner code that
    /// does not return (see `checkLearnerFunction`); this is the backstop for anything else.
    public let suiteTimeout: Duration
    /// How long one build may run before it is stopped (a first build of everything takes minutes).
    public let buildTimeout: Duration
    private let swift: String
    private let buildArguments: [String]

    public init(root: URL, suiteTimeout: Duration = .seconds(180), buildTimeout: Duration = .seconds(1800))
        throws(RunnerError)
    {
        guard let swift = ProcessRunner.locate("swift") else { throw .toolNotFound("swift") }
        self.root = root
        self.suiteTimeout = suiteTimeout
        self.buildTimeout = buildTimeout
        self.swift = swift
        // Building the test product alone, rather than `--build-tests`, leaves out what the tests do not need
        // (the benchmarks, other executables), so a learner neither waits for it nor is blocked by it.
        let manifest = (try? String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)) ?? ""
        buildArguments =
            Self.packageName(inManifest: manifest).map { ["build", "--product", "\($0)PackageTests"] }
            ?? ["build", "--build-tests"]
    }

    /// The `name:` given to `Package(…)` in a manifest. SwiftPM calls the product that links every test target
    /// `<name>PackageTests`.
    static func packageName(inManifest manifest: String) -> String? {
        var searchStart = manifest.startIndex
        while let call = manifest.range(of: "Package(", range: searchStart..<manifest.endIndex) {
            searchStart = call.upperBound
            let rest = manifest[call.upperBound...].drop { $0.isWhitespace }
            guard rest.hasPrefix("name:") else { continue }
            let value = rest.dropFirst("name:".count).drop { $0.isWhitespace }
            guard value.first == "\"" else { return nil }
            let name = value.dropFirst().prefix { $0 != "\"" }
            return name.isEmpty ? nil : String(name)
        }
        return nil
    }

    /// Builds the test product (every test target and what it depends on); `progress` receives the build's
    /// output as it comes.
    public func buildTests(progress: (@Sendable (String) -> Void)?) throws(RunnerError) -> BuildResult {
        let result = try ProcessRunner.run(swift, buildArguments, in: root, timeout: buildTimeout, onOutput: progress)
        switch result.termination {
        case .exited(0):
            return .succeeded
        case .timedOut(let limit):
            return .failed(
                diagnostics: [],
                output: result.output
                    + "\nThe build did not finish within \(limit.components.seconds) s and was stopped (`--build-timeout` sets the limit)."
            )
        default:
            return .failed(diagnostics: CompilerDiagnostics.parse(result.output), output: result.output)
        }
    }

    /// `swift build --package-path Service --product kzg-service`: the first time, the service's HTTP stack
    /// (minutes); then a second or two. The checks build it too when run by hand; building it here first gives
    /// the build its own timeout and progress line rather than a suite's.
    public func buildService(progress: (@Sendable (String) -> Void)?) throws(RunnerError) -> BuildResult {
        let package = root.appendingPathComponent("Service")
        guard FileManager.default.fileExists(atPath: package.appendingPathComponent("Package.swift").path) else {
            return .failed(diagnostics: [], output: "There is no Service/Package.swift: the service is missing.")
        }
        let result = try ProcessRunner.run(
            swift, ["build", "--package-path", package.path, "--product", "kzg-service"], in: root,
            timeout: buildTimeout, onOutput: progress)
        switch result.termination {
        case .exited(0): return .succeeded
        case .timedOut(let limit):
            return .failed(
                diagnostics: [],
                output: result.output
                    + "\nThe service's build did not finish within \(limit.components.seconds) s and was stopped (`--build-timeout` sets the limit)."
            )
        default: return .failed(diagnostics: CompilerDiagnostics.parse(result.output), output: result.output)
        }
    }

    /// `bash script` from the workbook's root, with the build's timeout: what a configuration chapter's checks need
    /// made before they run (its `prepare:` list).
    public func prepare(script: String, progress: (@Sendable (String) -> Void)?) throws(RunnerError) -> BuildResult {
        let result = try ProcessRunner.run(
            "/bin/bash", [root.appendingPathComponent(script).path], in: root, timeout: buildTimeout,
            onOutput: progress)
        switch result.termination {
        case .exited(0): return .succeeded
        case .timedOut(let limit):
            return .failed(
                diagnostics: [],
                output: result.output
                    + "\n`\(script)` did not finish within \(limit.components.seconds) s and was stopped (`--build-timeout` sets the limit)."
            )
        default: return .failed(diagnostics: [], output: result.output)
        }
    }

    public func packageDescription() throws(RunnerError) -> Data {
        let result = try ProcessRunner.run(swift, ["package", "dump-package"], in: root, timeout: buildTimeout)
        guard result.termination == .exited(0) else {
            throw .cannotStart(
                "swift package dump-package", result.output.split(separator: "\n").suffix(5).joined(separator: "\n"))
        }
        // Warnings go to the same capture; the JSON is the part from the first brace on.
        let text = result.output
        return Data((text.firstIndex(of: "{").map { String(text[$0...]) } ?? text).utf8)
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
        // A configuration chapter's checks run the KZG service. The workbook builds it before it runs them (see
        // `Workbook.run`), so each suite's process need not ask SwiftPM again, a few seconds each time.
        let service = root.appendingPathComponent("Service/.build/debug/kzg-service")
        if FileManager.default.isExecutableFile(atPath: service.path) {
            environment["KZG_SERVICE_BINARY"] = service.path
        }
        let result = try ProcessRunner.run(
            executable,
            [
                "--testing-library", "swift-testing", "--filter", pattern,
                "--event-stream-output-path", events.path, "--event-stream-version", "0",
            ],
            in: root, environment: environment, timeout: suiteTimeout)
        let stream = (try? String(contentsOf: events, encoding: .utf8)) ?? ""
        return SuiteResultParser.parse(
            filter: filter, termination: result.termination, eventStream: stream,
            consoleOutput: result.output, learnerDirectories: learnerDirectories)
    }

    /// `swift test --skip-build --filter target`, for whole test targets that may hold XCTest cases as well as
    /// Swift Testing ones. Passes only if the run exits cleanly and actually ran at least one test.
    public func runTestTarget(_ target: String) throws(RunnerError) -> TestTargetOutcome {
        let result = try ProcessRunner.run(
            swift, ["test", "--skip-build", "--filter", target], in: root,
            timeout: suiteTimeout * 10)
        let counts = TestTargetSummary(result.output)
        let failures = Array(counts.failures.prefix(5))
        switch result.termination {
        case .exited(0) where counts.testsRun > 0:
            return TestTargetOutcome(passed: true, summary: counts.summary, failures: [])
        case .exited(0):
            return TestTargetOutcome(passed: false, summary: "no tests matched `\(target)`", failures: [])
        case .exited(let status):
            return TestTargetOutcome(
                passed: false, summary: "failed (exit status \(status)): \(counts.summary)", failures: failures)
        case .signalled(let signal):
            return TestTargetOutcome(
                passed: false, summary: "crashed (signal \(signal)): \(counts.summary)", failures: failures)
        case .timedOut(let duration):
            return TestTargetOutcome(passed: false, summary: "did not finish within \(duration)", failures: failures)
        }
    }

    private func testExecutable() throws(RunnerError) -> String {
        // `swift run tutor` runs from the same folder the tests are built into, so the answer is usually right
        // next to this executable; asking SwiftPM costs a package load, so it is the fallback.
        if let own = Bundle.main.executableURL?.deletingLastPathComponent(),
            own.lastPathComponent == "debug", let found = Self.testBundle(in: own)
        {
            return found
        }
        let result = try ProcessRunner.run(swift, ["build", "--show-bin-path"], in: root)
        let binPath = result.output.split(separator: "\n").last.map(String.init) ?? ""
        guard let found = Self.testBundle(in: URL(fileURLWithPath: binPath)) else {
            throw .cannotStart(
                "the tests", "no test executable (*PackageTests.xctest) in \(binPath); did the build run?")
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
    /// Swift Testing's "recorded an issue" lines and XCTest's "error:" lines, in order.
    var failures: [String] = []

    init(_ output: String) {
        for line in output.split(separator: "\n") {
            // Swift Testing: "✔ Test run with 42 tests in 5 suites passed after 1.2 seconds."
            // XCTest:        "Executed 12 tests, with 0 failures (0 unexpected) in 0.5 (0.5) seconds"
            let text = String(line)
            if text.contains(" recorded an issue at ") || (text.contains(": error: ") && text.contains("XCT")) {
                failures.append(text.trimmingCharacters(in: .whitespaces))
            }
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
