import ConfigCheckSupport
import Foundation
import Testing

/// `dashboard.json`: a Grafana dashboard whose every panel query, evaluated by a real Prometheus scraping the
/// service after a burst of requests, returns data.
@Suite("obs-dashboard: dashboard.json", .serialized)
struct DashboardTests {
    static let file = "dashboard.json"

    /// The metrics the dashboard must show, each in at least one panel: traffic, latency, and the two signs of
    /// saturation (work in flight, work waiting).
    static let requiredMetrics = [
        "kzg_service_http_requests_total", "kzg_service_http_request_duration_seconds_bucket",
        "kzg_service_http_requests_in_flight", "kzg_service_pool_busy_workers", "kzg_service_pool_queue_depth",
    ]

    /// Grafana's built-in interval variables, as Grafana would fill them in for a one-hour view scraped every
    /// second; any other `$variable` would need the dashboard's templating, which this dashboard does not use.
    static func substituted(_ expression: String) -> String {
        expression.replacingOccurrences(of: "$__rate_interval", with: "1m")
            .replacingOccurrences(of: "$__interval", with: "15s").replacingOccurrences(of: "$__range", with: "1h")
    }

    struct Query {
        let panel: String
        let expression: String
    }

    /// Every panel's queries (panels inside rows included), with the problems of the dashboard's shape recorded.
    static func queries(in config: LearnerConfigFile) -> [Query]? {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(config.text.utf8))) as? [String: Any] else {
            recordProblem("The file is not a JSON object", file: config.path)
            return nil
        }
        guard let top = object["panels"] as? [[String: Any]], !top.isEmpty else {
            recordProblem("The dashboard has no `panels`", file: config.path)
            return nil
        }
        let panels = top.flatMap { panel in
            panel["type"] as? String == "row" ? (panel["panels"] as? [[String: Any]] ?? []) : [panel]
        }
        var queries: [Query] = []
        var shapeOK = true
        for (index, panel) in panels.enumerated() {
            let title = panel["title"] as? String ?? ""
            let name = title.isEmpty ? "panel \(index + 1)" : "“\(title)”"
            if title.isEmpty || panel["type"] as? String == nil {
                recordProblem("\(name) needs a `title` and a `type`", file: config.path)
                shapeOK = false
            }
            let targets = panel["targets"] as? [[String: Any]] ?? []
            if targets.isEmpty {
                recordProblem("\(name) has no `targets`: it would show nothing", file: config.path)
                shapeOK = false
            }
            let panelSource = (panel["datasource"] as? [String: Any])?["uid"] as? String
            for target in targets {
                let source = (target["datasource"] as? [String: Any])?["uid"] as? String ?? panelSource
                if source != "prometheus" {
                    recordProblem(
                        "\(name) does not query the data source with uid `prometheus`", file: config.path,
                        got: source ?? "no datasource")
                    shapeOK = false
                }
                guard let expression = target["expr"] as? String, !expression.isEmpty else {
                    recordProblem("A target of \(name) has no `expr`", file: config.path)
                    shapeOK = false
                    continue
                }
                queries.append(Query(panel: name, expression: expression))
            }
        }
        for metric in requiredMetrics
        where !queries.contains(where: { $0.expression.contains(try! Regex("\\b\(metric)\\b")) }) {
            recordProblem("No panel shows \(metric)", file: config.path)
            shapeOK = false
        }
        return shapeOK ? queries : nil
    }

    @Test("every panel's query returns data from Prometheus after a burst of requests")
    func everyPanelHasData() async throws {
        guard let config = LearnerConfigFile.load(chapter: chapterFolder, file: Self.file),
            let queries = Self.queries(in: config)
        else { return }
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
            prometheus = try await PrometheusServer.start(configFile: try Lab.prometheusConfig(servicePort: port))
        } catch {
            recordProblem("Prometheus could not be started for the check", file: config.path, detail: "\(error)")
            return
        }
        defer { prometheus.stop() }
        _ = try await prometheus.waitFor(#"up{job="kzg-service"} == 1"#, timeout: .seconds(20))
        try await Lab.burst(service, scrapedBy: prometheus)
        for query in queries {
            let expression = Self.substituted(query.expression)
            do {
                let samples = try await prometheus.waitFor(expression, timeout: .seconds(30)) { samples in
                    samples.contains { !$0.value.isNaN }
                }
                if !samples.contains(where: { !$0.value.isNaN }) {
                    recordProblem(
                        "The query of \(query.panel) returns no data", file: config.path, got: query.expression,
                        detail: samples.isEmpty
                            ? "an empty result: is every metric name spelt as /metrics shows it?"
                            : "only NaN: \(samples.prefix(2).map(\.description).joined(separator: ", "))")
                }
            } catch {
                recordProblem(
                    "Prometheus refuses the query of \(query.panel)", file: config.path, got: query.expression,
                    detail: error.description)
            }
        }
    }
}
