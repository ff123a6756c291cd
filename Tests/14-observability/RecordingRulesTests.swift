import ConfigCheckSupport
import Foundation
import Testing

/// `recording-rules.yml`: valid for promtool, and evaluated by a real Prometheus scraping the service, its three
/// series have values after a burst of requests, one series per route.
@Suite("obs-recording-rules: recording-rules.yml", .serialized)
struct RecordingRulesTests {
    static let file = "recording-rules.yml"

    /// Each recorded series the chapter asks for, and what its value must be for the burst's route.
    static let expected: [(name: String, holds: @Sendable (Double) -> Bool, meaning: String)] = [
        ("route:kzg_service_http_requests:rate1m", { $0 > 0 && $0 < 1000 }, "a rate above 0 requests per second"),
        (
            "route:kzg_service_http_request_duration_seconds:p99_1m", { $0 > 0 && $0 <= 30 },
            "a duration above 0 and at most 30 seconds"
        ),
        (
            "route:kzg_service_http_requests_4xx:ratio_rate1m", { $0 > 0 && $0 < 1 },
            "a fraction above 0 and below 1 (the burst has 6 malformed requests in 36)"
        ),
    ]

    @Test("promtool accepts the rules, and Prometheus records each series per route after a burst")
    func recordedSeries() async throws {
        guard let config = LearnerConfigFile.load(chapter: chapterFolder, file: Self.file) else { return }
        let check = try Promtool.run(["check", "rules", config.url.path])
        guard check.status == 0 else {
            recordProblem("promtool check rules refuses the file", file: config.path, detail: check.output)
            return
        }
        let port = freeLoopbackPort()
        let service: KZGServiceProcess
        do { service = try await Lab.startService(port: port) } catch {
            recordProblem(
                "The service could not be started for the check", file: config.path, detail: error.description)
            return
        }
        defer { service.stop() }
        let prometheus: PrometheusServer
        do {
            prometheus = try await PrometheusServer.start(
                configFile: try Lab.prometheusConfig(servicePort: port, ruleFiles: [config.url]))
        } catch {
            recordProblem("Prometheus did not start with these rules", file: config.path, detail: "\(error)")
            return
        }
        defer { prometheus.stop() }
        _ = try await prometheus.waitFor(#"up{job="kzg-service"} == 1"#, timeout: .seconds(20))
        try await Lab.burst(service, scrapedBy: prometheus)

        for series in Self.expected {
            let selector = #"\#(series.name){route="\#(Lab.batchRoute)"}"#
            let samples = try await prometheus.waitFor(selector, timeout: .seconds(30)) { samples in
                samples.contains { series.holds($0.value) }
            }
            guard let sample = samples.first else {
                let anyRoute = (try? await prometheus.query(series.name)) ?? []
                recordProblem(
                    "No value of \(series.name) for route \(Lab.batchRoute) after the burst", file: config.path,
                    expected: series.meaning,
                    got: anyRoute.isEmpty
                        ? "no series named \(series.name) at all: is the rule there, and do its metrics exist?"
                        : anyRoute.prefix(3).map(\.description).joined(separator: "\n"))
                continue
            }
            let labels = Set(sample.labels.keys)
            if labels != ["__name__", "route"] {
                recordProblem(
                    "\(series.name) must be one series per route, with no label but `route`", file: config.path,
                    got: sample.description)
            }
            if !series.holds(sample.value) {
                recordProblem(
                    "\(series.name) has an impossible value", file: config.path, expected: series.meaning,
                    got: sample.description)
            }
        }
    }
}
