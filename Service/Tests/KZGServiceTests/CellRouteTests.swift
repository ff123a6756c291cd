import EIP4844
import EIP7594
import Foundation
import HTTPTypes
import KZGService
import SeededRandom
import Testing

/// The EIP-7594 cell routes on random blobs against the reference called directly, and each malformed input they
/// can be sent with a problem document of its own type.
@Suite struct CellRouteTests {
    static let zeroCell = "0x" + String(repeating: "00", count: EIP7594Constants.bytesPerCell)
    static let infinity = "0xc0" + String(repeating: "00", count: 47)

    @Test func randomBlobsAgainstTheReference() async throws {
        var generator = SeededGenerator(seed: 0x6365_6c6c_7332)
        let context = Fixtures.backend.eip7594
        let service = Fixtures.service()
        let bytes = Fixtures.randomBlobBytes(using: &generator)
        let blob = try Blob(bytes: bytes)
        let commitment = Hex.encode(Fixtures.backend.eip4844.blobToKZGCommitment(blob).bytes)
        let (cells, proofs) = context.computeCellsAndKZGProofs(blob)
        let hexCells = cells.map { Hex.encode($0.bytes) }
        let hexProofs = proofs.map { Hex.encode($0.bytes) }
        try await service.application.test(.router) { client in
            let computed = try await client.post("compute_cells", ["blob": Hex.encode(bytes)])
            #expect(jsonObject(computed.body)?["cells"] as? [String] == hexCells)
            #expect(context.computeCells(blob) == cells)

            let withProofs = try await client.post("compute_cells_and_kzg_proofs", ["blob": Hex.encode(bytes)])
            let body = try #require(jsonObject(withProofs.body))
            #expect(body["cells"] as? [String] == hexCells)
            #expect(body["proofs"] as? [String] == hexProofs)

            // A sample of cells, as a node checks the columns it custodies.
            let sample = [3, 17, 64, 100, 127]
            let batch: [String: Any] = [
                "commitments": sample.map { _ in commitment }, "cell_indices": sample,
                "cells": sample.map { hexCells[$0] }, "proofs": sample.map { hexProofs[$0] },
            ]
            let verdict = try await client.post("verify_cell_kzg_proof_batch", batch)
            #expect(jsonObject(verdict.body)?["valid"] as? Bool == true)
            // A cell claimed at another index: its proof does not open the polynomial there.
            var moved = batch
            moved["cell_indices"] = [3, 17, 64, 100, 126]
            let movedVerdict = try await client.post("verify_cell_kzg_proof_batch", moved)
            #expect(jsonObject(movedVerdict.body)?["valid"] as? Bool == false)

            // Half of the cells, every other one: recovery gives back all of them and their proofs.
            let kept = Array(stride(from: 1, to: EIP7594Constants.cellsPerExtBlob, by: 2))
            let recovered = try await client.post(
                "recover_cells_and_kzg_proofs", ["cell_indices": kept, "cells": kept.map { hexCells[$0] }])
            let recoveredBody = try #require(jsonObject(recovered.body), "\(String(buffer: recovered.body))")
            #expect(recoveredBody["cells"] as? [String] == hexCells)
            #expect(recoveredBody["proofs"] as? [String] == hexProofs)
        }
    }

    @Test func malformedCellRequests() async throws {
        let service = Fixtures.service(ServiceConfiguration.testing(maxBatchSize: 1, maxBodyBytes: 8 << 20))
        let half = Array(0..<64)
        try await service.application.test(.router) { client in
            func verify(_ indices: [Any], cells: [String]? = nil) async throws -> TestResponse {
                try await client.post(
                    "verify_cell_kzg_proof_batch",
                    [
                        "commitments": indices.map { _ in Self.infinity }, "cell_indices": indices,
                        "cells": cells ?? indices.map { _ in Self.zeroCell },
                        "proofs": indices.map { _ in Self.infinity },
                    ])
            }
            func recover(_ indices: [Any], cells: [String]? = nil) async throws -> TestResponse {
                try await client.post(
                    "recover_cells_and_kzg_proofs",
                    ["cell_indices": indices, "cells": cells ?? indices.map { _ in Self.zeroCell }])
            }
            #expect(expectProblem(try await verify([0, 128]), .cellIndexOutOfRange) != nil)
            #expect(expectProblem(try await verify([-1]), .cellIndexOutOfRange) != nil)
            #expect(expectProblem(try await verify(["0"]), .malformedJSON) != nil)
            #expect(expectProblem(try await verify([0.5]), .malformedJSON) != nil)
            #expect(expectProblem(try await verify([0], cells: ["0x00"]), .wrongLength) != nil)
            #expect(expectProblem(try await verify([0], cells: ["0xzz"]), .malformedHex) != nil)
            let notCanonical = "0x" + String(repeating: "ff", count: EIP7594Constants.bytesPerCell)
            #expect(expectProblem(try await verify([0], cells: [notCanonical]), .nonCanonicalFieldElement) != nil)
            #expect(expectProblem(try await verify([0, 1], cells: [Self.zeroCell]), .batchLengthMismatch) != nil)
            // The cells of one blob at most (maxBatchSize 1): 128.
            #expect(expectProblem(try await verify(Array(repeating: 0, count: 129)), .batchTooLarge) != nil)
            #expect(expectProblem(try await verify([0, 0]), .batchTooLarge) == nil)

            #expect(expectProblem(try await recover(Array(0..<10)), .wrongCellCount) != nil)
            #expect(expectProblem(try await recover(Array(0..<129)), .wrongCellCount) != nil)
            #expect(
                expectProblem(try await recover(Array([0] + half.dropFirst().dropLast() + [62])), .invalidCellIndices)
                    != nil)
            #expect(expectProblem(try await recover(Array(half.reversed())), .invalidCellIndices) != nil)
            #expect(expectProblem(try await recover(Array(half.dropLast() + [200])), .cellIndexOutOfRange) != nil)
            #expect(expectProblem(try await recover(half, cells: [Self.zeroCell]), .batchLengthMismatch) != nil)
            let valid = try await recover(half)
            #expect(valid.status == .ok)
            #expect((jsonObject(valid.body)?["cells"] as? [String])?.allSatisfy { $0 == Self.zeroCell } == true)
        }
    }
}
