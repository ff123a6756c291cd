import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import Synchronization
import W3CTraceContext

/// What a request carries through the middleware: the client's address, its request ID, and its API key's name.
public struct ServiceRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var remoteAddress: String?
    /// What inner middleware learns about the request for the outer one's log line (the context is passed down
    /// by value, so this is shared by reference).
    let annotations = RequestAnnotations()

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress?.ipAddress
    }
}

final class RequestAnnotations: Sendable {
    private let storedClient = Mutex<String?>(nil)
    /// The API key's name (`key-N`), once the key is checked.
    var client: String? {
        get { storedClient.withLock { $0 } }
        set { storedClient.withLock { $0 = newValue } }
    }
}

/// Everything a running service shares between requests.
public struct ServiceDependencies: Sendable {
    public var configuration: ServiceConfiguration
    public var state: ServiceState
    public var metrics: ServiceMetrics
    public var pool: WorkerPool
    public var apiKeys: APIKeys

    public init(configuration: ServiceConfiguration, state: ServiceState, metrics: ServiceMetrics, apiKeys: APIKeys) {
        self.configuration = configuration
        self.state = state
        self.metrics = metrics
        self.apiKeys = apiKeys
        pool = WorkerPool(size: configuration.poolSize, queueLimit: configuration.poolQueueLimit)
    }
}

