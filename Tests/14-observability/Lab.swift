import ConfigCheckSupport
import Foundation

/// The chapter's folder, as `LearnerConfigFile.load` takes it.
let chapterFolder = "14-observability"

/// The lab the chapter's checks build: the real service on loopback, traffic for it, and a Prometheus that
/// scrapes it every second.
enum Lab {
    /// Starts the service on 127.0.0.1:`port`, with warnings only in its log (the checks read metrics, not logs).
    static func startService(port: Int) async throws(ServiceStartError) -> KZGServiceProcess {
        try await KZGServiceProcess.start(
            arguments: ["--http-host", "127.0.0.1", "--http-port", "\(port)", "--log-level", "warning"], port: port)
    }

    /// The route the burst goes to, as the service labels it.
    static let batchRoute = "/v1/verify_blob_kzg_proof_batch"

    /// A burst of traffic to `batchRoute`: 30 valid batches of one zero blob (200) and 6 malformed bodies (400).
    ///
    /// One request of each kind goes first, and the burst waits until `prometheus` has scraped both series: a
    /// counter's rate counts increases between samples, so a series whose first sample already holds the whole
    /// burst would show a rate of 0.
    static func burst(_ service: KZGServiceProcess, scrapedBy prometheus: PrometheusServer) async throws(ProbeError) {
        let valid = try! JSONSerialization.data(
            withJSONObject: [
                "blobs": ["0x" + String(repeating: "00", count: 131_072)],
                "commitments": ["0xc0" + String(repeating: "00", count: 47)],
                "proofs": ["0xc0" + String(repeating: "00", count: 47)],
            ])
        let malformed = Data("{}".utf8)
        _ = try await HTTPProbe.post(service.baseURL + batchRoute, json: valid)
        _ = try await HTTPProbe.post(service.baseURL + batchRoute, json: malformed)
        _ = try await prometheus.waitFor(
            #"count(kzg_service_http_requests_total{route="\#(batchRoute)"})"#, timeout: .seconds(20)
        ) { $0.first?.value == 2 }
        for index in 0..<34 {
            _ = try await HTTPProbe.post(service.baseURL + batchRoute, json: index % 6 == 5 ? malformed : valid)
            try? await Task.sleep(for: .milliseconds(50))
        }
    }

    /// A Prometheus configuration in a fresh folder: scrape the service every second as job `kzg-service` with
    /// `env="lab"`, evaluate every second, and load `ruleFiles` (copied beside it).
    static func prometheusConfig(servicePort: Int, ruleFiles: [URL] = []) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "workbook-lab-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var names: [String] = []
        for file in ruleFiles {
            try FileManager.default.copyItem(at: file, to: folder.appendingPathComponent(file.lastPathComponent))
            names.append(file.lastPathComponent)
        }
        let text = """
            global:
              scrape_interval: 1s
              evaluation_interval: 1s
            rule_files: [\(names.map { "\"\($0)\"" }.joined(separator: ", "))]
            scrape_configs:
              - job_name: kzg-service
                static_configs:
                  - targets: ["127.0.0.1:\(servicePort)"]
                    labels:
                      env: lab

            """
        let url = folder.appendingPathComponent("prometheus.yml")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }
}
