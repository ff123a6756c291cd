import ConfigCheckSupport
import Foundation
import Testing

/// `burn-rate-alerts`: the multi-window, multi-burn-rate alerts, on the learner's recorded ratios. promtool accepts
/// them; then `promtool test rules` burns the budget at known rates: 20× must page within ten minutes and stop
/// paging within fifteen of the errors stopping; 8× must open a ticket within two hours and not page; a five-minute
/// blip of 10% errors must do neither.
@Suite struct SloAlertsTests {
    static let fast = "KZGServiceErrorBudgetFastBurn"
    static let slow = "KZGServiceErrorBudgetSlowBurn"

    func firing(_ alert: String, severity: String? = nil) -> String {
        "ALERTS{alertname=\"\(alert)\", alertstate=\"firing\"\(severity.map { ", severity=\"\($0)\"" } ?? "")}"
    }

    @Test func alertsFireOnBurnsAndNotOnBlips() throws {
        guard let rules = LearnerConfigFile.load(chapter: chapter, file: "slo-rules.yaml"),
            let file = LearnerConfigFile.load(chapter: chapter, file: "slo-alerts.yaml")
        else { return }
        let scratch = makeScratchDirectory("kzg-slo-check")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try Data(file.text.utf8).write(to: scratch.appendingPathComponent("slo-alerts.yaml"))
        let check = try Promtool.run(["check", "rules", "slo-alerts.yaml"], in: scratch)
        guard check.status == 0 else {
            recordProblem("promtool rejects the alerts", file: file.path, expected: "SUCCESS", got: check.output)
            return
        }
        let alerts = ((try? yamlDocuments(file.text).first).flatMap { value($0, "groups") as? [[String: Any]] } ?? [])
            .flatMap { $0["rules"] as? [[String: Any]] ?? [] }.compactMap { $0["alert"] as? String }
        guard alerts.contains(Self.fast), alerts.contains(Self.slow) else {
            recordProblem(
                "the file lacks the two alerts the chapter names", file: file.path,
                expected: "\(Self.fast) and \(Self.slow)", got: alerts.joined(separator: ", "))
            return
        }

        // 1000 API requests a minute; the share that fails with 500 sets the burn rate (budget 0.1%).
        func traffic(_ errorsPerMinute: String, minutes: Int = 480) -> String {
            [
                requests(route: "/v1/verify_blob_kzg_proof", status: 200, values: "0+980x\(minutes)"),
                requests(route: "/v1/verify_blob_kzg_proof", status: 500, values: errorsPerMinute),
            ].joined(separator: "\n")
        }
        let fastPage = firing(Self.fast, severity: "page")
        let slowTicket = firing(Self.slow, severity: "ticket")
        let tests = """
              - name: burn rate 20 (2% errors) pages within ten minutes
                interval: 1m
                input_series:
            \(traffic("0+20x480"))
                promql_expr_test:
            \(expectation(fastPage, at: "10m", present: true))
            \(expectation(slowTicket, at: "60m", present: true))
              - name: once the errors stop, the page stops within fifteen minutes though the hour still holds them
                interval: 1m
                input_series:
            \(traffic("0+20x60 1200x420"))
                promql_expr_test:
            \(expectation(fastPage, at: "50m", present: true))
            \(expectation(firing(Self.fast), at: "75m", present: false))
              - name: burn rate 8 (0.8% errors) opens a ticket within two hours and never pages
                interval: 1m
                input_series:
            \(traffic("0+8x480"))
                promql_expr_test:
            \(expectation(slowTicket, at: "2h", present: true))
            \(expectation(firing(Self.fast), at: "30m", present: false))
            \(expectation(firing(Self.fast), at: "2h", present: false))
              - name: after six clean hours, a blip (10% errors for five minutes) pages no one and opens no ticket
                interval: 1m
                input_series:
            \(traffic("0x360 100+100x4 500x235", minutes: 600))
                promql_expr_test:
            \(["362m", "366m", "370m", "380m", "390m", "420m"].map { expectation(firing(Self.fast), at: $0, present: false) }.joined(separator: "\n"))
            \(["370m", "380m", "390m", "420m"].map { expectation(firing(Self.slow), at: $0, present: false) }.joined(separator: "\n"))

            """
        try runPromtoolTests(
            ruleFiles: [rules, file], tests: tests, blame: file.path,
            what: "the alerts do not fire as the burn rates require: promtool's report names the case and the time")
    }
}
