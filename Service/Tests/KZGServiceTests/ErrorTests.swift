import Foundation
import HTTPTypes
import Hummingbird
import KZGService
import NIOCore
import SeededRandom
import Synchronization
import Testing

/// Each kind of failure with a request that causes it: the status, `application/problem+json`, and the stable
/// `type`. Bad input is never a 500.
@Suite struct ErrorTests {
    static let validZ = "0x" + String(repeating: "00", count: 31) + "01"
    /// The compressed generator of G1: a valid point.
    static let generator =
        "0x97f1d3a73197d7942695638c4fa9ac0fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb"
    static var validBlob: String { "0x" + String(repeating: "00", count: 131072) }

    @Test func malformedJSON() async throws {
        let service = Fixtures.service()
        try await service.application.test(.router) { client in
            let notJSON = try await client.execute(
                uri: "/v1/blob_to_kzg_commitment", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: "{\"blob\": "))
            #expect(expectProblem(notJSON, .malformedJSON) != nil)
            let missing = try await client.post("compute_kzg_proof", ["blob": Self.validBlob])
            #expect((expectProblem(missing, .malformedJSON)?["detail"] as? String)?.contains("z") == true)
            let wrongType = try await client.post("verify_kzg_proof", ["commitment": 5, "z": 1, "y": 2, "proof": 3])
            #expect(expectProblem(wrongType, .malformedJSON) != nil)
            let notObject = try await client.execute(
                uri: "/v1/verify_blob_kzg_proof_batch", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: "[1, 2]"))
            #expect(expectProblem(notObject, .malformedJSON) != nil)
        }
    }

    @Test func malformedHex() async throws {
        let service = Fixtures.service()
        try await service.application.test(.router) { client in
            for z in [
                "00" + String(repeating: "00", count: 31), "0x" + String(repeating: "0", count: 63),
                "0x" + String(repeating: "0g", count: 32), "", "0x" + String(repeating: "00", count: 31) + " 1",
            ] {
                let response = try await client.post("compute_kzg_proof", ["blob": Self.validBlob, "z": z])
                #expect(expectProblem(response, .malformedHex) != nil, "z = \(z.prefix(12))…")
            }
        }
    }

    @Test func wrongLength() async throws {
        let service = Fixtures.service()
        try await service.application.test(.router) { client in
            let shortBlob = try await client.post(
                "blob_to_kzg_commitment", ["blob": "0x" + String(repeating: "00", count: 100)])
            #expect((expectProblem(shortBlob, .wrongLength)?["detail"] as? String)?.contains("131072") == true)
            let longZ = try await client.post("compute_kzg_proof", ["blob": Self.validBlob, "z": Self.validZ + "00"])
            #expect(expectProblem(longZ, .wrongLength) != nil)
            let shortProof = try await client.post(
                "verify_kzg_proof", ["commitment": Self.generator, "z": Self.validZ, "y": Self.validZ, "proof": "0xc0"])
            #expect(expectProblem(shortProof, .wrongLength) != nil)
        }
    }

    @Test func nonCanonicalFieldElement() async throws {
        // r, the scalar field's modulus: the smallest value that is not canonical.
        let r = "0x73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001"
        let service = Fixtures.service()
        try await service.application.test(.router) { client in
            let atR = try await client.post("compute_kzg_proof", ["blob": Self.validBlob, "z": r])
            #expect(expectProblem(atR, .nonCanonicalFieldElement) != nil)
            // The blob's element 5 is r.
            let blob =
                "0x" + String(repeating: "00", count: 32 * 5) + r.dropFirst(2)
                + String(repeating: "00", count: 32 * 4090)
            let badBlob = try await client.post("blob_to_kzg_commitment", ["blob": blob])
            #expect((expectProblem(badBlob, .nonCanonicalFieldElement)?["detail"] as? String)?.contains("5") == true)
        }
    }

    @Test func invalidPoint() async throws {
        // The generator without its compression flag; a point the consensus-spec vectors reject
        // (verify_kzg_proof_case_invalid_commitment_2); infinity with a stray bit.
        let points = [
            "0x17f1d3a73197d7942695638c4fa9ac0fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb",
            "0x8123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
            "0xc" + String(repeating: "0", count: 94) + "1",
        ]
        let service = Fixtures.service()
        try await service.application.test(.router) { client in
            for point in points {
                let asCommitment = try await client.post(
                    "verify_kzg_proof",
                    ["commitment": point, "z": Self.validZ, "y": Self.validZ, "proof": Self.generator])
                #expect(expectProblem(asCommitment, .invalidPoint) != nil, "\(point)")
                let asProof = try await client.post(
                    "verify_blob_kzg_proof", ["blob": Self.validBlob, "commitment": Self.generator, "proof": point])
                #expect(expectProblem(asProof, .invalidPoint) != nil, "\(point)")
            }
        }
    }

    @Test func batchTooLargeAndMismatched() async throws {
        let service = Fixtures.service(.testing(maxBatchSize: 2))
        try await service.application.test(.router) { client in
            let three: [String: Any] = [
                "blobs": [String](repeating: Self.validBlob, count: 3),
                "commitments": [String](repeating: Self.generator, count: 3),
                "proofs": [String](repeating: Self.generator, count: 3),
            ]
            let tooLarge = try await client.post("verify_blob_kzg_proof_batch", three)
            #expect(expectProblem(tooLarge, .batchTooLarge) != nil)
            let mismatched = try await client.post(
                "verify_blob_kzg_proof_batch",
                [
                    "blobs": [Self.validBlob], "commitments": [Self.generator, Self.generator],
                    "proofs": [Self.generator],
                ])
            #expect(expectProblem(mismatched, .batchLengthMismatch) != nil)
            // Within the limit and consistent: an answer.
            let empty = try await client.post(
                "verify_blob_kzg_proof_batch", ["blobs": [String](), "commitments": [String](), "proofs": [String]()])
            #expect(jsonObject(empty.body)?["valid"] as? Bool == true)
        }
    }

    @Test func bodyTooLarge() async throws {
        let service = Fixtures.service(.testing(maxBodyBytes: 4096))
        try await service.application.test(.router) { client in
            let response = try await client.post("blob_to_kzg_commitment", ["blob": Self.validBlob])
            #expect(expectProblem(response, .bodyTooLarge) != nil)
            // Just under the limit the same route answers (with the blob's length error).
            let small = try await client.post("blob_to_kzg_commitment", ["blob": "0x00"])
            #expect(expectProblem(small, .wrongLength) != nil)
        }
    }

    @Test func unsupportedMediaTypeAndNotFound() async throws {
        let service = Fixtures.service()
        try await service.application.test(.router) { client in
            let text = try await client.execute(
                uri: "/v1/blob_to_kzg_commitment", method: .post, headers: [.contentType: "text/plain"],
                body: ByteBuffer(string: "blob"))
            #expect(expectProblem(text, .unsupportedMediaType) != nil)
            let nowhere = try await client.execute(uri: "/v1/no_such_function", method: .post)
            #expect(expectProblem(nowhere, .notFound) != nil)
            let wrongMethod = try await client.execute(uri: "/v1/blob_to_kzg_commitment", method: .get)
            #expect(expectProblem(wrongMethod, .methodNotAllowed) != nil && wrongMethod.headers[.allow] == "POST")
            let postToProbe = try await client.execute(uri: "/health/live", method: .post)
            #expect(expectProblem(postToProbe, .methodNotAllowed) != nil && postToProbe.headers[.allow] == "GET")
        }
    }

    @Test func notReadyUntilTheSetupIsLoaded() async throws {
        let service = Fixtures.service(ready: false)
        try await service.application.test(.router) { client in
            let before = try await client.execute(uri: "/health/ready", method: .get)
            #expect(before.status == .serviceUnavailable && before.headers[.retryAfter] == "1")
            let live = try await client.execute(uri: "/health/live", method: .get)
            #expect(live.status == .ok)
            let refused = try await client.post("blob_to_kzg_commitment", ["blob": Self.validBlob])
            #expect(expectProblem(refused, .notReady) != nil && refused.headers[.retryAfter] == "1")

            service.dependencies.state.markReady(Fixtures.backend, loadSeconds: 1)
            let after = try await client.execute(uri: "/health/ready", method: .get)
            #expect(after.status == .ok)
            let answered = try await client.post("blob_to_kzg_commitment", ["blob": Self.validBlob])
            #expect(answered.status == .ok)

            service.dependencies.state.markDraining()
            let draining = try await client.execute(uri: "/health/ready", method: .get)
            #expect(
                draining.status == .serviceUnavailable && jsonObject(draining.body)?["status"] as? String == "draining")
        }
    }

    /// With one worker and no queue, a request that arrives while the worker is busy is refused at once.
    @Test func overloadedWhenThePoolIsFull() async throws {
        let service = Fixtures.service(.testing(poolSize: 1, poolQueueLimit: 0))
        let gate = Gate()
        let pool = service.dependencies.pool
        let occupying = Task { try await pool.run { gate.waitUntilOpen() } }
        while pool.busy == 0 { try await Task.sleep(for: .milliseconds(5)) }
        try await service.application.test(.router) { client in
            let response = try await client.post("blob_to_kzg_commitment", ["blob": Self.validBlob])
            #expect(expectProblem(response, .overloaded) != nil)
            #expect(response.headers[.retryAfter] == "1")
            gate.open()
            try await occupying.value
            let afterwards = try await client.post("blob_to_kzg_commitment", ["blob": Self.validBlob])
            #expect(afterwards.status == .ok)
        }
    }

    /// A request queued behind a busy worker for longer than the timeout gets `timeout`, not a hang.
    @Test func timeout() async throws {
        let service = Fixtures.service(.testing(poolSize: 1, poolQueueLimit: 4, requestTimeoutSeconds: 0.2))
        let gate = Gate()
        let pool = service.dependencies.pool
        let occupying = Task { try await pool.run { gate.waitUntilOpen() } }
        while pool.busy == 0 { try await Task.sleep(for: .milliseconds(5)) }
        try await service.application.test(.router) { client in
            let start = ContinuousClock.now
            let response = try await client.post("blob_to_kzg_commitment", ["blob": Self.validBlob])
            #expect(expectProblem(response, .timeout) != nil)
            #expect(ContinuousClock.now - start < .seconds(5))
        }
        gate.open()
        try await occupying.value
    }

    /// The problem types in the document are exactly the service's.
    @Test func problemTypesAreDocumented() throws {
        let document = try String(
            contentsOf: Fixtures.serviceRoot.appendingPathComponent("openapi.yaml"), encoding: .utf8)
        for kind in ServiceProblem.Kind.allCases {
            #expect(document.contains("- \(kind.typeURI)\n"), "\(kind.typeURI) is not in openapi.yaml")
        }
        let documented = document.components(separatedBy: "urn:kzg-service:problem:").count - 1
        #expect(documented == ServiceProblem.Kind.allCases.count)
    }
}

/// A latch a pool thread blocks on until the test opens it.
final class Gate: Sendable {
    private let isOpen = Mutex(false)
    func open() { isOpen.withLock { $0 = true } }
    func waitUntilOpen() {
        while !isOpen.withLock({ $0 }) { usleep(1000) }
    }
}
