import Chapter10Suites
import Fields
import HiddenTestSupport
import Testing

/// Chapter 11's hidden checks of the five spec functions, run the same way on any `EIP7594Implementation`: the
/// learner's exercises or the reference. The oracles are the consensus-spec vectors (known answers, valid and
/// invalid) and what follows from them: a batch built from valid cells, recovery from subsets of a vector's cells.
public struct EIP7594Checks<Implementation: EIP7594Implementation>: Sendable {
    let implementation: Implementation

    public init(_ implementation: Implementation) { self.implementation = implementation }

    /// Every vector of the given spec functions, each case named in a failure with its input and expected output.
    public func vectors(
        _ functions: [String], name: String, file: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        var cases: [ConsensusVector] = []
        for function in functions {
            let (loaded, problems) = ConsensusVectors.load(function)
            for problem in problems { Issue.record(Comment(rawValue: problem), sourceLocation: sourceLocation) }
            cases += loaded
        }
        let implementation = implementation
        checkLearnerFunction(
            name, in: file, cases: cases,
            input: { "the consensus-spec vector \($0.summary)" },
            output: { $0.description },
            expected: { $0.expected },
            actual: { ConsensusVectors.run($0, on: implementation) },
            timeout: eip7594CheckTimeout,
            sourceLocation: sourceLocation)
    }

    /// `verifyCellKZGProofBatch` on batches built from the largest valid vector: all its cells (true), each cell
    /// given twice (true), one value changed (false), and one cell given twice with one of its values raised by 5
    /// in the first copy and lowered by 5 in the second: the errors cancel when every claim has the same weight,
    /// so this is false only with the weights r^k.
    public func batchWeights(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let (vectors, problems) = ConsensusVectors.load("verify_cell_kzg_proof_batch")
        for problem in problems { Issue.record(Comment(rawValue: problem), sourceLocation: sourceLocation) }
        typealias Batch = (commitments: [[UInt8]], indices: [Int], cells: [[UInt8]], proofs: [[UInt8]])
        var largest: Batch?
        for vector in vectors where vector.expected == .bool(true) {
            guard
                let batch = try? (
                    vector.list("commitments"), vector.integers("cell_indices"), vector.list("cells"),
                    vector.list("proofs")
                ), batch.2.count > (largest?.cells.count ?? 0)
            else { continue }
            largest = batch
        }
        guard let honest = largest, honest.cells.count >= 2 else {
            Issue.record("harness error: no valid verify_cell_kzg_proof_batch vector", sourceLocation: sourceLocation)
            return
        }
        func shifted(_ cell: [UInt8], element: Int, by delta: Fr) -> [UInt8] {
            var cell = cell
            let value = try! Fr(bigEndianBytes: cell[32 * element..<32 * (element + 1)]) + delta  // a valid cell
            cell.replaceSubrange(32 * element..<32 * (element + 1), with: value.bigEndianBytes)
            return cell
        }
        var oneWrong = honest
        oneWrong.cells[1] = shifted(oneWrong.cells[1], element: 3, by: .one)
        let twice: Batch = (
            honest.commitments + honest.commitments, honest.indices + honest.indices, honest.cells + honest.cells,
            honest.proofs + honest.proofs
        )
        // The first claim is honest, so that the pair cancels whether the common weight is 1 or r.
        let cancelling: Batch = (
            [honest.commitments[0], honest.commitments[1], honest.commitments[1]],
            [honest.indices[0], honest.indices[1], honest.indices[1]],
            [
                honest.cells[0], shifted(honest.cells[1], element: 7, by: Fr(5)),
                shifted(honest.cells[1], element: 7, by: -Fr(5)),
            ],
            [honest.proofs[0], honest.proofs[1], honest.proofs[1]]
        )
        let cases: [(String, Batch, Bool)] = [
            ("the \(honest.cells.count) cells of the largest valid vector", honest, true),
            ("those cells, each given twice", twice, true),
            ("those cells, one value of the second plus 1", oneWrong, false),
            (
                "three claims: the first cell; the second with its value 7 plus 5; the second again with value 7 minus"
                    + " 5 (the errors cancel with equal weights)", cancelling, false
            ),
        ]
        let implementation = implementation
        checkLearnerFunction(
            "verifyCellKZGProofBatch(commitments:cellIndices:cells:proofs:setup:)", in: file, cases: cases,
            input: { "\($0.0), from the consensus-spec vectors, cell indices \($0.1.indices)" },
            output: { $0.map { "\($0)" } ?? "a rejection" },
            expected: { Optional($0.2) },
            actual: { _, batch, _ in
                try? implementation.verifyCellKZGProofBatch(
                    commitments: batch.commitments, cellIndices: batch.indices, cells: batch.cells,
                    proofs: batch.proofs)
            },
            timeout: eip7594CheckTimeout,
            sourceLocation: sourceLocation)
    }

    /// `recoverCellsAndKZGProofs` from subsets of the cells of a valid `compute_cells_and_kzg_proofs` vector: all
    /// but one, and 64 chosen at random (seeded); the answer is the vector's cells and proofs.
    public func recoveryFromSubsets(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let (vectors, problems) = ConsensusVectors.load("compute_cells_and_kzg_proofs")
        for problem in problems { Issue.record(Comment(rawValue: problem), sourceLocation: sourceLocation) }
        // The last valid vector: the first ones are the zero blob and other special blobs.
        guard
            let vector = vectors.last(where: {
                if case .lists(let lists) = $0.expected { return lists.count == 2 } else { return false }
            }), case .lists(let expected) = vector.expected
        else {
            Issue.record("harness error: no valid compute_cells_and_kzg_proofs vector", sourceLocation: sourceLocation)
            return
        }
        var generator = TestSeed.generator(for: "Chapter11.recovery")
        let allButOne = (0..<128).filter { $0 != 93 }
        let randomHalf = Array((0..<128).shuffled(using: &generator).prefix(64)).sorted()
        let cases: [(String, [Int])] = [
            ("all cells but cell 93", allButOne), ("64 cells chosen at random", randomHalf),
        ]
        let implementation = implementation
        checkLearnerFunction(
            "recoverCellsAndKZGProofs(cellIndices:cells:setup:)", in: file, cases: cases,
            input: { "\($0.0) of the consensus-spec vector compute_cells_and_kzg_proofs/\(vector.name): \($0.1)" },
            output: { $0.map(describeCellsAndProofs) ?? "a rejection" },
            expected: { _ in expected },
            actual: { _, indices in
                (try? implementation.recoverCellsAndKZGProofs(
                    cellIndices: indices, cells: indices.map { expected[0][$0] })).map { [$0.cells, $0.proofs] }
            },
            timeout: eip7594CheckTimeout,
            sourceLocation: sourceLocation)
    }
}

/// Cells and proofs, each shown by its first 4 bytes: enough to see which ones differ.
func describeCellsAndProofs(_ lists: [[[UInt8]]]) -> String {
    guard lists.count == 2 else { return "\(lists.count) lists" }
    func items(_ list: [[UInt8]]) -> String {
        list.enumerated().map { "\($0.offset): \(encodeHex(Array($0.element.prefix(4))))…" }.joined(separator: ", ")
    }
    return "\(lists[0].count) cells [\(items(lists[0]))], \(lists[1].count) proofs [\(items(lists[1]))]"
}
