import Configuration
import Foundation
import SystemPackage
import Yams

/// The service's settings, read in four layers, each overriding the one before (swift-configuration providers):
///
///   built-in defaults  <  YAML file (`--config FILE` or `KZG_SERVICE_CONFIG`)  <  environment (`KZG_SERVICE_…`)
///   <  command-line flags
///
/// A key such as `http.port` is `http: {port: …}` in the file, `KZG_SERVICE_HTTP_PORT` in the environment and
/// `--http-port` on the command line.
public struct ServiceConfiguration: Sendable, Equatable {
    public var host = "0.0.0.0"
    public var port = 8080
    /// Empty: the trusted setup committed with the workbook (`Data/kzg/trusted_setup.txt`).
    public var trustedSetupPath = ""
    public var logLevel = "info"
    public var logFormat = "json"
    public var maxBodyBytes = 8 << 20
    public var maxBatchSize = 16
    public var poolSize = ProcessInfo.processInfo.activeProcessorCount
    public var poolQueueLimit = 64
    public var requestTimeoutSeconds = 30.0
    public var drainTimeoutSeconds = 25.0
    /// Seconds between readiness turning 503 on SIGTERM and the listener closing.
    public var readinessDelaySeconds = 0.0
    /// Empty: no API keys, every client is accepted.
    public var apiKeysFile = ""
    /// Requests per second refilled in each client address's bucket; 0 turns the limit off.
    public var rateLimitPerAddressPerSecond = 0.0
    public var rateLimitPerAddressBurst = 0
    /// Requests per second refilled in each API key's bucket; 0 turns the limit off.
    public var rateLimitPerKeyPerSecond = 0.0
    public var rateLimitPerKeyBurst = 0

    public init() {}

    /// The trusted setup the service loads: the configured path, or the workbook's committed one.
    public var effectiveTrustedSetupPath: String {
        trustedSetupPath.isEmpty ? Self.embeddedTrustedSetupPath : trustedSetupPath
    }

    /// `Data/kzg/trusted_setup.txt` of the repository this service was built from.
    public static var embeddedTrustedSetupPath: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Data/kzg/trusted_setup.txt").path
    }
}

/// Where an effective value came from, for `--print-config` and for errors.
public enum ConfigurationSource: Sendable, Equatable, CustomStringConvertible {
    case defaults
    case file(String)
    case environment(String)
    case commandLine(String)

    public var description: String {
        switch self {
        case .defaults: "default"
        case .file(let path): "file \(path)"
        case .environment(let name): "environment \(name)"
        case .commandLine(let flag): "flag \(flag)"
        }
    }
}

/// Why the configuration was refused: the key, the layer it came from, and what is wrong. The executable prints it
/// and exits with 78 (EX_CONFIG).
public struct ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    public var key: String
    public var source: ConfigurationSource
    public var reason: String

    public var description: String { "invalid configuration: \(key) (from \(source)): \(reason)" }
}

/// The configuration with the source of each value.
public struct LoadedConfiguration: Sendable {
    public var configuration: ServiceConfiguration
    /// (key, value as text, source), in the order of `ConfigurationLoader.keys`.
    public var entries: [(key: String, value: String, source: ConfigurationSource)]
    /// Whether `--print-config` was given.
    public var printRequested: Bool

    /// One line per key: `key = value  (source)`.
    public var printed: String {
        let width = entries.map(\.key.count).max() ?? 0
        return entries.map { entry in
            entry.key.padding(toLength: width, withPad: " ", startingAt: 0) + " = " + entry.value + "  ("
                + entry.source.description
                + ")"
        }.joined(separator: "\n")
    }
}

/// Reads the four layers and checks every value.
public enum ConfigurationLoader {
    /// A setting: its key, how to read it, and how to write its effective value back as text.
    struct Key: Sendable {
        let name: String
        let apply: @Sendable (String, inout ServiceConfiguration) -> String?
        let show: @Sendable (ServiceConfiguration) -> String

        var components: [String] { name.split(separator: ".").map(String.init) }

        /// `--http-port` for `http.port`, `--trusted-setup-path` for `trustedSetup.path`, as
        /// `CommandLineArgumentsProvider` spells keys.
        var flag: String {
            "--"
                + components.map { component in
                    var kebab = ""
                    for character in component {
                        if character.isUppercase {
                            kebab += "-" + character.lowercased()
                        } else {
                            kebab.append(character)
                        }
                    }
                    return kebab
                }.joined(separator: "-")
        }

        /// `KZG_SERVICE_HTTP_PORT` for `http.port`.
        var environmentName: String {
            "KZG_SERVICE_"
                + components.map { component in
                    var snake = ""
                    for character in component {
                        if character.isUppercase { snake += "_" }
                        snake += character.uppercased()
                    }
                    return snake
                }.joined(separator: "_")
        }
    }

