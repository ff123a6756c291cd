import EIP4844
import Foundation
import HTTPTypes
import Hummingbird
import KZGService
import NIOCore
import SeededRandom
import Testing
import Yams

/// Every route, checked two ways: against the consensus-spec test vectors (known answers, including the inputs
/// the spec rejects), and on random blobs against the reference called directly, which checks the HTTP layer's
/// decoding, routing and encoding.
@Suite struct RouteTests {
    static let routes = [
        "blob_to_kzg_commitment", "compute_kzg_proof", "compute_blob_kzg_proof", "verify_kzg_proof",
        "verify_blob_kzg_proof", "verify_blob_kzg_proof_batch", "compute_cells", "compute_cells_and_kzg_proofs",
        "verify_cell_kzg_proof_batch", "recover_cells_and_kzg_proofs",
    ]

    /// Each consensus-spec vector: a valid input gives 200 and the expected output; an input the spec rejects
    /// (output null) gives a 400 problem document, never a 500.
    @Test(arguments: routes)
    func consensusVectors(route: String) async throws {
        let folder = Fixtures.vectors.appendingPathComponent("\(route)/kzg-mainnet")
        let cases = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        try #require(cases.count >= 5, "the vectors of \(route) are missing")
        let service = Fixtures.service(ServiceConfiguration.testing(maxBatchSize: 64, maxBodyBytes: 64 << 20))
        var accepted = 0
        var rejected = 0
        try await service.application.test(.router) { client in
            for name in cases {
                let text = try String(
                    contentsOf: folder.appendingPathComponent("\(name)/data.yaml"), encoding: .utf8)
                let vector = try #require(try Yams.load(yaml: text) as? [String: Any], "\(name)")
                let input = try #require(vector["input"] as? [String: Any])
                let response = try await client.post(route, input)
                let output = vector["output"]
                if output == nil || output is NSNull {
                    rejected += 1
                    #expect(response.status == .badRequest, "\(name)")
                    #expect(response.headers[.contentType] == "application/problem+json", "\(name)")
                    continue
                }
                accepted += 1
                try #require(response.status == .ok, "\(name): \(String(buffer: response.body))")
                let body = try #require(jsonObject(response.body))
                switch route {
                case "blob_to_kzg_commitment":
                    #expect(body["commitment"] as? String == output as? String, "\(name)")
                case "compute_blob_kzg_proof":
                    #expect(body["proof"] as? String == output as? String, "\(name)")
                case "compute_kzg_proof":
                    let pair = try #require(output as? [String])
                    #expect(body["proof"] as? String == pair[0] && body["y"] as? String == pair[1], "\(name)")
                case "compute_cells":
                    #expect(body["cells"] as? [String] == output as? [String], "\(name)")
                case "compute_cells_and_kzg_proofs", "recover_cells_and_kzg_proofs":
                    let pair = try #require(output as? [[String]])
                    #expect(body["cells"] as? [String] == pair[0] && body["proofs"] as? [String] == pair[1], "\(name)")
                default:
                    #expect(body["valid"] as? Bool == output as? Bool, "\(name)")
                }
            }
        }
        // Both kinds of case ran, so a route that rejected or accepted everything would have failed above.
        #expect(accepted > 0 && rejected > 0)
    }

