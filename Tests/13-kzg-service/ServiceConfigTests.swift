import ConfigCheckSupport
import Foundation
import Testing

/// `service-config.yaml`: the scenario's settings, read from the file, and the service started with it.
@Suite("svc-listen-and-log: service-config.yaml", .serialized)
struct ServiceConfigTests {
    static let file = "service-config.yaml"

    @Test("the service reads every setting of the scenario from the file")
    func settingsFromTheFile() {
        guard let config = LearnerConfigFile.load(chapter: chapterFolder, file: Self.file) else { return }
        expectSettings(
            [
                ExpectedSetting("http.host", "127.0.0.1", from: "file"),
                ExpectedSetting("http.port", "18461", from: "file"),
                ExpectedSetting("log.level", "info", from: "file"),
                ExpectedSetting("log.format", "json", from: "file"),
                ExpectedSetting("pool.size", "2", from: "file"),
                ExpectedSetting("pool.queueLimit", "32", from: "file"),
            ], arguments: ["--config", config.url.path], file: config)
    }

    @Test("started with the file, it answers on 127.0.0.1:18461 and logs each request as one JSON object")
    func answersAndLogsJSON() async {
        guard let config = LearnerConfigFile.load(chapter: chapterFolder, file: Self.file) else { return }
        let service: KZGServiceProcess
        do {
            service = try await KZGServiceProcess.start(arguments: ["--config", config.url.path], port: 18461)
        } catch {
            recordProblem(
                "The service did not become ready on 127.0.0.1:18461 with this file", file: config.path,
                detail: error.description)
            return
        }
        defer { service.stop() }

        let request = Requests.zeroBatch(1)
        let answer: HTTPAnswer
        do {
            answer = try await HTTPProbe.post("\(service.baseURL)/v1/verify_blob_kzg_proof_batch", json: request)
        } catch {
            recordProblem("The service did not answer a request", file: config.path, detail: error.description)
            return
        }
        guard answer.status == 200 else {
            recordProblem(
                "A valid batch of one blob was not answered 200", file: config.path, expected: "200",
                got: Requests.describe(answer))
            return
        }
        // The request's log line: the one naming its request ID, which the service also sends back.
        let requestID = answer.headers["x-request-id"] ?? ""
        try? await Task.sleep(for: .milliseconds(200))
        let lines = service.logLines
        guard let line = lines.first(where: { !requestID.isEmpty && $0.contains(requestID) }) else {
            recordProblem(
                "No log line names the request (its X-Request-ID \(requestID))", file: config.path,
                got: lines.suffix(3).joined(separator: "\n"))
            return
        }
        let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
        guard let object else {
            recordProblem(
                "The request's log line is not one JSON object, which the log collector needs", file: config.path,
                got: line)
            return
        }
        for member in ["timestamp", "level", "message", "request_id", "route", "status"] where object[member] == nil {
            recordProblem("The request's log line lacks `\(member)`", file: config.path, got: line)
        }
    }
}
