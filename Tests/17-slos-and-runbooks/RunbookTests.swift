import ConfigCheckSupport
import Foundation
import Testing

/// `runbook`: the runbook in Markdown. It has the sections an on-call engineer looks for and names both alerts; then
/// the real service is started and every ```sh block runs against it (its address in `$KZG_SERVICE_URL`), in order,
/// with `bash -eo pipefail`: each must exit 0 within 30 s and must have sent the service at least one request, so a
/// command against the wrong port or a path the service does not have is caught.
@Suite(.serialized) struct RunbookTests {
    static let sections = ["Service", "Alerts", "Diagnosis", "Mitigation", "Escalation"]

    @Test func runbookHasItsSectionsAndItsCommandsRun() async throws {
        guard let file = LearnerConfigFile.load(chapter: chapter, file: "runbook.md") else { return }
        let runbook = Runbook(file.text)
        let missing = Self.sections.filter { section in
            !runbook.headings.contains { $0.lowercased().hasPrefix(section.lowercased()) }
        }
        if !missing.isEmpty {
            recordProblem(
                "the runbook lacks sections: \(missing.joined(separator: ", "))", file: file.path,
                expected: "## headings " + Self.sections.joined(separator: ", "),
                got: runbook.headings.joined(separator: ", "))
            return
        }
        for alert in ["KZGServiceErrorBudgetFastBurn", "KZGServiceErrorBudgetSlowBurn"] where !file.text.contains(alert)
        {
            recordProblem(
                "the runbook never names \(alert): whoever it pages lands on a page that does not mention it",
                file: file.path, expected: "\(alert) under Alerts", got: "absent")
        }
        let diagnosisBlocks = runbook.blocks.filter { $0.section.lowercased().hasPrefix("diagnosis") }
        guard diagnosisBlocks.count >= 2 else {
            recordProblem(
                "the Diagnosis section has fewer than two commands to run", file: file.path,
                expected: "at least two ```sh blocks under ## Diagnosis", got: "\(diagnosisBlocks.count)")
            return
        }

        let port = freeLoopbackPort()
        let service = try await KZGServiceProcess.start(
            arguments: [],
            environment: [
                "KZG_SERVICE_HTTP_HOST": "127.0.0.1", "KZG_SERVICE_HTTP_PORT": "\(port)",
                "KZG_SERVICE_LOG_LEVEL": "warning",
            ], port: port)
        defer { service.stop() }
        for block in runbook.blocks {
            let before = try await requestCount(service)
            let result = try ChildProcess.run(
                "/bin/bash", ["-eo", "pipefail", "-c", block.script], environment: ["KZG_SERVICE_URL": service.baseURL],
                timeout: .seconds(30))
            // The count read before this block counted its own scrape once it had answered.
            let sent = try await requestCount(service) - before - 1
            let shown = "```sh (under \(block.section))\n\(block.script.trimmed)"
            if result.status != 0 {
                recordProblem(
                    "a runbook command fails against the running service", file: file.path,
                    expected: "exit 0 with KZG_SERVICE_URL=\(service.baseURL)",
                    got: "exit \(result.status): \((result.output + result.errors).trimmed.lastLines(6))",
                    detail: shown)
            } else if sent < 1 {
                recordProblem(
                    "a runbook command never asks the service: does it use $KZG_SERVICE_URL?", file: file.path,
                    expected: "at least one request to \(service.baseURL)", got: "none", detail: shown)
            }
        }
    }

    /// The service's count of the requests it has answered, from its own metrics.
    func requestCount(_ service: KZGServiceProcess) async throws -> Double {
        let metrics = try await HTTPProbe.get("\(service.baseURL)/metrics").text
        return metrics.split(separator: "\n").filter { $0.hasPrefix("kzg_service_http_requests_total{") }
            .compactMap { $0.split(separator: " ").last.flatMap { Double($0) } }.reduce(0, +)
    }
}

/// A Markdown runbook's `##` headings and its ```sh and ```bash blocks, each with the heading it is under.
struct Runbook {
    var headings: [String] = []
    var blocks: [(section: String, script: String)] = []

    init(_ text: String) {
        var section = ""
        var script: [Substring]?
        var fence = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if var open = script {
                if trimmed == fence {
                    blocks.append((section, open.joined(separator: "\n")))
                    script = nil
                } else {
                    open.append(line)
                    script = open
                }
                continue
            }
            if let skip = skipUntilFence {
                if trimmed == skip { skipUntilFence = nil }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = String(trimmed.prefix(3))
                let language = trimmed.dropFirst(3).trimmingCharacters(in: .whitespaces)
                // Other blocks (text, console output) are read, not run: a closing fence only is awaited.
                script = ["sh", "bash", "shell"].contains(language) ? [] : nil
                if script == nil { skipUntilFence = fence }
                continue
            }
            if trimmed.hasPrefix("## ") {
                section = String(trimmed.dropFirst(3))
                headings.append(section)
            }
        }
    }

    private var skipUntilFence: String?
}