public enum ServiceRouter {
    /// The routes: `/v1/<operation>` for each KZG operation, the health probes and `/metrics`.
    public static func make(_ dependencies: ServiceDependencies) -> Router<ServiceRequestContext> {
        let router = Router(context: ServiceRequestContext.self)
        router.add(middleware: ObservabilityMiddleware(metrics: dependencies.metrics))

        router.get("/health/live") { _, _ in
            json(.ok, ["status": "alive"])
        }
        router.get("/health/ready") { _, _ in
            let phase = dependencies.state.phase
            if phase == .ready { return json(.ok, ["status": phase.rawValue]) }
            var response = json(.serviceUnavailable, ["status": phase.rawValue])
            response.headers[.retryAfter] = "1"
            return response
        }
        router.get("/health") { _, _ in
            health(dependencies)
        }
        router.get("/metrics") { _, _ in
            dependencies.metrics.pool(queued: dependencies.pool.queued, busy: dependencies.pool.busy)
            return Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(bytes: dependencies.metrics.exposition())))
        }

        let v1 = router.group("v1").add(middleware: AccessMiddleware(dependencies: dependencies))
        for operation in KZGOperation.all {
            v1.post(RouterPath(operation.name)) { request, _ in
                try await perform(operation, request: request, dependencies: dependencies)
            }
        }
        return router
    }

    /// Checks the request, reads the body, and runs the operation on the worker pool, all within the request
    /// timeout (`timeout`, 503): a client that sends its body slowly, or a queue that moves slowly, cannot hold
    /// the request longer.
    static func perform(_ operation: KZGOperation, request: Request, dependencies: ServiceDependencies) async throws
        -> Response
    {
        let deadline = ContinuousClock.now + .seconds(dependencies.configuration.requestTimeoutSeconds)
        // Requests are still served while draining: readiness is 503 so no new traffic is routed here, and what
        // arrives before the listener closes is answered.
        let phase = dependencies.state.phase
        guard let backend = dependencies.state.backend, phase == .ready || phase == .draining else {
            throw ServiceProblem(
                .notReady, detail: "the service is \(dependencies.state.phase.rawValue)", retryAfterSeconds: 1)
        }
        if let type = request.headers[.contentType],
            !type.lowercased().hasPrefix("application/json")
        {
            throw ServiceProblem(.unsupportedMediaType, detail: "the body is \(type), not application/json")
        }
        let limit = dependencies.configuration.maxBodyBytes
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
            throw ServiceProblem(.bodyTooLarge, detail: "the body has \(length) bytes; the limit is \(limit)")
        }
        let body: ByteBuffer
        do {
            body = try await withThrowingTaskGroup(of: ByteBuffer?.self) { group in
                group.addTask { try await request.body.collect(upTo: limit) }
                group.addTask {
                    try await Task.sleep(until: deadline, clock: .continuous)
                    return nil
                }
                let first = try await group.next()!
                group.cancelAll()
                guard let first else {
                    throw ServiceProblem(
                        .timeout, detail: "the body did not arrive within the request timeout", retryAfterSeconds: 1)
                }
                return first
            }
        } catch is NIOTooManyBytesError {
            throw ServiceProblem(.bodyTooLarge, detail: "the body has more than \(limit) bytes")
        }
        let bytes = Array(buffer: body)
        let limits = OperationLimits(maxBatchSize: dependencies.configuration.maxBatchSize)
        let metrics = dependencies.metrics
        let pool = dependencies.pool
        metrics.pool(queued: pool.queued, busy: pool.busy)
        defer { metrics.pool(queued: pool.queued, busy: pool.busy) }
        let output = try await pool.run(deadline: deadline) {
            let start = ContinuousClock.now
            defer { metrics.operationFinished(operation.name, seconds: seconds(since: start)) }
            return try operation.run(bytes, backend, limits)
        }
        return Response(
            status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: output))
        )
    }

    static func health(_ dependencies: ServiceDependencies) -> Response {
        let state = dependencies.state
        let pool = dependencies.pool
        let setupStatus: String =
            switch state.phase {
            case .starting: "loading"
            case .failed: "failed"
            case .ready, .draining: "loaded"
            }
        var setup: [String: Any] = ["status": setupStatus]
        if let seconds = state.setupLoadSeconds { setup["load_seconds"] = seconds }
        let body: [String: Any] = [
            "status": state.phase.rawValue,
            "version": ServiceState.version,
            "uptime_seconds": state.uptimeSeconds,
            "components": [
                "trusted_setup": setup,
                "worker_pool": [
                    "size": pool.size, "busy": pool.busy, "queued": pool.queued, "queue_limit": pool.queueLimit,
                    "saturation": pool.saturation,
                ],
                "memory": ["resident_bytes": ServiceState.residentBytes ?? 0],
            ],
        ]
        return json(state.phase == .ready ? .ok : .serviceUnavailable, body)
    }

    static func json(_ status: HTTPResponse.Status, _ object: [String: Any]) -> Response {
        // Strings, numbers and nested objects of them: serialisation cannot fail.
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return Response(
            status: status, headers: [.contentType: "application/json"],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

func seconds(since start: ContinuousClock.Instant) -> Double {
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

extension ServiceProblem {
    /// The problem as an `application/problem+json` response, with `Retry-After` when there is one.
    public var response: Response {
        var headers: HTTPFields = [.contentType: "application/problem+json"]
        if let retryAfterSeconds { headers[.retryAfter] = String(retryAfterSeconds) }
        if kind == .unauthorized { headers[.wwwAuthenticate] = "Bearer" }
        if let allow { headers[.allow] = allow }
        return Response(status: kind.status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }

    /// The problem for any error a route or the framework throws. Anything not foreseen is an internal error: a
    /// bug, never the client's input.
    static func from(_ error: any Error) -> ServiceProblem {
        switch error {
        case let problem as ServiceProblem:
            return problem
        case is NIOTooManyBytesError:
            return ServiceProblem(.bodyTooLarge, detail: "the body is larger than the service accepts")
        case let error as HTTPError:
            switch error.status {
            case .notFound: return ServiceProblem(.notFound, detail: "no route here")
            case .methodNotAllowed: return ServiceProblem(.methodNotAllowed, detail: "the route takes POST")
            case .contentTooLarge: return ServiceProblem(.bodyTooLarge, detail: "the body is too large")
            default: return ServiceProblem(.internalError, detail: "unexpected HTTP error \(error.status.code)")
            }
        default:
            return ServiceProblem(.internalError, detail: "the service failed")
        }
    }
}

/// Outermost: gives each request its ID (the trace ID of an incoming W3C `traceparent`, else a new one), turns
/// every error into `application/problem+json`, and records the request in the metrics and in one log line.
struct ObservabilityMiddleware: RouterMiddleware {
    typealias Context = ServiceRequestContext
    let metrics: ServiceMetrics

    /// Routes as metric labels: the known paths, and one label for everything else so that scanners cannot
    /// create series without bound.
    static let knownPaths: Set<String> = Set(
        KZGOperation.all.map(\.path) + ["/health", "/health/live", "/health/ready", "/metrics"])

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let start = ContinuousClock.now
        let incoming = request.headers[.traceparent].flatMap { try? TraceContext(traceParentHeaderValue: $0) }
        let traceID = incoming?.traceID ?? TraceID.random()
        let requestID = traceID.description
        let route = Self.knownPaths.contains(request.uri.path) ? request.uri.path : "unmatched"
        var context = context
        context.logger[metadataKey: "request_id"] = .string(requestID)
        context.logger[metadataKey: "route"] = .string(route)
        context.logger[metadataKey: "method"] = .string(request.method.rawValue)

        metrics.inFlight(1)
        defer { metrics.inFlight(-1) }
        var response: Response
        var failure: ServiceProblem?
        do {
            response = try await next(request, context)
        } catch {
            var problem = ServiceProblem.from(error)
            // The router answers 404 for a known path with another method: that is 405, with the method it takes.
            if problem.kind == .notFound, Self.knownPaths.contains(request.uri.path) {
                let allowed = request.uri.path.hasPrefix("/v1/") ? "POST" : "GET"
                problem = ServiceProblem(
                    .methodNotAllowed, detail: "\(request.uri.path) takes \(allowed)", allow: allowed)
            }
            failure = problem
            response = problem.response
            if problem.kind == .internalError {
                context.logger.error("request failed", metadata: ["error": .string(String(describing: error))])
            }
        }
        response.headers[.requestID] = requestID
        // Continue the caller's trace, or start one: a new span ID under the same trace ID.
        let outgoing = TraceContext(
            traceID: traceID, spanID: SpanID.random(), flags: incoming?.flags ?? TraceFlags(),
            state: incoming?.state ?? TraceState())
        response.headers[.traceparent] = outgoing.traceParentHeaderValue
        let elapsed = seconds(since: start)
        metrics.requestFinished(
            route: route, method: request.method.rawValue, status: Int(response.status.code), seconds: elapsed)
        if let failure,
            [.overloaded, .rateLimited, .unauthorized, .timeout, .notReady, .bodyTooLarge].contains(failure.kind)
        {
            metrics.rejected(reason: failure.kind.rawValue)
        }
        var metadata: Logger.Metadata = [
            "status": .stringConvertible(Int(response.status.code)),
            "duration_ms": .stringConvertible((elapsed * 1e6).rounded() / 1e3),
        ]
        if let failure { metadata["problem"] = .string(failure.kind.rawValue) }
        if let client = context.annotations.client { metadata["client"] = .string(client) }
        context.logger.info("request", metadata: metadata)
        return response
    }
}

/// API keys (401 without a valid one, when keys are configured) and token-bucket rate limits per key and per
/// client address (429 with `Retry-After`).
struct AccessMiddleware: RouterMiddleware {
    typealias Context = ServiceRequestContext
    let apiKeys: APIKeys
    let perAddress: TokenBuckets?
    let perKey: TokenBuckets?

    init(dependencies: ServiceDependencies) {
        let configuration = dependencies.configuration
        apiKeys = dependencies.apiKeys
        perAddress =
            configuration.rateLimitPerAddressPerSecond > 0
            ? TokenBuckets(
                ratePerSecond: configuration.rateLimitPerAddressPerSecond,
                burst: configuration.rateLimitPerAddressBurst) : nil
        perKey =
            configuration.rateLimitPerKeyPerSecond > 0
            ? TokenBuckets(
                ratePerSecond: configuration.rateLimitPerKeyPerSecond, burst: configuration.rateLimitPerKeyBurst)
            : nil
    }

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var context = context
        var client: String?
        if !apiKeys.isEmpty {
            let presented =
                request.headers[.apiKey]
                ?? request.headers[.authorization].flatMap { value in
                    value.hasPrefix("Bearer ") ? String(value.dropFirst("Bearer ".count)) : nil
                }
            guard let presented, let name = apiKeys.client(presenting: presented) else {
                throw ServiceProblem(
                    .unauthorized, detail: "send a valid key in the X-API-Key header or as a Bearer token")
            }
            client = name
            context.annotations.client = name
            context.logger[metadataKey: "client"] = .string(name)
        }
        if let perAddress, let wait = perAddress.take(context.remoteAddress ?? "unknown") {
            throw ServiceProblem(
                .rateLimited, detail: "too many requests from this address",
                retryAfterSeconds: max(1, Int(wait.rounded(.up))))
        }
        if let perKey, let client, let wait = perKey.take(client) {
            throw ServiceProblem(
                .rateLimited, detail: "too many requests with this key",
                retryAfterSeconds: max(1, Int(wait.rounded(.up))))
        }
        return try await next(request, context)
    }
}

extension HTTPField.Name {
    static let traceparent = Self("traceparent")!
    static let requestID = Self("X-Request-ID")!
    static let apiKey = Self("X-API-Key")!
}
