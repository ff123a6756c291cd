import Foundation
import HTTPTypes
import Hummingbird
import KZGService
import NIOCore
import Synchronization
import Testing

/// Health, metrics, logs, API keys and rate limits.
@Suite struct OperationsTests {
    static let blob = "0x" + String(repeating: "00", count: 131072)

    @Test func healthReportsItsComponents() async throws {
        let service = Fixtures.service(.testing(poolSize: 3, poolQueueLimit: 5))
        try await service.application.test(.router) { client in
            let response = try await client.execute(uri: "/health", method: .get)
            #expect(response.status == .ok)
            let body = try #require(jsonObject(response.body))
            #expect(body["status"] as? String == "ready")
            #expect(body["version"] as? String == ServiceState.version)
            #expect((body["uptime_seconds"] as? Double ?? -1) >= 0)
            let components = try #require(body["components"] as? [String: Any])
            let pool = try #require(components["worker_pool"] as? [String: Any])
            #expect(pool["size"] as? Int == 3 && pool["queue_limit"] as? Int == 5 && pool["busy"] as? Int == 0)
            #expect((components["trusted_setup"] as? [String: Any])?["status"] as? String == "loaded")
            #expect(((components["memory"] as? [String: Any])?["resident_bytes"] as? Int ?? 0) > 1 << 20)
        }
        let starting = Fixtures.service(ready: false)
        try await starting.application.test(.router) { client in
            let response = try await client.execute(uri: "/health", method: .get)
            #expect(response.status == .serviceUnavailable)
            let components = jsonObject(response.body)?["components"] as? [String: Any]
            #expect((components?["trusted_setup"] as? [String: Any])?["status"] as? String == "loading")
        }
    }

