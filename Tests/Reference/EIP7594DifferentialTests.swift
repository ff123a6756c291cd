import EIP4844
import EIP7594
import Fields
import HiddenTestSupport
import Testing

/// The cell calls through this backend and through c-kzg-4844 (`ckzg`, the same peer as the EIP-4844 differential
/// test): byte-identical cells and proofs, the same verdicts on correct and tampered batches, the same recoveries
/// from random subsets of cells, the same rejections.
@Suite("EIP-7594 against ckzg")
struct EIP7594DifferentialTests {
    @Test("random blobs and random subsets of cells give the same results as ckzg")
    func sameAsCKZG() throws {
        let python = try EIP4844DifferentialTests.peerPython()
        let context = try KZGFixtures.mainnetCells.get()
        let blobContext = try KZGFixtures.mainnet.get()
        var generator = TestSeed.generator()
        let blobs = (0..<2).map { _ in EIP4844DifferentialTests.randomBlob(using: &generator) }
        let commitments = blobs.map { blobContext.blobToKZGCommitment($0) }
        let computed = blobs.map { context.computeCellsAndKZGProofs($0) }

        var calls = [PeerCall]()
        var expected = [PeerResult]()
        func call(_ function: String, _ args: [PeerArgument], _ result: PeerResult) {
            calls.append(PeerCall(function: function, args: args))
            expected.append(result)
        }
        func cellsAndProofs(_ result: (cells: [Cell], proofs: [KZGProof])) -> PeerResult {
            .ok(.lists([result.cells.map(\.bytes), result.proofs.map(\.bytes)]))
        }

        for (index, blob) in blobs.enumerated() {
            call("compute_cells", [.hex(blob.bytes)], .ok(.list(context.computeCells(blob).map(\.bytes))))
            call("compute_cells_and_kzg_proofs", [.hex(blob.bytes)], cellsAndProofs(computed[index]))
            // Recovery from a random subset of 64 to 127 cells, in ascending order.
            var all = Array(0..<128)
            all.shuffle(using: &generator)
            let kept = all.prefix(Int.random(in: 64..<128, using: &generator)).sorted()
            let keptCells = kept.map { computed[index].cells[$0] }
            call(
                "recover_cells_and_kzg_proofs", [.indices(kept), .list(keptCells.map(\.bytes))],
                cellsAndProofs(try context.recoverCellsAndKZGProofs(cellIndices: kept, cells: keptCells)))
            // The same cells out of order: both reject.
            call(
                "recover_cells_and_kzg_proofs",
                [.indices(kept.reversed()), .list(keptCells.reversed().map(\.bytes))], .rejected)
        }

        // A batch of random cells of both blobs, then the same with one cell value changed.
        var batch = (commitments: [KZGCommitment](), indices: [Int](), cells: [Cell](), proofs: [KZGProof]())
        for _ in 0..<16 {
            let blob = Int.random(in: 0..<2, using: &generator)
            let cell = Int.random(in: 0..<128, using: &generator)
            batch.commitments.append(commitments[blob])
            batch.indices.append(cell)
            batch.cells.append(computed[blob].cells[cell])
            batch.proofs.append(computed[blob].proofs[cell])
        }
        func verifyCall(_ cells: [Cell]) throws {
            call(
                "verify_cell_kzg_proof_batch",
                [
                    .list(batch.commitments.map(\.bytes)), .indices(batch.indices), .list(cells.map(\.bytes)),
                    .list(batch.proofs.map(\.bytes)),
                ],
                .ok(
                    .bool(
                        try context.verifyCellKZGProofBatch(
                            commitments: batch.commitments, cellIndices: batch.indices, cells: cells,
                            proofs: batch.proofs))))
        }
        try verifyCall(batch.cells)
        var tampered = batch.cells
        var values = tampered[3].evaluations
        values[Int.random(in: 0..<64, using: &generator)] += .one
        tampered[3] = Cell(evaluations: values)
        try verifyCall(tampered)

        let actual = try EIP4844DifferentialTests.runPeer(python: python, calls: calls)
        try #require(actual.count == calls.count, "ckzg answered \(actual.count) of \(calls.count) calls")
        var mismatches = [String]()
        for index in calls.indices where actual[index] != expected[index] {
            mismatches.append("\(calls[index].function) (call \(index + 1)): ckzg and ours differ")
        }
        #expect(
            mismatches.isEmpty,
            """
            \(mismatches.count) of \(calls.count) calls differ from ckzg:
            \(mismatches.joined(separator: "\n"))
            replay: \(TestSeed.replayHint)
            """)
        #expect(expected.contains(.ok(.bool(true))) && expected.contains(.ok(.bool(false))))
    }
}
