import Foundation
import Metrics
import Prometheus

/// The service's metrics, in Prometheus naming (`_total` counters, `_seconds` durations), through swift-metrics
/// with a registry of the service's own, exposed at `GET /metrics`.
public final class ServiceMetrics: Sendable {
    public let registry: PrometheusCollectorRegistry
    let factory: PrometheusMetricsFactory

    public init(version: String) {
        registry = PrometheusCollectorRegistry()
        var factory = PrometheusMetricsFactory(registry: registry)
        // Buckets around the operations' times: from a fraction of a millisecond (verify_kzg_proof) to seconds.
        factory.defaultDurationHistogramBuckets = [
            .microseconds(500), .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10),
            .milliseconds(25), .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500),
            .seconds(1), .seconds(2.5), .seconds(5), .seconds(10),
        ]
        self.factory = factory
        Gauge(label: "kzg_service_build_info", dimensions: [("version", version)], factory: factory).record(1)
    }

    func requestFinished(route: String, method: String, status: Int, seconds: Double) {
        Counter(
            label: "kzg_service_http_requests_total",
            dimensions: [("route", route), ("method", method), ("status", String(status))], factory: factory
        ).increment()
        Timer(label: "kzg_service_http_request_duration_seconds", dimensions: [("route", route)], factory: factory)
            .recordNanoseconds(Int64(seconds * 1e9))
    }

    func inFlight(_ delta: Int) {
        let meter = Meter(label: "kzg_service_http_requests_in_flight", factory: factory)
        if delta > 0 { meter.increment(by: Double(delta)) } else { meter.decrement(by: Double(-delta)) }
    }

    func operationFinished(_ operation: String, seconds: Double) {
        Timer(
            label: "kzg_service_operation_duration_seconds", dimensions: [("operation", operation)], factory: factory
        ).recordNanoseconds(Int64(seconds * 1e9))
    }

    func rejected(reason: String) {
        Counter(label: "kzg_service_rejected_requests_total", dimensions: [("reason", reason)], factory: factory)
            .increment()
    }

    func pool(queued: Int, busy: Int) {
        Gauge(label: "kzg_service_pool_queue_depth", factory: factory).record(queued)
        Gauge(label: "kzg_service_pool_busy_workers", factory: factory).record(busy)
    }

    func trustedSetupLoaded(seconds: Double) {
        Gauge(label: "kzg_service_trusted_setup_load_seconds", factory: factory).record(seconds)
    }

    /// The text exposition format.
    public func exposition() -> [UInt8] {
        registry.emitToBuffer()
    }
}
