import Foundation
import KZGService
import Testing

/// The four layers, their order, `--print-config`'s sources, and every kind of invalid configuration.
@Suite struct ConfigurationTests {
    /// A temporary file with `text`, removed by the caller's `defer`.
    static func temporaryFile(_ text: String, suffix: String = ".yaml") throws -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("kzg-service-\(UUID().uuidString)\(suffix)").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func load(_ arguments: [String] = [], _ environment: [String: String] = [:]) async throws(ConfigurationError)
        -> LoadedConfiguration
    {
        try await ConfigurationLoader.load(arguments: ["kzg-service"] + arguments, environment: environment)
    }

    static func source(_ loaded: LoadedConfiguration, _ key: String) -> String? {
        loaded.entries.first { $0.key == key }?.source.description
    }

    @Test func defaultsAlone() async throws {
        let loaded = try await Self.load()
        #expect(loaded.configuration == ServiceConfiguration())
        #expect(loaded.configuration.port == 8080)
        #expect(loaded.entries.allSatisfy { $0.source == .defaults })
        #expect(!loaded.printRequested)
    }

    /// Each layer overrides the ones below it: port is set in all four, host in three, log level in two, the
    /// batch limit in one; each takes the value of the highest layer that sets it.
    @Test func precedenceAcrossTheFourLayers() async throws {
        let file = try Self.temporaryFile(
            """
            http:
              port: 9001
              host: 127.0.0.2
            log:
              level: debug
            limits:
              maxBatchSize: 7
            """)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let environment = [
            "KZG_SERVICE_HTTP_PORT": "9002", "KZG_SERVICE_HTTP_HOST": "127.0.0.3", "KZG_SERVICE_LOG_LEVEL": "error",
        ]
        let loaded = try await Self.load(
            ["--config", file, "--http-port", "9003", "--http-host=127.0.0.4"], environment)
        let configuration = loaded.configuration
        #expect(configuration.port == 9003)
        #expect(configuration.host == "127.0.0.4")
        #expect(configuration.logLevel == "error")
        #expect(configuration.maxBatchSize == 7)
        #expect(configuration.poolQueueLimit == ServiceConfiguration().poolQueueLimit)
        #expect(Self.source(loaded, "http.port") == "flag --http-port")
        #expect(Self.source(loaded, "http.host") == "flag --http-host")
        #expect(Self.source(loaded, "log.level") == "environment KZG_SERVICE_LOG_LEVEL")
        #expect(Self.source(loaded, "limits.maxBatchSize") == "file \(file)")
        #expect(Self.source(loaded, "pool.queueLimit") == "default")

        // Without the flags, the environment wins over the file; without both, the file wins over the defaults.
        let withoutFlags = try await Self.load(["--config", file], environment)
        #expect(withoutFlags.configuration.port == 9002 && withoutFlags.configuration.host == "127.0.0.3")
        let fileOnly = try await Self.load([], ["KZG_SERVICE_CONFIG": file])
        #expect(fileOnly.configuration.port == 9001 && fileOnly.configuration.logLevel == "debug")
        #expect(Self.source(fileOnly, "http.port") == "file \(file)")
    }

    @Test func printConfigShowsValuesAndSources() async throws {
        let loaded = try await Self.load(["--print-config", "--pool-size", "3"], ["KZG_SERVICE_LOG_FORMAT": "text"])
        #expect(loaded.printRequested)
        let lines = loaded.printed.split(separator: "\n").map(String.init)
        #expect(lines.count == loaded.entries.count)
        #expect(lines.contains { $0.hasPrefix("pool.size ") && $0.hasSuffix("= 3  (flag --pool-size)") })
        #expect(
            lines.contains {
                $0.hasPrefix("log.format ") && $0.hasSuffix("= text  (environment KZG_SERVICE_LOG_FORMAT)")
            })
        #expect(lines.contains { $0.hasPrefix("http.port ") && $0.hasSuffix("= 8080  (default)") })
    }

    /// Each kind of invalid value, from each layer: the error names the key, the source and the reason.
    @Test(arguments: [
        (["--http-port", "http"], [String: String](), "http.port", "flag --http-port", "not an integer"),
        (["--http-port", "70000"], [:], "http.port", "flag --http-port", "from 1 to 65535"),
        ([], ["KZG_SERVICE_LOG_LEVEL": "loud"], "log.level", "environment KZG_SERVICE_LOG_LEVEL", "not one of"),
        ([], ["KZG_SERVICE_POOL_SIZE": "0"], "pool.size", "environment KZG_SERVICE_POOL_SIZE", "from 1"),
        (
            ["--trusted-setup-path", "/nonexistent/setup.txt"], [:], "trustedSetup.path", "flag --trusted-setup-path",
            "does not exist"
        ),
        (
            [], ["KZG_SERVICE_AUTH_API_KEYS_FILE": "/nonexistent/keys"], "auth.apiKeysFile", "environment",
            "does not exist"
        ),
        (["--http-request-timeout-seconds", "-1"], [:], "http.requestTimeoutSeconds", "flag", "not a number from"),
        (["--http-host", "exa mple"], [:], "http.host", "flag --http-host", "not an IP address"),
        (["--http-prot", "80"], [:], "--http-prot", "flag --http-prot", "no such setting"),
        ([], ["KZG_SERVICE_HTTP_PROT": "80"], "KZG_SERVICE_HTTP_PROT", "environment", "no such setting"),
        (["--config", "/nonexistent/service.yaml"], [:], "config", "flag --config", "does not exist"),
    ])
    func invalid(
        arguments: [String], environment: [String: String], key: String, source: String, reason: String
    ) async throws {
        do {
            _ = try await Self.load(arguments, environment)
            Issue.record("accepted \(arguments) \(environment)")
        } catch {
            #expect(error.key == key)
            #expect(error.source.description.hasPrefix(source))
            #expect(error.reason.contains(reason), "\(error.reason)")
            #expect(error.description.contains(key))
        }
    }

    @Test func invalidFiles() async throws {
        let badValue = try Self.temporaryFile("shutdown:\n  drainTimeoutSeconds: soon\n")
        let unknownKey = try Self.temporaryFile("http:\n  prot: 80\n")
        let notYAML = try Self.temporaryFile("http: [1, 2\n")
        let notMapping = try Self.temporaryFile("- 1\n- 2\n")
        defer {
            for path in [badValue, unknownKey, notYAML, notMapping] {
                try? FileManager.default.removeItem(atPath: path)
            }
        }
        let cases: [(String, String, String)] = [
            (badValue, "shutdown.drainTimeoutSeconds", "not a number"),
            (unknownKey, "http.prot", "no such setting"),
            (notYAML, "config", "not valid YAML"),
            (notMapping, "config", "not a YAML mapping"),
        ]
        for (path, key, reason) in cases {
            do {
                _ = try await Self.load(["--config", path])
                Issue.record("accepted \(path)")
            } catch {
                #expect(error.key == key, "\(error)")
                #expect(error.reason.contains(reason), "\(error)")
            }
        }
    }
}
