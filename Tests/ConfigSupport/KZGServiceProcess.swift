import Foundation
import Testing

/// The real `kzg-service` (the package in `Service/`), built once per test process and started with a learner's
/// configuration.
public enum KZGServiceBinary {
    /// The executable, built with `swift build --package-path Service --product kzg-service` the first time it is
    /// asked for in this process: incremental, so a second of work when nothing changed (`tutor` builds it first,
    /// with its build timeout and progress, before it runs a configuration chapter's checks). Set
    /// `KZG_SERVICE_BINARY` to use another build.
    public static func path() throws(ServiceStartError) -> String { try built.get() }

    private static let built: Result<String, ServiceStartError> = {
        if let given = ProcessInfo.processInfo.environment["KZG_SERVICE_BINARY"] {
            return FileManager.default.isExecutableFile(atPath: given)
                ? .success(given) : .failure(ServiceStartError("KZG_SERVICE_BINARY=\(given) is not an executable"))
        }
        guard let swift = Tools.locate("swift") else {
            return .failure(ServiceStartError("`swift` is not on the PATH, so the service cannot be built"))
        }
        let package = workbookRoot.appendingPathComponent("Service").path
        let result: (status: Int32, output: String, errors: String)
        do {
            result = try ChildProcess.run(
                swift, ["build", "--package-path", package, "--product", "kzg-service"], timeout: .seconds(3600))
        } catch {
            return .failure(ServiceStartError("cannot run swift build: \(error)"))
        }
        guard result.status == 0 else {
            let tail = (result.output + result.errors).split(separator: "\n").suffix(15).joined(separator: "\n")
            return .failure(
                ServiceStartError("`swift build --package-path Service --product kzg-service` failed:\n\(tail)"))
        }
        return .success(Self.defaultBuildPath)
    }()

    /// Where SwiftPM puts the debug executable.
    public static var defaultBuildPath: String {
        workbookRoot.appendingPathComponent("Service/.build/debug/kzg-service").path
    }
}

/// Why the service could not be started or did not become ready; the text says what the service printed.
public struct ServiceStartError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// One running `kzg-service`: where it listens, its logs, and how it is stopped.
public final class KZGServiceProcess: @unchecked Sendable {
    public let child: ChildProcess
    public let host: String
    public let port: Int
    public var baseURL: String { "http://\(host):\(port)" }

