import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The real executable: exit codes of the configuration, readiness as the setup loads, and SIGTERM with requests
/// in flight (readiness 503, every request answered, exit 0).
@Suite(.serialized) struct LifecycleTests {
    /// The `kzg-service` built beside this test bundle.
    static var binary: String {
        if let path = ProcessInfo.processInfo.environment["KZG_SERVICE_BINARY"] { return path }
        return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("kzg-service").path
    }

    static func start(_ arguments: [String], environment: [String: String] = [:]) throws -> (Process, Pipe, Pipe) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("KZG_SERVICE_") }
            .merging(environment) { $1 }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        return (process, output, errors)
    }

    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> (
        status: Int32, output: String, errors: String
    ) {
        let (process, output, errors) = try start(arguments, environment: environment)
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    @Test func invalidConfigurationExits78() throws {
        let flag = try Self.run(["--http-port", "eighty"])
        #expect(flag.status == 78)
        #expect(flag.errors.contains("http.port") && flag.errors.contains("flag --http-port"))
        let environment = try Self.run([], environment: ["KZG_SERVICE_LOG_FORMAT": "xml"])
        #expect(environment.status == 78)
        #expect(environment.errors.contains("log.format") && environment.errors.contains("KZG_SERVICE_LOG_FORMAT"))
        let missing = try Self.run(["--config", "/nonexistent/kzg.yaml"])
        #expect(missing.status == 78 && missing.errors.contains("/nonexistent/kzg.yaml does not exist"))
    }

    @Test func printConfig() throws {
        let printed = try Self.run(
            ["--print-config", "--http-port", "9999"], environment: ["KZG_SERVICE_POOL_SIZE": "3"])
        #expect(printed.status == 0)
        let lines = printed.output.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("http.port") && $0.hasSuffix("= 9999  (flag --http-port)") })
        #expect(
            lines.contains { $0.hasPrefix("pool.size") && $0.hasSuffix("= 3  (environment KZG_SERVICE_POOL_SIZE)") })
        #expect(lines.contains { $0.hasPrefix("log.level") && $0.hasSuffix("= info  (default)") })
    }

    /// Enough connections for every request of a test at once: none waits for a connection that a draining server
    /// would refuse.
    static let session: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpMaximumConnectionsPerHost = 64
        return URLSession(configuration: configuration)
    }()

    static func get(_ url: String) async -> Int? {
        var request = URLRequest(url: URL(string: url)!)
        request.timeoutInterval = 5
        guard let (_, response) = try? await session.data(for: request) else { return nil }
        return (response as? HTTPURLResponse)?.statusCode
    }

    static func post(_ url: String, _ body: Data) async -> Int? {
        var request = URLRequest(url: URL(string: url)!)
        request.httpMethod = "POST"
        request.httpBody = body
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.timeoutInterval = 60
        guard let (_, response) = try? await session.data(for: request) else { return nil }
        return (response as? HTTPURLResponse)?.statusCode
    }

    /// Readiness is 503 until the setup is loaded; on SIGTERM it turns 503, the requests in flight all finish
    /// with 200, and the process exits 0.
    @Test func readinessAndGracefulShutdown() async throws {
        let port = Int.random(in: 20_000..<40_000)
        let base = "http://127.0.0.1:\(port)"
        let (process, output, _) = try Self.start([
            "--http-host", "127.0.0.1", "--http-port", "\(port)", "--pool-size", "1",
            "--shutdown-readiness-delay-seconds", "0.5", "--shutdown-drain-timeout-seconds", "60",
        ])
        defer { if process.isRunning { process.terminate() } }

        // Live at once, ready only once the setup is checked.
        var sawNotReady = false
        var ready = false
        for _ in 0..<600 {
            let live = await Self.get("\(base)/health/live")
            let readiness = await Self.get("\(base)/health/ready")
            if live == 200 && readiness == 503 { sawNotReady = true }
            if readiness == 200 {
                ready = true
                break
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        try #require(ready, "never ready")
        #expect(sawNotReady, "readiness was never 503 while the setup loaded")

        // Batches of 8 blobs, queued behind one worker: seconds of work in flight when SIGTERM arrives.
        let blob = "\"0x" + String(repeating: "00", count: 131072) + "\""
        let point = "\"0xc0" + String(repeating: "00", count: 47) + "\""
        let body = Data(
            "{\"blobs\": [\(Array(repeating: blob, count: 8).joined(separator: ","))], \"commitments\": [\(Array(repeating: point, count: 8).joined(separator: ","))], \"proofs\": [\(Array(repeating: point, count: 8).joined(separator: ","))]}"
                .utf8)
        let requests = 12
        let statuses = Task {
            await withTaskGroup(of: Int?.self) { group in
                for _ in 0..<requests {
                    group.addTask { await Self.post("\(base)/v1/verify_blob_kzg_proof_batch", body) }
                }
                return await group.reduce(into: [Int?]()) { $0.append($1) }
            }
        }
        try await Task.sleep(for: .milliseconds(300))
        process.terminate()  // SIGTERM
        try await Task.sleep(for: .milliseconds(100))
        #expect(await Self.get("\(base)/health/ready") == 503, "readiness did not turn 503 on SIGTERM")

        let answered = await statuses.value
        #expect(answered.count == requests)
        #expect(answered.allSatisfy { $0 == 200 }, "\(answered)")
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 0)
        let logs = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(logs.contains("\"message\":\"draining: readiness is 503\""))
        #expect(logs.contains("\"message\":\"stopped cleanly\""))
        // After exit the port is closed.
        #expect(await Self.get("\(base)/health/live") == nil)
    }
}