    static func integer(
        _ name: String, _ keyPath: WritableKeyPath<ServiceConfiguration, Int> & Sendable, _ range: ClosedRange<Int>
    ) -> Key {
        Key(
            name: name,
            apply: { text, configuration in
                guard let value = Int(text.trimmingCharacters(in: .whitespaces)), range.contains(value) else {
                    return "\"\(text)\" is not an integer from \(range.lowerBound) to \(range.upperBound)"
                }
                configuration[keyPath: keyPath] = value
                return nil
            }, show: { "\($0[keyPath: keyPath])" })
    }

    static func number(
        _ name: String, _ keyPath: WritableKeyPath<ServiceConfiguration, Double> & Sendable,
        _ range: ClosedRange<Double>
    ) -> Key {
        Key(
            name: name,
            apply: { text, configuration in
                guard let value = Double(text.trimmingCharacters(in: .whitespaces)), value.isFinite,
                    range.contains(value)
                else {
                    return "\"\(text)\" is not a number from \(range.lowerBound) to \(range.upperBound)"
                }
                configuration[keyPath: keyPath] = value
                return nil
            }, show: { "\($0[keyPath: keyPath])" })
    }

    static func choice(
        _ name: String, _ keyPath: WritableKeyPath<ServiceConfiguration, String> & Sendable, _ choices: [String]
    ) -> Key {
        Key(
            name: name,
            apply: { text, configuration in
                guard choices.contains(text) else {
                    return "\"\(text)\" is not one of \(choices.joined(separator: ", "))"
                }
                configuration[keyPath: keyPath] = text
                return nil
            }, show: { $0[keyPath: keyPath] })
    }

    static func file(_ name: String, _ keyPath: WritableKeyPath<ServiceConfiguration, String> & Sendable) -> Key {
        Key(
            name: name,
            apply: { text, configuration in
                if !text.isEmpty {
                    var isDirectory: ObjCBool = false
                    guard FileManager.default.fileExists(atPath: text, isDirectory: &isDirectory),
                        !isDirectory.boolValue
                    else {
                        return "the file \(text) does not exist"
                    }
                    guard FileManager.default.isReadableFile(atPath: text) else {
                        return "the file \(text) cannot be read"
                    }
                }
                configuration[keyPath: keyPath] = text
                return nil
            }, show: { $0[keyPath: keyPath] })
    }

    static func address(_ name: String, _ keyPath: WritableKeyPath<ServiceConfiguration, String> & Sendable) -> Key {
        Key(
            name: name,
            apply: { text, configuration in
                let isIPv4 =
                    text.split(separator: ".", omittingEmptySubsequences: false).count == 4
                    && text.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { UInt8($0) != nil }
                let isName =
                    !text.isEmpty && text.count <= 253
                    && text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." || $0 == ":" }
                guard isIPv4 || isName else { return "\"\(text)\" is not an IP address or host name" }
                configuration[keyPath: keyPath] = text
                return nil
            }, show: { $0[keyPath: keyPath] })
    }

    /// Every setting, in the order `--print-config` lists them.
    static let keys: [Key] = [
        address("http.host", \.host),
        integer("http.port", \.port, 1...65535),
        integer("http.maxBodyBytes", \.maxBodyBytes, 1024...(1 << 30)),
        number("http.requestTimeoutSeconds", \.requestTimeoutSeconds, 0.001...3600),
        file("trustedSetup.path", \.trustedSetupPath),
        choice("log.level", \.logLevel, ["trace", "debug", "info", "notice", "warning", "error", "critical"]),
        choice("log.format", \.logFormat, ["json", "text"]),
        integer("limits.maxBatchSize", \.maxBatchSize, 1...4096),
        integer("pool.size", \.poolSize, 1...1024),
        integer("pool.queueLimit", \.poolQueueLimit, 0...100_000),
        number("shutdown.drainTimeoutSeconds", \.drainTimeoutSeconds, 0...3600),
        number("shutdown.readinessDelaySeconds", \.readinessDelaySeconds, 0...3600),
        file("auth.apiKeysFile", \.apiKeysFile),
        number("rateLimit.perAddressPerSecond", \.rateLimitPerAddressPerSecond, 0...1_000_000),
        integer("rateLimit.perAddressBurst", \.rateLimitPerAddressBurst, 0...1_000_000),
        number("rateLimit.perKeyPerSecond", \.rateLimitPerKeyPerSecond, 0...1_000_000),
        integer("rateLimit.perKeyBurst", \.rateLimitPerKeyBurst, 0...1_000_000),
    ]

    /// Flags that are not settings.
    static let configFlag = "--config"
    static let printFlag = "--print-config"
    static let configEnvironmentName = "KZG_SERVICE_CONFIG"