    /// Starts the service with `arguments` (`--config FILE`, flags) and `environment` (added to a clean one: only
    /// `PATH` and `HOME` are kept from this process, so a `KZG_SERVICE_…` variable of the caller's shell cannot
    /// change the result), and waits until `GET /health/ready` answers 200 on `host`:`port` (the address the
    /// configuration is expected to give). If the process exits first, or is not ready within `timeout`, it is
    /// stopped and the error says what it printed.
    public static func start(
        arguments: [String], environment: [String: String] = [:], host: String = "127.0.0.1", port: Int,
        timeout: Duration = .seconds(60)
    ) async throws(ServiceStartError) -> KZGServiceProcess {
        let binary = try KZGServiceBinary.path()
        if isListening(host: host, port: port) {
            throw ServiceStartError(
                "something else already listens on \(host):\(port); stop it (`ss -ltnp` shows which process) and run the checks again"
            )
        }
        var clean = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        if let home = ProcessInfo.processInfo.environment["HOME"] { clean["HOME"] = home }
        clean.merge(environment) { $1 }
        let child: ChildProcess
        do { child = try ChildProcess(binary, arguments, environment: clean, replacingEnvironment: true) } catch {
            throw ServiceStartError("cannot start \(binary): \(error)")
        }
        let service = KZGServiceProcess(child: child, host: host, port: port)
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if let status = child.exitStatus {
                throw ServiceStartError(
                    "the service exited with status \(status) before it was ready; it printed:\n\(service.printed)")
            }
            if let answer = try? await HTTPProbe.get("\(service.baseURL)/health/ready", timeout: 2),
                answer.status == 200
            {
                return service
            }
            try? await Task.sleep(for: .milliseconds(100))
        }
        child.stop()
        throw ServiceStartError(
            "the service did not answer 200 on http://\(host):\(port)/health/ready within \(timeout); it printed:\n\(service.printed)"
        )
    }

    private init(child: ChildProcess, host: String, port: Int) {
        self.child = child
        self.host = host
        self.port = port
    }

    /// Its standard output (the log lines) and standard error, the last lines of each.
    public var printed: String {
        let out = child.output.split(separator: "\n").suffix(12).joined(separator: "\n")
        let err = child.errors.split(separator: "\n").suffix(12).joined(separator: "\n")
        return [out, err].filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// The log lines written so far (standard output).
    public var logLines: [String] { child.output.split(separator: "\n").map(String.init) }

    /// SIGTERM, as an orchestrator stops it; returns the exit status.
    @discardableResult
    public func stop() -> Int32 { child.stop(grace: .seconds(30)) }

    deinit { if child.isRunning { child.stop(grace: .seconds(5)) } }

    /// Runs the service to its end with `arguments` and `environment` (as `start` does), for configurations that
    /// must be refused, and for `--print-config`.
    public static func runToExit(
        arguments: [String], environment: [String: String] = [:], timeout: Duration = .seconds(60)
    ) throws(ServiceStartError) -> (status: Int32, output: String, errors: String) {
        let binary = try KZGServiceBinary.path()
        var clean = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        if let home = ProcessInfo.processInfo.environment["HOME"] { clean["HOME"] = home }
        clean.merge(environment) { $1 }
        do {
            return try ChildProcess.run(
                binary, arguments, environment: clean, replacingEnvironment: true, timeout: timeout)
        } catch {
            throw ServiceStartError("cannot start \(binary): \(error)")
        }
    }

    /// The effective settings as the service itself reads them (`--print-config`): key → (value, source).
    public static func effectiveConfiguration(
        arguments: [String], environment: [String: String] = [:]
    ) throws(ServiceStartError) -> [String: (value: String, source: String)] {
        let run = try runToExit(arguments: arguments + ["--print-config"], environment: environment)
        guard run.status == 0 else {
            throw ServiceStartError(
                "`kzg-service \((arguments + ["--print-config"]).joined(separator: " "))` exited with status \(run.status):\n\(run.errors)"
            )
        }
        var settings: [String: (value: String, source: String)] = [:]
        // `key = value  (source)`, one a line.
        for line in run.output.split(separator: "\n") {
            guard let equals = line.range(of: " = "), let open = line.range(of: "  (", options: .backwards) else {
                continue
            }
            let key = line[..<equals.lowerBound].trimmingCharacters(in: .whitespaces)
            let value = String(line[equals.upperBound..<open.lowerBound])
            let source = String(line[open.upperBound...].dropLast())
            settings[key] = (value, source)
        }
        return settings
    }
}

/// One setting a check expects the service to end up with: its key, its value as `--print-config` shows it, and
/// the layer it must come from (`file`, `environment`, `flag`, `default`).
public struct ExpectedSetting: Sendable {
    public let key: String
    public let value: String
    public let layer: String
    public init(_ key: String, _ value: String, from layer: String) {
        self.key = key
        self.value = value
        self.layer = layer
    }
}

/// Asks the service what it makes of `arguments` and `environment` (`--print-config`) and records one issue
/// listing every setting that differs from `expected`, in value or in layer. Returns whether all matched.
@discardableResult
public func expectSettings(
    _ expected: [ExpectedSetting], arguments: [String], environment: [String: String] = [:],
    file: LearnerConfigFile, sourceLocation: SourceLocation = #_sourceLocation
) -> Bool {
    let settings: [String: (value: String, source: String)]
    do { settings = try KZGServiceProcess.effectiveConfiguration(arguments: arguments, environment: environment) } catch
    {
        recordProblem(
            "The service refuses this configuration", file: file.path, detail: error.description,
            sourceLocation: sourceLocation)
        return false
    }
    var wrong: [String] = []
    for setting in expected {
        guard let found = settings[setting.key] else {
            wrong.append("\(setting.key): the service has no such setting")
            continue
        }
        let layer = String(found.source.prefix { $0 != " " })
        if found.value != setting.value || layer != setting.layer {
            wrong.append(
                "\(setting.key): expected \(setting.value) from the \(setting.layer), got \(found.value) (\(found.source))"
            )
        }
    }
    guard !wrong.isEmpty else { return true }
    recordProblem(
        "The service, asked with --print-config, does not end up with the settings the scenario asks for",
        file: file.path, detail: wrong.joined(separator: "\n"), sourceLocation: sourceLocation)
    return false
}
