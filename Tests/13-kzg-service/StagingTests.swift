import ConfigCheckSupport
import Foundation
import Testing

/// `staging.env`: the shared file, unchanged, with the learner's environment over it.
@Suite("svc-environment-precedence: staging.env", .serialized)
struct StagingTests {
    static let file = "staging.env"
    static let baseConfig = workbookRoot.appendingPathComponent("Chapters/13-kzg-service/given/base-config.yaml")

    /// The variables of an environment file: `NAME=value` lines; blank lines and `#` comments are skipped. Any
    /// other line is recorded as a problem, since the tools that read such files would refuse or misread it.
    static func variables(of config: LearnerConfigFile) -> [String: String]? {
        var variables: [String: String] = [:]
        for (index, raw) in config.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let equals = line.firstIndex(of: "="),
                line[..<equals].wholeMatch(of: /[A-Za-z_][A-Za-z0-9_]*/) != nil
            else {
                recordProblem(
                    "Line \(index + 1) is not NAME=value", file: config.path, got: line,
                    detail: "an environment file holds one NAME=value a line (no spaces around =, no `export`)")
                return nil
            }
            variables[String(line[..<equals])] = String(line[line.index(after: equals)...])
        }
        return variables
    }

    @Test("the three staging settings come from the environment, everything else from the file")
    func layers() {
        guard let config = LearnerConfigFile.load(chapter: chapterFolder, file: Self.file),
            let environment = Self.variables(of: config)
        else { return }
        expectSettings(
            [
                ExpectedSetting("http.port", "18463", from: "environment"),
                ExpectedSetting("log.level", "debug", from: "environment"),
                ExpectedSetting("limits.maxBatchSize", "2", from: "environment"),
                ExpectedSetting("http.host", "127.0.0.1", from: "file"),
                ExpectedSetting("log.format", "json", from: "file"),
            ], arguments: ["--config", Self.baseConfig.path], environment: environment, file: config)
    }

    @Test("started so, it listens on 18463, not the file's 18462, and refuses a batch of 3")
    func behaviour() async {
        guard let config = LearnerConfigFile.load(chapter: chapterFolder, file: Self.file),
            let environment = Self.variables(of: config)
        else { return }
        let service: KZGServiceProcess
        do {
            service = try await KZGServiceProcess.start(
                arguments: ["--config", Self.baseConfig.path], environment: environment, port: 18463)
        } catch {
            recordProblem(
                "The service did not become ready on 127.0.0.1:18463 with the shared file and this environment",
                file: config.path, detail: error.description)
            return
        }
        defer { service.stop() }
        if isListening(port: 18462) {
            recordProblem(
                "Something listens on the file's port 18462 as well", file: config.path,
                detail: "the environment's port replaces the file's; nothing should be on 18462")
        }
        do {
            let answer = try await HTTPProbe.post(
                "\(service.baseURL)/v1/verify_blob_kzg_proof_batch", json: Requests.zeroBatch(3))
            if Requests.problemType(answer) != "urn:kzg-service:problem:batch-too-large" {
                recordProblem(
                    "A batch of 3 blobs was not refused, though staging allows 2", file: config.path,
                    expected: "400 urn:kzg-service:problem:batch-too-large", got: Requests.describe(answer))
            }
        } catch {
            recordProblem("No answer to a batch of 3 blobs", file: config.path, detail: error.description)
        }
    }
}