    /// Random blobs: the service's answers are the reference's, and the proofs it makes verify through it while
    /// a proof of another blob does not.
    @Test func randomBlobsAgainstTheReference() async throws {
        var generator = SeededGenerator(seed: 0x4b5a_4753_6572_7669)
        let context = Fixtures.backend.eip4844
        let service = Fixtures.service()
        try await service.application.test(.router) { client in
            var blobs: [[UInt8]] = []
            var commitments: [String] = []
            var proofs: [String] = []
            for _ in 0..<3 {
                let bytes = Fixtures.randomBlobBytes(using: &generator)
                let blob = try Blob(bytes: bytes)
                let hexBlob = Hex.encode(bytes)

                let commitment = context.blobToKZGCommitment(blob)
                let committed = try await client.post("blob_to_kzg_commitment", ["blob": hexBlob])
                #expect(jsonObject(committed.body)?["commitment"] as? String == Hex.encode(commitment.bytes))

                let zBytes = Fixtures.randomBytes32(using: &generator)
                let z = try Bytes32(bytes: zBytes)
                let (proof, y) = context.computeKZGProof(blob, z: z)
                let opened = try await client.post("compute_kzg_proof", ["blob": hexBlob, "z": Hex.encode(zBytes)])
                let openedBody = jsonObject(opened.body)
                #expect(openedBody?["proof"] as? String == Hex.encode(proof.bytes))
                #expect(openedBody?["y"] as? String == Hex.encode(y.bytes))

                let verified = try await client.post(
                    "verify_kzg_proof",
                    [
                        "commitment": Hex.encode(commitment.bytes), "z": Hex.encode(zBytes), "y": Hex.encode(y.bytes),
                        "proof": Hex.encode(proof.bytes),
                    ])
                #expect(jsonObject(verified.body)?["valid"] as? Bool == true)
                // The same proof for another value is refused.
                let otherY = Hex.encode(Fixtures.randomBytes32(using: &generator))
                let refused = try await client.post(
                    "verify_kzg_proof",
                    [
                        "commitment": Hex.encode(commitment.bytes), "z": Hex.encode(zBytes), "y": otherY,
                        "proof": Hex.encode(proof.bytes),
                    ])
                #expect(jsonObject(refused.body)?["valid"] as? Bool == false)

                let blobProof = context.computeBlobKZGProof(blob, commitment: commitment)
                let proved = try await client.post(
                    "compute_blob_kzg_proof", ["blob": hexBlob, "commitment": Hex.encode(commitment.bytes)])
                #expect(jsonObject(proved.body)?["proof"] as? String == Hex.encode(blobProof.bytes))

                let checked = try await client.post(
                    "verify_blob_kzg_proof",
                    ["blob": hexBlob, "commitment": Hex.encode(commitment.bytes), "proof": Hex.encode(blobProof.bytes)]
                )
                #expect(jsonObject(checked.body)?["valid"] as? Bool == true)

                blobs.append(bytes)
                commitments.append(Hex.encode(commitment.bytes))
                proofs.append(Hex.encode(blobProof.bytes))
            }
            let batch: [String: Any] = [
                "blobs": blobs.map { Hex.encode($0) }, "commitments": commitments, "proofs": proofs,
            ]
            let batchVerdict = try await client.post("verify_blob_kzg_proof_batch", batch)
            #expect(jsonObject(batchVerdict.body)?["valid"] as? Bool == true)
            // Two proofs exchanged: each is valid for another blob, and the batch must fail.
            var swapped = batch
            swapped["proofs"] = [proofs[1], proofs[0], proofs[2]]
            let swappedVerdict = try await client.post("verify_blob_kzg_proof_batch", swapped)
            #expect(jsonObject(swappedVerdict.body)?["valid"] as? Bool == false)
            let blobVerdict = try await client.post(
                "verify_blob_kzg_proof",
                ["blob": Hex.encode(blobs[0]), "commitment": commitments[0], "proof": proofs[1]])
            #expect(jsonObject(blobVerdict.body)?["valid"] as? Bool == false)
        }
    }

    /// The hex codec on its own: round trip, upper case accepted, output lower case.
    @Test func hexRoundTrip() throws {
        var generator = SeededGenerator(seed: 7)
        for length in [0, 1, 31, 48] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let text = Hex.encode(bytes)
            #expect(text.count == 2 + 2 * length && text == text.lowercased())
            #expect(try Hex.decode(text, field: "x") == bytes)
            #expect(try Hex.decode("0X" + text.dropFirst(2).uppercased(), field: "x") == bytes)
        }
        #expect(Hex.encode([0x00, 0x0f, 0xa0, 0xff]) == "0x000fa0ff")
    }
}

extension ServiceConfiguration {
    static func testing(
        maxBatchSize: Int = 16, maxBodyBytes: Int = 8 << 20, poolSize: Int = 2, poolQueueLimit: Int = 64,
        requestTimeoutSeconds: Double = 60
    ) -> ServiceConfiguration {
        var configuration = ServiceConfiguration()
        configuration.maxBatchSize = maxBatchSize
        configuration.maxBodyBytes = maxBodyBytes
        configuration.poolSize = poolSize
        configuration.poolQueueLimit = poolQueueLimit
        configuration.requestTimeoutSeconds = requestTimeoutSeconds
        return configuration
    }
}
