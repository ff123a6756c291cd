import ConfigCheckSupport
import Foundation
import Testing
import Yams

/// `alert-rules.yml`: valid for promtool, and each alert fires, or stays quiet, as `promtool test rules` shows on
/// given series.
@Suite("obs-alert-rules: alert-rules.yml", .serialized)
struct AlertRulesTests {
    static let file = "alert-rules.yml"

    /// The unit tests, in promtool's format: series given as `start+increment x count` per interval, and the alerts
    /// expected at given times. Annotations are checked apart (`summaries`), so these compare labels only.
    static let unitTests = """
        rule_files: ["alert-rules.yml"]
        evaluation_interval: 15s
        tests:
          # The target down from the start: pending for its first minute, then paging.
          - interval: 15s
            input_series:
              - series: 'up{job="kzg-service", instance="127.0.0.1:18470"}'
                values: '0x20'
            alert_rule_test:
              - {eval_time: 30s, alertname: KZGServiceDown, exp_alerts: []}
              - eval_time: 2m
                alertname: KZGServiceDown
                exp_alerts:
                  - exp_labels: {severity: page, job: kzg-service, instance: "127.0.0.1:18470"}
          # One failed scrape, then up again: a blip must not page.
          - interval: 15s
            input_series:
              - series: 'up{job="kzg-service", instance="127.0.0.1:18470"}'
                values: '1 1 0 1 1 1 1 1 1 1 1 1 1'
            alert_rule_test:
              - {eval_time: 1m, alertname: KZGServiceDown, exp_alerts: []}
              - {eval_time: 3m, alertname: KZGServiceDown, exp_alerts: []}
          # Another job's target down is not the KZG service down.
          - interval: 15s
            input_series:
              - series: 'up{job="node", instance="127.0.0.1:9100"}'
                values: '0x20'
            alert_rule_test:
              - {eval_time: 3m, alertname: KZGServiceDown, exp_alerts: []}
          # 10% of requests fail with 503, steadily: pending for 5 minutes, then paging.
          - interval: 1m
            input_series:
              - series: 'kzg_service_http_requests_total{route="/v1/verify_blob_kzg_proof", method="POST", status="200"}'
                values: '0+90x20'
              - series: 'kzg_service_http_requests_total{route="/v1/verify_blob_kzg_proof", method="POST", status="503"}'
                values: '0+10x20'
            alert_rule_test:
              - {eval_time: 4m, alertname: KZGServiceErrors, exp_alerts: []}
              - eval_time: 8m
                alertname: KZGServiceErrors
                exp_alerts:
                  - exp_labels: {severity: page}
          # 2% failures, under the threshold: never pages.
          - interval: 1m
            input_series:
              - series: 'kzg_service_http_requests_total{route="/v1/verify_blob_kzg_proof", method="POST", status="200"}'
                values: '0+98x20'
              - series: 'kzg_service_http_requests_total{route="/v1/verify_blob_kzg_proof", method="POST", status="503"}'
                values: '0+2x20'
            alert_rule_test:
              - {eval_time: 15m, alertname: KZGServiceErrors, exp_alerts: []}
          # 20% of requests refused with 400 (the clients' mistakes), no 5xx: not the service failing.
          - interval: 1m
            input_series:
              - series: 'kzg_service_http_requests_total{route="/v1/verify_blob_kzg_proof", method="POST", status="200"}'
                values: '0+80x20'
              - series: 'kzg_service_http_requests_total{route="/v1/verify_blob_kzg_proof", method="POST", status="400"}'
                values: '0+20x20'
            alert_rule_test:
              - {eval_time: 15m, alertname: KZGServiceErrors, exp_alerts: []}

        """

    @Test("promtool accepts the rules, and its unit tests of both alerts pass")
    func promtoolUnitTests() throws {
        guard let config = LearnerConfigFile.load(chapter: chapterFolder, file: Self.file) else { return }
        let check = try Promtool.run(["check", "rules", config.url.path])
        guard check.status == 0 else {
            recordProblem("promtool check rules refuses the file", file: config.path, detail: check.output)
            return
        }
        guard let rules = Self.withoutAnnotations(config) else { return }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "workbook-alerts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try rules.write(to: folder.appendingPathComponent("alert-rules.yml"), atomically: true, encoding: .utf8)
        try Self.unitTests.write(to: folder.appendingPathComponent("tests.yml"), atomically: true, encoding: .utf8)
        let run = try Promtool.run(["test", "rules", "tests.yml"], in: folder)
        if run.status != 0 {
            recordProblem(
                "promtool test rules: an alert fires when it should not, or not when it should", file: config.path,
                detail: run.output)
        }
    }

    @Test("each alert has a summary for the person it pages")
    func summaries() throws {
        guard let config = LearnerConfigFile.load(chapter: chapterFolder, file: Self.file) else { return }
        let groups = ((try? Yams.load(yaml: config.text)) as? [String: Any])?["groups"] as? [[String: Any]] ?? []
        let alerts = groups.flatMap { $0["rules"] as? [[String: Any]] ?? [] }.filter { $0["alert"] != nil }
        for name in ["KZGServiceDown", "KZGServiceErrors"] {
            guard let alert = alerts.first(where: { $0["alert"] as? String == name }) else {
                recordProblem("There is no alert named \(name)", file: config.path)
                continue
            }
            let summary = (alert["annotations"] as? [String: Any])?["summary"] as? String ?? ""
            if summary.trimmingCharacters(in: .whitespaces).isEmpty {
                recordProblem("\(name) has no annotation `summary`", file: config.path)
            }
        }
    }

    /// The learner's rules with every rule's annotations removed, as YAML.
    static func withoutAnnotations(_ config: LearnerConfigFile) -> String? {
        guard var document = (try? Yams.load(yaml: config.text)) as? [String: Any],
            let groups = document["groups"] as? [[String: Any]]
        else {
            recordProblem("The file is not a mapping with `groups:`", file: config.path)
            return nil
        }
        document["groups"] = groups.map { group in
            var group = group
            if let rules = group["rules"] as? [[String: Any]] {
                group["rules"] = rules.map { rule in
                    var rule = rule
                    rule["annotations"] = nil
                    return rule
                }
            }
            return group
        }
        return try? Yams.dump(object: document)
    }
}
