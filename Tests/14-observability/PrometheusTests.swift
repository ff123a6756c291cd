import ConfigCheckSupport
import Foundation
import Testing

/// `prometheus.yml`: valid for promtool, and a real Prometheus started with it scrapes the running service.
@Suite("obs-scrape-config: prometheus.yml", .serialized)
struct PrometheusTests {
    static let file = "prometheus.yml"

    @Test("promtool accepts it, and Prometheus started with it scrapes the service as job kzg-service with env=lab")
    func scrapes() async throws {
        guard let config = LearnerConfigFile.load(chapter: chapterFolder, file: Self.file) else { return }
        let check = try Promtool.run(["check", "config", config.url.path])
        guard check.status == 0 else {
            recordProblem("promtool check config refuses the file", file: config.path, detail: check.output)
            return
        }
        let service: KZGServiceProcess
        do { service = try await Lab.startService(port: 18470) } catch {
            recordProblem(
                "The service could not be started for the check", file: config.path, detail: error.description)
            return
        }
        defer { service.stop() }
        let prometheus: PrometheusServer
        do { prometheus = try await PrometheusServer.start(configFile: config.url) } catch {
            recordProblem("Prometheus did not start with this file", file: config.path, detail: error.description)
            return
        }
        defer { prometheus.stop() }

        let up = try await prometheus.waitFor(#"up{job="kzg-service", env="lab"}"#, timeout: .seconds(20)) {
            $0.contains { $0.value == 1 }
        }
        guard up.contains(where: { $0.value == 1 }) else {
            let targets = (try? await prometheus.targets()) ?? []
            let described =
                targets.isEmpty
                ? "no scrape target at all"
                : targets.map { "job \($0.job) at \($0.url): \($0.health)\($0.error.isEmpty ? "" : ", \($0.error)")" }
                    .joined(separator: "\n")
            recordProblem(
                #"Prometheus has no up{job="kzg-service", env="lab"} equal to 1 after 20 seconds"#, file: config.path,
                expected: "the service on 127.0.0.1:18470 scraped at /metrics, job kzg-service, label env=lab",
                got: up.isEmpty ? "no such series" : up.map(\.description).joined(separator: "\n"),
                detail: "Prometheus's targets:\n\(described)")
            return
        }
        // The scrape interval: a second between scrapes, so about 5 samples in the last 5 seconds.
        try await Task.sleep(for: .seconds(5))
        let samples = try await prometheus.query(#"count_over_time(up{job="kzg-service"}[5s])"#)
        let count = samples.first?.value ?? 0
        if count < 3 {
            recordProblem(
                "The service is scraped less often than every second", file: config.path,
                expected: "at least 3 scrapes in 5 seconds", got: "\(Int(count))")
        }
    }
}