    /// Reads the layers: `arguments` (the program's name first, as `CommandLine.arguments`) and `environment`.
    public static func load(arguments: [String], environment: [String: String]) async throws(ConfigurationError)
        -> LoadedConfiguration
    {
        try checkFlags(arguments)
        try checkEnvironment(environment)
        let commandLine = CommandLineArgumentsProvider(arguments: arguments)
        let environmentLayer = EnvironmentVariablesProvider(environmentVariables: environment)
            .prefixKeys(with: ConfigKey(["kzgService"]))

        // The YAML file: named by the flag, else by the environment.
        var filePath: String?
        var fileSource = ConfigurationSource.defaults
        if let path = try string(commandLine, ["config"], source: .commandLine(configFlag), key: "config") {
            (filePath, fileSource) = (path, .commandLine(configFlag))
        } else if let path = environment[configEnvironmentName] {
            (filePath, fileSource) = (path, .environment(configEnvironmentName))
        }
        var file: FileProvider<YAMLSnapshot>?
        if let filePath {
            guard FileManager.default.fileExists(atPath: filePath) else {
                throw ConfigurationError(
                    key: "config", source: fileSource, reason: "the file \(filePath) does not exist")
            }
            try checkFileKeys(filePath, source: fileSource)
            do {
                file = try await FileProvider<YAMLSnapshot>(filePath: FilePath(filePath))
            } catch {
                throw ConfigurationError(
                    key: "config", source: fileSource, reason: "\(filePath) is not a YAML mapping: \(error)")
            }
        }

        var configuration = ServiceConfiguration()
        var entries: [(key: String, value: String, source: ConfigurationSource)] = []
        for key in keys {
            var found: (text: String, source: ConfigurationSource)?
            if let text = try string(commandLine, key.components, source: .commandLine(key.flag), key: key.name) {
                found = (text, .commandLine(key.flag))
            } else if let text = try string(
                environmentLayer, key.components, source: .environment(key.environmentName), key: key.name)
            {
                found = (text, .environment(key.environmentName))
            } else if let file, let filePath,
                let text = try string(file, key.components, source: .file(filePath), key: key.name)
            {
                found = (text, .file(filePath))
            }
            if let found {
                if let reason = key.apply(found.text, &configuration) {
                    throw ConfigurationError(key: key.name, source: found.source, reason: reason)
                }
            }
            entries.append((key.name, key.show(configuration), found?.source ?? .defaults))
        }
        let printRequested = arguments.dropFirst().contains(printFlag)
        return LoadedConfiguration(configuration: configuration, entries: entries, printRequested: printRequested)
    }

    /// One layer's value for `components`, as text.
    private static func string(
        _ provider: some ConfigProvider, _ components: [String], source: ConfigurationSource, key: String
    ) throws(ConfigurationError) -> String? {
        do {
            guard let value = try provider.value(forKey: AbsoluteConfigKey(components), type: .string).value else {
                return nil
            }
            guard case .string(let text) = value.content else {
                throw ConfigurationError(key: key, source: source, reason: "the value is not a single string")
            }
            return text
        } catch let error as ConfigurationError {
            throw error
        } catch {
            throw ConfigurationError(key: key, source: source, reason: "the value is not a single value: \(error)")
        }
    }

    /// Every flag must be a setting's, `--config` or `--print-config`: a misspelt flag is an error, not a silent
    /// default.
    private static func checkFlags(_ arguments: [String]) throws(ConfigurationError) {
        let known = Set(keys.map(\.flag) + [configFlag, printFlag])
        for argument in arguments.dropFirst() where argument.hasPrefix("--") {
            let flag = String(argument.split(separator: "=", maxSplits: 1).first ?? "")
            guard known.contains(flag) else {
                throw ConfigurationError(
                    key: flag, source: .commandLine(flag), reason: "no such setting (see --print-config)")
            }
        }
    }

    private static func checkEnvironment(_ environment: [String: String]) throws(ConfigurationError) {
        let known = Set(keys.map(\.environmentName) + [configEnvironmentName])
        for name in environment.keys where name.hasPrefix("KZG_SERVICE_") && !known.contains(name) {
            throw ConfigurationError(
                key: name, source: .environment(name), reason: "no such setting (see --print-config)")
        }
    }

    /// Every key of the YAML file must be a setting's.
    private static func checkFileKeys(_ path: String, source: ConfigurationSource) throws(ConfigurationError) {
        let text: String
        let node: Any?
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
            node = try Yams.load(yaml: text)
        } catch {
            throw ConfigurationError(key: "config", source: source, reason: "\(path) is not valid YAML: \(error)")
        }
        guard let node else { return }
        guard let mapping = node as? [String: Any] else {
            throw ConfigurationError(key: "config", source: source, reason: "\(path) is not a YAML mapping")
        }
        let known = Set(keys.map(\.name))
        func visit(_ mapping: [String: Any], prefix: String) throws(ConfigurationError) {
            for (name, value) in mapping {
                let key = prefix.isEmpty ? name : prefix + "." + name
                if let nested = value as? [String: Any] {
                    try visit(nested, prefix: key)
                } else if !known.contains(key) {
                    throw ConfigurationError(
                        key: key, source: .file(path), reason: "no such setting (see --print-config)")
                }
            }
        }
        try visit(mapping, prefix: "")
    }
}
