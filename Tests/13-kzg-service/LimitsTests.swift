import ConfigCheckSupport
import Foundation
import Testing

/// `limits.yaml`: the service started with it refuses what is over each limit and accepts what is within.
@Suite("svc-limits: limits.yaml", .serialized)
struct LimitsTests {
    static let file = "limits.yaml"

    @Test("the request timeout is 10 seconds, from the file")
    func timeoutFromTheFile() {
        guard let config = LearnerConfigFile.load(chapter: chapterFolder, file: Self.file) else { return }
        expectSettings(
            [
                ExpectedSetting("limits.maxBatchSize", "4", from: "file"),
                ExpectedSetting("http.maxBodyBytes", "2097152", from: "file"),
                ExpectedSetting("http.requestTimeoutSeconds", "10.0", from: "file"),
            ], arguments: ["--config", config.url.path], file: config)
    }

    @Test("a batch of 4 blobs passes, 5 are refused as too large a batch, a body over 2 MiB as too large a body")
    func limitsHold() async {
        guard let config = LearnerConfigFile.load(chapter: chapterFolder, file: Self.file) else { return }
        let port = freeLoopbackPort()
        let service: KZGServiceProcess
        do {
            service = try await KZGServiceProcess.start(
                arguments: ["--config", config.url.path, "--http-host", "127.0.0.1", "--http-port", "\(port)"],
                port: port)
        } catch {
            recordProblem("The service did not start with this file", file: config.path, detail: error.description)
            return
        }
        defer { service.stop() }
        let url = "\(service.baseURL)/v1/verify_blob_kzg_proof_batch"
        // (body, what must come back, what it shows)
        let probes: [(Data, (HTTPAnswer) -> Bool, String, String)] = [
            (
                Requests.zeroBatch(4), { $0.status == 200 && $0.jsonObject?["valid"] as? Bool == true },
                "a valid batch of 4 blobs (about 1.05 MB)", "200 with valid: true"
            ),
            (
                Requests.zeroBatch(5),
                { $0.status == 400 && Requests.problemType($0) == "urn:kzg-service:problem:batch-too-large" },
                "a batch of 5 blobs (about 1.3 MB, within the body limit)",
                "400 urn:kzg-service:problem:batch-too-large"
            ),
            (
                Requests.paddedBatch(size: 2_097_152), { $0.status == 200 },
                "a body of exactly 2097152 bytes (one blob, padded)", "200: the limit itself is allowed"
            ),
            (
                Requests.paddedBatch(size: 2_097_153),
                { $0.status == 413 && Requests.problemType($0) == "urn:kzg-service:problem:body-too-large" },
                "a body of 2097153 bytes", "413 urn:kzg-service:problem:body-too-large"
            ),
        ]
        for (body, accepted, what, expected) in probes {
            do {
                let answer = try await HTTPProbe.post(url, json: body)
                if !accepted(answer) {
                    recordProblem(
                        "The limits do not hold for \(what)", file: config.path, expected: expected,
                        got: Requests.describe(answer))
                }
            } catch {
                recordProblem("No answer to \(what)", file: config.path, detail: error.description)
            }
        }
    }
}
