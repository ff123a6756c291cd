import Logging
import ServiceLifecycle

/// Loads the trusted setup (readiness turns 200 when it is checked), then waits for shutdown. On SIGTERM it runs
/// first: readiness turns 503, and after `readinessDelaySeconds` (time for load balancers to see it) it returns, so
/// that the service group moves on to the HTTP server, which stops listening and drains what is in flight.
public struct ReadinessService: Service {
    let dependencies: ServiceDependencies
    let logger: Logger

    public init(dependencies: ServiceDependencies, logger: Logger) {
        self.dependencies = dependencies
        self.logger = logger
    }

    public func run() async throws {
        let state = dependencies.state
        let path = dependencies.configuration.effectiveTrustedSetupPath
        logger.info("loading the trusted setup", metadata: ["path": .string(path)])
        let start = ContinuousClock.now
        do {
            // On a pool thread: the load is seconds of arithmetic, kept off the threads that answer probes.
            let backend = try await dependencies.pool.run { try ServiceState.loadBackend(path: path) }
            let elapsed = seconds(since: start)
            state.markReady(backend, loadSeconds: elapsed)
            dependencies.metrics.trustedSetupLoaded(seconds: elapsed)
            logger.info(
                "trusted setup loaded and checked; ready",
                metadata: ["load_seconds": .stringConvertible(elapsed)])
        } catch {
            state.markFailed()
            logger.critical("the trusted setup cannot be used", metadata: ["error": .string("\(error)")])
            throw error
        }
        try? await gracefulShutdown()
        state.markDraining()
        logger.info("draining: readiness is 503")
        let delay = dependencies.configuration.readinessDelaySeconds
        if delay > 0 { try? await Task.sleep(for: .seconds(delay)) }
    }
}
