import Foundation
import Hummingbird
import KZGService
import Testing
import Yams

/// `openapi.yaml` is the source of truth: its paths and methods are exactly the router's, its operation IDs the
/// operations' names, and the members its schemas require are those the service sends.
@Suite struct DocumentTests {
    static func document() throws -> [String: Any] {
        let text = try String(
            contentsOf: Fixtures.serviceRoot.appendingPathComponent("openapi.yaml"), encoding: .utf8)
        return try #require(try Yams.load(yaml: text) as? [String: Any])
    }

    @Test func pathsAndMethodsAreTheRouters() throws {
        let document = try Self.document()
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        let documented = Set(paths.flatMap { path, operations in operations.keys.map { "\($0.uppercased()) \(path)" } })
        let state = ServiceState()
        let router = ServiceRouter.make(
            ServiceDependencies(
                configuration: .init(), state: state, metrics: ServiceMetrics(version: "test"), apiKeys: .init(keys: [])
            ))
        let routed = Set(router.routes.map { "\($0.method.rawValue) \($0.path.description)" })
        #expect(
            documented == routed,
            "only documented: \(documented.subtracting(routed)); only routed: \(routed.subtracting(documented))")
        #expect(routed.count == KZGOperation.all.count + 4)

        for operation in KZGOperation.all {
            let post = try #require(paths[operation.path]?["post"] as? [String: Any], "\(operation.path)")
            #expect(post["operationId"] as? String == operation.name)
        }
    }

    /// The members of each 200 response are what the schema requires: checked on a real answer of each route.
    @Test func responsesMatchTheirSchemas() async throws {
        let document = try Self.document()
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        let components = try #require(document["components"] as? [String: Any])
        func required(_ path: String) throws -> Set<String> {
            let post = try #require(paths[path]?["post"] as? [String: Any])
            let ok = try #require((post["responses"] as? [String: Any])?["200"] as? [String: Any])
            var schema: [String: Any]
            if let reference = ok["$ref"] as? String {
                let name = String(reference.split(separator: "/").last!)
                let response = try #require((components["responses"] as? [String: Any])?[name] as? [String: Any])
                schema = try #require(
                    ((response["content"] as? [String: Any])?["application/json"] as? [String: Any])?["schema"]
                        as? [String: Any])
            } else {
                schema = try #require(
                    ((ok["content"] as? [String: Any])?["application/json"] as? [String: Any])?["schema"]
                        as? [String: Any])
            }
            if let reference = schema["$ref"] as? String {
                let name = String(reference.split(separator: "/").last!)
                schema = try #require((components["schemas"] as? [String: Any])?[name] as? [String: Any])
            }
            return Set(try #require(schema["required"] as? [String]))
        }
        let blob = "0x" + String(repeating: "00", count: 131072)
        let point = "0xc0" + String(repeating: "00", count: 47)
        let zero = "0x" + String(repeating: "00", count: 32)
        let cell = "0x" + String(repeating: "00", count: 2048)
        let requests: [String: [String: Any]] = [
            "blob_to_kzg_commitment": ["blob": blob],
            "compute_kzg_proof": ["blob": blob, "z": zero],
            "compute_blob_kzg_proof": ["blob": blob, "commitment": point],
            "verify_kzg_proof": ["commitment": point, "z": zero, "y": zero, "proof": point],
            "verify_blob_kzg_proof": ["blob": blob, "commitment": point, "proof": point],
            "verify_blob_kzg_proof_batch": ["blobs": [blob], "commitments": [point], "proofs": [point]],
            "compute_cells": ["blob": blob],
            "compute_cells_and_kzg_proofs": ["blob": blob],
            "verify_cell_kzg_proof_batch": [
                "commitments": [point], "cell_indices": [5], "cells": [cell], "proofs": [point],
            ],
            "recover_cells_and_kzg_proofs": [
                "cell_indices": Array(0..<64), "cells": Array(repeating: cell, count: 64),
            ],
        ]
        #expect(Set(requests.keys) == Set(KZGOperation.all.map(\.name)))
        let service = Fixtures.service()
        try await service.application.test(.router) { client in
            for operation in KZGOperation.all {
                let response = try await client.post(operation.name, try #require(requests[operation.name]))
                try #require(response.status == .ok, "\(operation.name)")
                let body = try #require(jsonObject(response.body))
                #expect(Set(body.keys) == (try required(operation.path)), "\(operation.name)")
            }
        }
    }
}
