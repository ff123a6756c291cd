import ConfigCheckSupport
import Foundation
import Testing

/// `slo-recording-rules`: the SLI as recording rules. promtool accepts the file; then `promtool test rules` feeds it
/// traffic whose answer is known: 1% of API requests failing with 5xx among 4xx (the client's fault, not an error)
/// and a flood of probe and scrape requests (not users' requests), on two API routes (one ratio, not one per
/// route); and a burst of errors in the last ten minutes of six clean hours, which each window must see in its own
/// proportion.
@Suite struct SloRulesTests {
    @Test func recordedRatiosAreTheSLI() throws {
        guard let file = LearnerConfigFile.load(chapter: chapter, file: "slo-rules.yaml") else { return }
        let scratch = makeScratchDirectory("kzg-slo-check")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try Data(file.text.utf8).write(to: scratch.appendingPathComponent("slo-rules.yaml"))
        let check = try Promtool.run(["check", "rules", "slo-rules.yaml"], in: scratch)
        guard check.status == 0 else {
            recordProblem("promtool rejects the rules", file: file.path, expected: "SUCCESS", got: check.output)
            return
        }
        let recorded = ((try? yamlDocuments(file.text).first).flatMap { value($0, "groups") as? [[String: Any]] } ?? [])
            .flatMap { $0["rules"] as? [[String: Any]] ?? [] }.compactMap { $0["record"] as? String }
        let missing = recordedRatios.filter { !recorded.contains($0) }
        guard missing.isEmpty else {
            recordProblem(
                "the rules do not record the four ratios the alerts read", file: file.path,
                expected: recordedRatios.joined(separator: ", "), got: recorded.joined(separator: ", "))
            return
        }

        // Per minute: 940 answered 200, 50 refused 400, 5 failed 500 and 5 503 on the API: 1% errors. The health
        // probes and the scrapes add 5000 successes that are no user's.
        let steady = [
            requests(route: "/v1/verify_blob_kzg_proof", status: 200, values: "0+600x420"),
            requests(route: "/v1/blob_to_kzg_commitment", status: 200, values: "0+340x420"),
            requests(route: "/v1/verify_blob_kzg_proof", status: 400, values: "0+50x420"),
            requests(route: "/v1/verify_blob_kzg_proof", status: 500, values: "0+5x420"),
            requests(route: "/v1/blob_to_kzg_commitment", status: 503, values: "0+5x420"),
            requests(route: "/health/ready", status: 200, values: "0+4000x420"),
            requests(route: "/metrics", status: 200, values: "0+1000x420"),
        ].joined(separator: "\n")
        let steadyChecks = recordedRatios.map {
            expectation("\($0) >= 0.0099 <= 0.0101", at: "7h", present: true)
        }.joined(separator: "\n")
        // Six clean hours, then ten minutes with 5% of the API's requests failing: evaluated at 6h10m each window
        // holds a different share of the burst (promtool 2.x and 3.x count one sample more or less).
        let burst = [
            requests(route: "/v1/verify_blob_kzg_proof", status: 200, values: "0+1000x360 360950+950x9"),
            requests(route: "/v1/verify_blob_kzg_proof", status: 500, values: "0x360 50+50x9"),
        ].joined(separator: "\n")
        let windows = [
            ("5m", 0.049, 0.051), ("30m", 0.0164, 0.0176), ("1h", 0.0082, 0.0086), ("6h", 0.00137, 0.00141),
        ]
        let burstChecks = windows.map { window, low, high in
            expectation(
                "kzg_service:request_errors:ratio_rate\(window) >= \(low) <= \(high)", at: "6h10m", present: true)
        }.joined(separator: "\n")
        let tests = """
              - name: 1% of API requests fail; probes, scrapes and 4xx are not errors; one ratio for all routes
                interval: 1m
                input_series:
            \(steady)
                promql_expr_test:
            \(steadyChecks)
            \(recordedRatios.map { expectation($0, at: "7h", present: true) }.joined(separator: "\n"))
              - name: a ten-minute burst of 5% errors after six clean hours, as each window sees it
                interval: 1m
                input_series:
            \(burst)
                promql_expr_test:
            \(burstChecks)

            """
        try runPromtoolTests(
            ruleFiles: [file], tests: tests, blame: file.path,
            what: "the recorded ratios are not the SLI: promtool's test shows which window and which traffic")
    }
}
