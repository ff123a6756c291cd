import ConfigCheckSupport
import Foundation
import Testing

/// This chapter's folder in `Sources/Exercises/`.
let chapter = "17-slos-and-runbooks"

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
    func lastLines(_ count: Int) -> String { split(separator: "\n").suffix(count).joined(separator: "\n") }
}

/// The four recorded error ratios the chapter names, by window.
let recordedRatios = ["5m", "30m", "1h", "6h"].map { "kzg_service:request_errors:ratio_rate\($0)" }

/// One series of `kzg_service_http_requests_total` for promtool's input, in its expanding notation.
func requests(route: String, status: Int, values: String) -> String {
    let method = route.hasPrefix("/v1/") ? "POST" : "GET"
    return
        "      - series: 'kzg_service_http_requests_total{route=\"\(route)\",method=\"\(method)\",status=\"\(status)\"}'\n"
        + "        values: '\(values)'"
}

/// A promtool check that `expression` has exactly one sample at `time` when `expected`, none otherwise.
func expectation(_ expression: String, at time: String, present expected: Bool) -> String {
    "      - expr: 'count(\(expression))'\n" + "        eval_time: \(time)\n"
        + "        exp_samples: \(expected ? "[{labels: '{}', value: 1}]" : "[]")"
}

/// Runs `promtool test rules` on `tests` (the body of a test file: its `tests:` list) with the learner's rule files
/// copied beside it. Records a problem with promtool's report when a test fails.
func runPromtoolTests(ruleFiles: [LearnerConfigFile], tests: String, blame file: String, what: String) throws {
    let scratch = makeScratchDirectory("kzg-slo")
    defer { try? FileManager.default.removeItem(at: scratch) }
    for rules in ruleFiles {
        try Data(rules.text.utf8).write(to: scratch.appendingPathComponent(rules.url.lastPathComponent))
    }
    let names = ruleFiles.map(\.url.lastPathComponent).joined(separator: ", ")
    let document = "rule_files: [\(names)]\nevaluation_interval: 1m\ntests:\n" + tests
    try Data(document.utf8).write(to: scratch.appendingPathComponent("slo.test.yaml"))
    let result = try Promtool.run(["test", "rules", "slo.test.yaml"], in: scratch)
    if result.status != 0 {
        recordProblem(what, file: file, expected: "promtool test rules passes", got: result.output.lastLines(25))
    }
}
