import ConfigCheckSupport
import Foundation
import Testing

/// `fixed-config.yaml`: the colleague's refused configuration, repaired with every intended setting kept.
@Suite("svc-diagnose-invalid: fixed-config.yaml", .serialized)
struct FixedConfigTests {
    static let file = "fixed-config.yaml"
    static let broken = workbookRoot.appendingPathComponent("Chapters/13-kzg-service/given/broken-config.yaml")

    @Test("the broken file is refused at start-up with exit status 78 and the key that is wrong")
    func brokenIsRefused() throws {
        // What the chapter shows the learner; if the service ever accepted this file, the exercise would be void.
        guard LearnerConfigFile.load(chapter: chapterFolder, file: Self.file) != nil else { return }
        let run = try KZGServiceProcess.runToExit(arguments: ["--config", Self.broken.path])
        #expect(run.status == 78, "kzg-service exited \(run.status) with \(Self.broken.path)")
        #expect(run.errors.hasPrefix("invalid configuration: "), "its standard error: \(run.errors)")
    }

    @Test("the fixed file keeps every intended setting")
    func intendedSettings() {
        guard let config = LearnerConfigFile.load(chapter: chapterFolder, file: Self.file) else { return }
        expectSettings(
            [
                ExpectedSetting("http.host", "127.0.0.1", from: "file"),
                ExpectedSetting("http.port", "18464", from: "file"),
                ExpectedSetting("log.level", "info", from: "file"),
                ExpectedSetting("log.format", "json", from: "file"),
                ExpectedSetting("limits.maxBatchSize", "8", from: "file"),
                ExpectedSetting("shutdown.drainTimeoutSeconds", "20.0", from: "file"),
            ], arguments: ["--config", config.url.path], file: config)
    }

    @Test("the service starts with it and is ready on 127.0.0.1:18464")
    func starts() async {
        guard let config = LearnerConfigFile.load(chapter: chapterFolder, file: Self.file) else { return }
        do {
            let service = try await KZGServiceProcess.start(arguments: ["--config", config.url.path], port: 18464)
            let status = service.stop()
            if status != 0 {
                recordProblem(
                    "The service did not exit cleanly on SIGTERM", file: config.path, expected: "exit status 0",
                    got: "\(status)")
            }
        } catch {
            recordProblem(
                "The service did not become ready on 127.0.0.1:18464 with this file", file: config.path,
                detail: error.description)
        }
    }
}
