// The KZG service: configuration in layers, then the HTTP server and the readiness service in one service group
// until SIGTERM or SIGINT.
//
// Exit codes: 0 after a clean shutdown, 78 (EX_CONFIG) for an invalid configuration, 1 when the trusted setup
// cannot be used or the server fails.
import Foundation
import Hummingbird
import KZGService
import Logging
import ServiceLifecycle

let loaded: LoadedConfiguration
do {
    loaded = try await ConfigurationLoader.load(
        arguments: CommandLine.arguments, environment: ProcessInfo.processInfo.environment)
} catch {
    FileHandle.standardError.write(Data((error.description + "\n").utf8))
    exit(78)
}
if loaded.printRequested {
    print(loaded.printed)
    exit(0)
}
let configuration = loaded.configuration

let level = Logger.Level(rawValue: configuration.logLevel) ?? .info
LoggingSystem.bootstrap { label in
    if configuration.logFormat == "json" { return JSONLogHandler(label: label, level: level) }
    var handler = StreamLogHandler.standardOutput(label: label)
    handler.logLevel = level
    return handler
}
let logger = Logger(label: "kzg-service")

let apiKeys: APIKeys
do {
    apiKeys =
        configuration.apiKeysFile.isEmpty ? APIKeys(keys: []) : try APIKeys(contentsOfFile: configuration.apiKeysFile)
} catch {
    FileHandle.standardError.write(
        Data("invalid configuration: auth.apiKeysFile: \(configuration.apiKeysFile) cannot be read: \(error)\n".utf8))
    exit(78)
}

let dependencies = ServiceDependencies(
    configuration: configuration, state: ServiceState(), metrics: ServiceMetrics(version: ServiceState.version),
    apiKeys: apiKeys)
let application = Application(
    router: ServiceRouter.make(dependencies),
    // Keep-alive connections close on shutdown by announcing it in a response, never under a request in flight.
    server: .http1(configuration: .init(additionalChannelHandlers: [ConnectionDrainHandler()])),
    configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "kzg-service"),
    onServerRunning: { channel in
        logger.info(
            "listening", metadata: ["address": .string(channel.localAddress?.description ?? "?")])
    },
    logger: logger)

var groupConfiguration = ServiceGroupConfiguration(
    services: [
        .init(service: application),
        .init(
            service: ReadinessService(dependencies: dependencies, logger: logger),
            successTerminationBehavior: .gracefullyShutdownGroup),
    ],
    gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
groupConfiguration.maximumGracefulShutdownDuration = .seconds(configuration.drainTimeoutSeconds)
let group = ServiceGroup(configuration: groupConfiguration)
do {
    try await group.run()
    try? await dependencies.pool.shutdown()
    logger.info("stopped cleanly")
    exit(0)
} catch {
    logger.critical("stopped on an error", metadata: ["error": .string("\(error)")])
    exit(1)
}
