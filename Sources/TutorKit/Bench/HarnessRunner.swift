import Foundation

/// What `tutor bench` needs from the timing harness: build it in release mode, and run it.
public protocol BenchRunning: Sendable {
    /// Builds the harness product (the learner's chapters and the reference, optimised) incrementally.
    func buildHarness(progress: (@Sendable (String) -> Void)?) throws(RunnerError) -> BuildResult
    /// Runs the harness with `arguments`, handing each event to `onEvent` as it is reported; stops it after `timeout`.
    func runHarness(_ arguments: [String], timeout: Duration, onEvent: @escaping @Sendable (BenchEvent) -> Void)
        throws(RunnerError) -> Termination
}

/// The harness `Benchmarks/learner-bench`, built with `swift build -c release --product learner-bench`: only the
/// targets it links are compiled, and after the first build only what the learner changed.
public struct HarnessRunner: BenchRunning {
    public static let product = "learner-bench"
    public let root: URL
    public let buildTimeout: Duration
    private let swift: String

    public init(root: URL, buildTimeout: Duration) throws(RunnerError) {
        guard let swift = ProcessRunner.locate("swift") else { throw .toolNotFound("swift") }
        self.root = root
        self.buildTimeout = buildTimeout
        self.swift = swift
    }

    public func buildHarness(progress: (@Sendable (String) -> Void)?) throws(RunnerError) -> BuildResult {
        let result = try ProcessRunner.run(
            swift, ["build", "-c", "release", "--product", Self.product], in: root, timeout: buildTimeout,
            onOutput: progress)
        switch result.termination {
        case .exited(0): return .succeeded
        case .timedOut(let limit):
            return .failed(
                diagnostics: [],
                output: result.output
                    + "\nThe release build did not finish within \(limit.components.seconds) s and was stopped (`--build-timeout` sets the limit)."
            )
        default: return .failed(diagnostics: CompilerDiagnostics.parse(result.output), output: result.output)
        }
    }

    public func runHarness(
        _ arguments: [String], timeout: Duration, onEvent: @escaping @Sendable (BenchEvent) -> Void
    ) throws(RunnerError) -> Termination {
        let executable = try harnessExecutable()
        let lines = LineBuffer()
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        // `run` reads the trusted setup and the ckzg scripts under the workbook's root.
        let located = arguments.first == "run" ? arguments + ["--root", root.path] : arguments
        let result = try ProcessRunner.run(
            executable, located, in: root, environment: environment, timeout: timeout,
            onOutput: { chunk in for line in lines.append(chunk) { BenchEvent.parse(line: line).map(onEvent) } })
        for line in lines.finish() { BenchEvent.parse(line: line).map(onEvent) }
        return result.termination
    }

    /// `.build/release/learner-bench`, or where SwiftPM says release products go.
    private func harnessExecutable() throws(RunnerError) -> String {
        let usual = root.appendingPathComponent(".build/release/\(Self.product)").path
        if FileManager.default.isExecutableFile(atPath: usual) { return usual }
        let result = try ProcessRunner.run(swift, ["build", "-c", "release", "--show-bin-path"], in: root)
        let binPath = result.output.split(separator: "\n").last.map(String.init) ?? ""
        let found = URL(fileURLWithPath: binPath).appendingPathComponent(Self.product).path
        guard FileManager.default.isExecutableFile(atPath: found) else {
            throw .cannotStart(Self.product, "no \(Self.product) in \(binPath); did the release build run?")
        }
        return found
    }
}

/// Cuts output that arrives in arbitrary chunks into whole lines.
final class LineBuffer: @unchecked Sendable {
    private let lock = NSLock()
    private var pending = ""

    /// The lines `chunk` completes.
    func append(_ chunk: String) -> [String] {
        lock.withLock {
            pending += chunk
            guard let last = pending.lastIndex(of: "\n") else { return [] }
            let complete = pending[..<last].split(separator: "\n").map(String.init)
            pending = String(pending[pending.index(after: last)...])
            return complete
        }
    }

    /// Whatever is left after the last newline.
    func finish() -> [String] {
        lock.withLock {
            defer { pending = "" }
            return pending.isEmpty ? [] : [pending]
        }
    }
}
