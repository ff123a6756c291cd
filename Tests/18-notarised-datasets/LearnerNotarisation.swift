import Chapter18Exercises
import Chapter18Suites
import Curves
import Fields
import KZG
import Notarisation

/// The learner's chapter 18 functions, seen through the protocol the shared checks are written against.
struct LearnerNotarisation: NotarisationImplementation {
    func leafHash(_ data: [UInt8]) -> MerkleHash { Chapter18Exercises.leafHash(data) }
    func nodeHash(_ left: MerkleHash, _ right: MerkleHash) -> MerkleHash { Chapter18Exercises.nodeHash(left, right) }
    func merkleRoot(of leaves: [MerkleHash]) -> MerkleHash { Chapter18Exercises.merkleRoot(of: leaves) }
    func inclusionProof(for index: Int, in leaves: [MerkleHash]) -> [MerkleHash] {
        Chapter18Exercises.inclusionProof(for: index, in: leaves)
    }
    func verifyInclusion(leaf: MerkleHash, index: Int, treeSize: Int, proof: [MerkleHash], root: MerkleHash) -> Bool {
        Chapter18Exercises.verifyInclusion(leaf: leaf, index: index, treeSize: treeSize, proof: proof, root: root)
    }
    func consistencyProof(from oldSize: Int, in leaves: [MerkleHash]) -> [MerkleHash] {
        Chapter18Exercises.consistencyProof(from: oldSize, in: leaves)
    }
    func verifyConsistency(
        oldSize: Int, newSize: Int, oldRoot: MerkleHash, newRoot: MerkleHash, proof: [MerkleHash]
    ) -> Bool {
        Chapter18Exercises.verifyConsistency(
            oldSize: oldSize, newSize: newSize, oldRoot: oldRoot, newRoot: newRoot, proof: proof)
    }
    func commitColumn(_ values: [Fr], setup: TrustedSetup) -> [G1Affine] {
        Chapter18Exercises.commitColumn(values, setup: setup)
    }
    func openRow(_ values: [Fr], row: Int, setup: TrustedSetup) -> G1Affine {
        Chapter18Exercises.openRow(values, row: row, setup: setup)
    }
}

enum Learner {
    static let checks = NotarisationChecks(LearnerNotarisation())

    /// An exercise file, as failure messages name it.
    static func file(_ name: String) -> String { "Sources/Exercises/18-notarised-datasets/\(name)" }
}