    @Test func metricsCountRequestsByRouteAndStatus() async throws {
        let service = Fixtures.service()
        try await service.application.test(.router) { client in
            _ = try await client.post("blob_to_kzg_commitment", ["blob": Self.blob])
            _ = try await client.post("blob_to_kzg_commitment", ["blob": "0x00"])
            _ = try await client.post("blob_to_kzg_commitment", ["blob": "0x00"])
            let response = try await client.execute(uri: "/metrics", method: .get)
            #expect(response.status == .ok)
            let text = String(buffer: response.body)
            let lines = text.split(separator: "\n").map(String.init)
            func sample(_ prefix: String, _ labels: [String]) -> Double? {
                lines.first { $0.hasPrefix(prefix + "{") && labels.allSatisfy($0.contains) }
                    .flatMap { Double($0.split(separator: " ").last ?? "") }
            }
            let route = "route=\"/v1/blob_to_kzg_commitment\""
            #expect(sample("kzg_service_http_requests_total", [route, "status=\"200\""]) == 1)
            #expect(sample("kzg_service_http_requests_total", [route, "status=\"400\""]) == 2)
            #expect(sample("kzg_service_http_request_duration_seconds_count", [route]) == 3)
            #expect(
                sample("kzg_service_operation_duration_seconds_count", ["operation=\"blob_to_kzg_commitment\""]) == 3)
            #expect(text.contains("kzg_service_build_info{version=\"\(ServiceState.version)\"} 1"))
            #expect(text.contains("kzg_service_pool_queue_depth"))
            #expect(text.contains("kzg_service_http_requests_in_flight"))
        }
    }

    /// One JSON object a line, with the trace ID of an incoming `traceparent` as the request ID.
    @Test func logsAreJSONLinesWithTheRequestID() async throws {
        let service = Fixtures.service()
        let traceID = "4bf92f3577b34da6a3ce929d0e0e4736"
        try await service.application.test(.router) { client in
            let response = try await client.post(
                "blob_to_kzg_commitment", ["blob": "0x00"],
                headers: [HTTPField.Name("traceparent")!: "00-\(traceID)-00f067aa0ba902b7-01"])
            #expect(response.headers[HTTPField.Name("X-Request-ID")!] == traceID)
            #expect(response.headers[HTTPField.Name("traceparent")!]?.hasPrefix("00-\(traceID)-") == true)
            // Without a traceparent: a new, unique ID each time.
            let first = try await client.execute(uri: "/health/live", method: .get)
            let second = try await client.execute(uri: "/health/live", method: .get)
            let ids = [first, second].compactMap { $0.headers[HTTPField.Name("X-Request-ID")!] }
            #expect(ids.count == 2 && ids[0] != ids[1] && ids.allSatisfy { $0.count == 32 })
        }
        let objects = service.logs.all.compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(objects.count == service.logs.all.count && !objects.isEmpty)
        #expect(service.logs.all.allSatisfy { !$0.contains("\n") })
        let line = try #require(objects.first { $0["request_id"] as? String == traceID })
        #expect(line["route"] as? String == "/v1/blob_to_kzg_commitment")
        #expect(line["status"] as? Int == 400)
        #expect(line["duration_ms"] is Double)
        #expect(line["level"] as? String == "info" && line["timestamp"] is String && line["message"] is String)
    }

    @Test func apiKeys() async throws {
        let key = "s3cret-key-for-tests"
        let service = Fixtures.service(apiKeys: ["another-key", key])
        try await service.application.test(.router) { client in
            let without = try await client.post("blob_to_kzg_commitment", ["blob": Self.blob])
            #expect(expectProblem(without, .unauthorized) != nil)
            let wrong = try await client.post(
                "blob_to_kzg_commitment", ["blob": Self.blob], headers: [HTTPField.Name("X-API-Key")!: key + "x"])
            #expect(expectProblem(wrong, .unauthorized) != nil)
            let withHeader = try await client.post(
                "blob_to_kzg_commitment", ["blob": Self.blob], headers: [HTTPField.Name("X-API-Key")!: key])
            #expect(withHeader.status == .ok)
            let withBearer = try await client.post(
                "blob_to_kzg_commitment", ["blob": Self.blob], headers: [.authorization: "Bearer \(key)"])
            #expect(withBearer.status == .ok)
            // The probes stay open.
            #expect(try await client.execute(uri: "/health/ready", method: .get).status == .ok)
        }
        // Logs name the key by its position, never by its value.
        #expect(service.logs.all.contains { $0.contains("\"client\":\"key-2\"") })
        #expect(!service.logs.all.contains { $0.contains(key) })
    }

    @Test func constantTimeComparisonIsEquality() {
        let keys = APIKeys(keys: ["abc", "abcd", ""])
        #expect(keys.client(presenting: "abc") == "key-1")
        #expect(keys.client(presenting: "abcd") == "key-2")
        #expect(keys.client(presenting: "ab") == nil)
        #expect(keys.client(presenting: "abd") == nil)
        #expect(keys.client(presenting: "abcde") == nil)
        #expect(keys.isEmpty == false && keys.count == 3)
    }

    /// Burst 3 at one request every 100 seconds: three pass, the fourth gets 429 with `Retry-After`.
    @Test func rateLimitPerAddressAndPerKey() async throws {
        var configuration = ServiceConfiguration.testing()
        configuration.rateLimitPerAddressPerSecond = 0.01
        configuration.rateLimitPerAddressBurst = 3
        let service = Fixtures.service(configuration)
        try await service.application.test(.router) { client in
            for _ in 0..<3 {
                #expect(try await client.post("blob_to_kzg_commitment", ["blob": "0x00"]).status == .badRequest)
            }
            let limited = try await client.post("blob_to_kzg_commitment", ["blob": "0x00"])
            #expect(expectProblem(limited, .rateLimited) != nil)
            #expect((90...100).contains(Int(limited.headers[.retryAfter] ?? "") ?? 0))
            #expect(try await client.execute(uri: "/health/live", method: .get).status == .ok)
        }

        var perKey = ServiceConfiguration.testing()
        perKey.rateLimitPerKeyPerSecond = 0.01
        perKey.rateLimitPerKeyBurst = 2
        let keyed = Fixtures.service(perKey, apiKeys: ["k1", "k2"])
        try await keyed.application.test(.router) { client in
            let first: HTTPFields = [HTTPField.Name("X-API-Key")!: "k1"]
            let second: HTTPFields = [HTTPField.Name("X-API-Key")!: "k2"]
            for _ in 0..<2 {
                #expect(
                    try await client.post("blob_to_kzg_commitment", ["blob": "0x00"], headers: first).status
                        == .badRequest)
            }
            let limited = try await client.post(
                "blob_to_kzg_commitment", ["blob": "0x00"],
                headers: first)
            #expect(expectProblem(limited, .rateLimited) != nil)
            #expect((90...100).contains(Int(limited.headers[.retryAfter] ?? "") ?? 0))
            // Another key has its own bucket.
            let other = try await client.post(
                "blob_to_kzg_commitment", ["blob": "0x00"],
                headers: second)
            #expect(other.status == .badRequest)
        }
    }

    /// The bucket refills at its rate and never above its burst.
    @Test func tokenBucketRefills() {
        let now = Mutex(0.0)
        let buckets = TokenBuckets(ratePerSecond: 2, burst: 2, clock: { now.withLock { $0 } })
        #expect(buckets.take("a") == nil && buckets.take("a") == nil)
        #expect(buckets.take("a") == 0.5)
        now.withLock { $0 = 0.5 }
        #expect(buckets.take("a") == nil)
        #expect(buckets.take("a") != nil)
        now.withLock { $0 = 100 }
        #expect(buckets.take("a") == nil && buckets.take("a") == nil && buckets.take("a") != nil)
        #expect(buckets.take("b") == nil)
    }
}
