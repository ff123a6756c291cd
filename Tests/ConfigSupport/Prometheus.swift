import Foundation

/// `promtool`, Prometheus's own checker (Debian's package `prometheus`).
public enum Promtool {
    /// Runs `promtool arguments…` in `directory` and returns its status and everything it printed.
    public static func run(_ arguments: [String], in directory: URL? = nil) throws(ToolError) -> (
        status: Int32, output: String
    ) {
        let promtool = try Tools.require("promtool", debianPackage: "prometheus")
        do {
            let result = try ChildProcess.run(promtool, arguments, in: directory, timeout: .seconds(120))
            return (result.status, (result.output + result.errors).trimmingCharacters(in: .whitespacesAndNewlines))
        } catch {
            throw ToolError("cannot run promtool: \(error)")
        }
    }
}

/// One sample of an instant query's answer: its labels and its value.
public struct PrometheusSample: Sendable, CustomStringConvertible {
    public let labels: [String: String]
    public let value: Double

    public var description: String {
        let name = labels["__name__"] ?? ""
        let rest = labels.filter { $0.key != "__name__" }.sorted { $0.key < $1.key }
            .map { "\($0.key)=\"\($0.value)\"" }.joined(separator: ", ")
        return "\(name){\(rest)} \(value)"
    }
}

/// A real Prometheus server on the loopback interface, with a configuration file and a throwaway storage folder.
public final class PrometheusServer: @unchecked Sendable {
    public let child: ChildProcess
    public let port: Int
    private let storage: URL
    public var baseURL: String { "http://127.0.0.1:\(port)" }

    /// Starts `prometheus --config.file configFile` listening on 127.0.0.1:`port` (a free one by default) and waits
    /// for `/-/ready`. Rule files named in the configuration are found relative to its folder, as always.
    public static func start(configFile: URL, port: Int = freeLoopbackPort(), timeout: Duration = .seconds(60))
        async throws(ServiceStartError) -> PrometheusServer
    {
        let binary: String
        do { binary = try Tools.require("prometheus", debianPackage: "prometheus") } catch {
            throw ServiceStartError(error.description)
        }
        let storage = FileManager.default.temporaryDirectory.appendingPathComponent(
            "workbook-prometheus-\(UUID().uuidString)")
        let child: ChildProcess
        do {
            child = try ChildProcess(
                binary,
                [
                    "--config.file=\(configFile.path)", "--web.listen-address=127.0.0.1:\(port)",
                    "--storage.tsdb.path=\(storage.path)", "--log.level=warn",
                ])
        } catch {
            throw ServiceStartError("cannot start \(binary): \(error)")
        }
        let server = PrometheusServer(child: child, port: port, storage: storage)
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if let status = child.exitStatus {
                throw ServiceStartError(
                    "Prometheus exited with status \(status) at start-up; it printed:\n\(server.printed)")
            }
            if let answer = try? await HTTPProbe.get("\(server.baseURL)/-/ready", timeout: 2), answer.status == 200 {
                return server
            }
            try? await Task.sleep(for: .milliseconds(100))
        }
        throw ServiceStartError("Prometheus was not ready within \(timeout); it printed:\n\(server.printed)")
    }

    private init(child: ChildProcess, port: Int, storage: URL) {
        self.child = child
        self.port = port
        self.storage = storage
    }

    /// The last lines it printed (its logs go to standard error).
    public var printed: String {
        (child.output + child.errors).split(separator: "\n").suffix(12).joined(separator: "\n")
    }

    public func stop() {
        child.stop(grace: .seconds(10))
        try? FileManager.default.removeItem(at: storage)
    }

    deinit {
        if child.isRunning { child.stop(grace: .seconds(5)) }
        try? FileManager.default.removeItem(at: storage)
    }

    /// Evaluates `expression` now (`/api/v1/query`). An expression Prometheus refuses is an error carrying its
    /// message; a valid one that matches nothing is an empty array.
    public func query(_ expression: String) async throws(ProbeError) -> [PrometheusSample] {
        var components = URLComponents(string: "\(baseURL)/api/v1/query")!
        components.queryItems = [URLQueryItem(name: "query", value: expression)]
        // `+` means a space in a query string; PromQL's `+` must reach Prometheus as a plus.
        let url = components.string!.replacingOccurrences(of: "+", with: "%2B")
        let answer = try await HTTPProbe.get(url)
        guard let object = answer.jsonObject else {
            throw ProbeError(
                description: "Prometheus answered \(answer.status) without JSON: \(answer.text.prefix(200))")
        }
        guard object["status"] as? String == "success", let data = object["data"] as? [String: Any] else {
            throw ProbeError(
                description: "Prometheus refused `\(expression)`: \(object["error"] as? String ?? answer.text)")
        }
        switch data["resultType"] as? String {
        case "vector":
            return ((data["result"] as? [[String: Any]]) ?? []).compactMap { item in
                guard let labels = item["metric"] as? [String: String], let pair = item["value"] as? [Any],
                    pair.count == 2, let text = pair[1] as? String, let value = Double(text)
                else { return nil }
                return PrometheusSample(labels: labels, value: value)
            }
        case "scalar":
            guard let pair = data["result"] as? [Any], pair.count == 2, let text = pair[1] as? String,
                let value = Double(text)
            else { return [] }
            return [PrometheusSample(labels: [:], value: value)]
        default:
            throw ProbeError(description: "`\(expression)` is not an instant vector or scalar")
        }
    }

    /// Queries `expression` until `accept` takes its samples (returns them) or `timeout` passes (returns the last
    /// answer, possibly empty). A refused expression is thrown at once: waiting will not fix it.
    public func waitFor(
        _ expression: String, timeout: Duration = .seconds(30),
        accept: ([PrometheusSample]) -> Bool = { !$0.isEmpty }
    ) async throws(ProbeError) -> [PrometheusSample] {
        let deadline = ContinuousClock.now + timeout
        var last: [PrometheusSample] = []
        while ContinuousClock.now < deadline {
            last = try await query(expression)
            if accept(last) { return last }
            try? await Task.sleep(for: .milliseconds(250))
        }
        return last
    }

    /// The scrape targets Prometheus knows (`/api/v1/targets`): job, scrape URL, health and last error.
    public func targets() async throws(ProbeError) -> [(job: String, url: String, health: String, error: String)] {
        let answer = try await HTTPProbe.get("\(baseURL)/api/v1/targets")
        guard let data = answer.jsonObject?["data"] as? [String: Any],
            let active = data["activeTargets"] as? [[String: Any]]
        else { throw ProbeError(description: "Prometheus's /api/v1/targets answered \(answer.status)") }
        return active.map { target in
            let labels = target["labels"] as? [String: String] ?? [:]
            return (
                labels["job"] ?? "", target["scrapeUrl"] as? String ?? "", target["health"] as? String ?? "",
                target["lastError"] as? String ?? ""
            )
        }
    }
}
