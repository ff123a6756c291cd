import Chapter18Suites
import Curves
import Fields
import KZG
import Notarisation
import Testing

/// The reference's `Notarisation` through chapter 18's protocol: the same hidden checks as the learner's hashes,
/// trees, proofs and column commitments (`Tests/Suites/18-notarised-datasets`).
struct ReferenceNotarisation: NotarisationImplementation {
    func leafHash(_ data: [UInt8]) -> MerkleHash { merkleLeafHash(data) }
    func nodeHash(_ left: MerkleHash, _ right: MerkleHash) -> MerkleHash { merkleNodeHash(left, right) }
    func merkleRoot(of leaves: [MerkleHash]) -> MerkleHash { MerkleTree(leafHashes: leaves).root }
    func inclusionProof(for index: Int, in leaves: [MerkleHash]) -> [MerkleHash] {
        MerkleTree(leafHashes: leaves).inclusionProof(for: index)
    }
    func verifyInclusion(leaf: MerkleHash, index: Int, treeSize: Int, proof: [MerkleHash], root: MerkleHash) -> Bool {
        verifyMerkleInclusion(leaf: leaf, index: index, treeSize: treeSize, proof: proof, root: root)
    }
    func consistencyProof(from oldSize: Int, in leaves: [MerkleHash]) -> [MerkleHash] {
        MerkleTree(leafHashes: leaves).consistencyProof(from: oldSize)
    }
    func verifyConsistency(
        oldSize: Int, newSize: Int, oldRoot: MerkleHash, newRoot: MerkleHash, proof: [MerkleHash]
    ) -> Bool {
        verifyMerkleConsistency(oldSize: oldSize, newSize: newSize, oldRoot: oldRoot, newRoot: newRoot, proof: proof)
    }
    func commitColumn(_ values: [Fr], setup: TrustedSetup) -> [G1Affine] { setup.commitColumn(values).blocks }
    func openRow(_ values: [Fr], row: Int, setup: TrustedSetup) -> G1Affine {
        try! setup.openColumn(values, row: row).proof  // rows in range in every check
    }
}

@Suite("Notarisation against chapter 18's shared checks")
struct NotarisationSuiteTests {
    static let checks = NotarisationChecks(ReferenceNotarisation())
    static let file = "Sources/Reference/Notarisation"

    @Test func leafHash() { Self.checks.leafHash(file: Self.file) }
    @Test func nodeHash() { Self.checks.nodeHash(file: Self.file) }
    @Test func merkleRoot() { Self.checks.merkleRoot(file: Self.file) }
    @Test func inclusionProof() { Self.checks.inclusionProof(file: Self.file) }
    @Test func verifyInclusion() { Self.checks.verifyInclusion(file: Self.file) }
    @Test func consistencyProof() { Self.checks.consistencyProof(file: Self.file) }
    @Test func verifyConsistency() { Self.checks.verifyConsistency(file: Self.file) }
    @Test func commitColumn() { Self.checks.commitColumn(file: Self.file) }
    @Test func openRow() { Self.checks.openRow(file: Self.file) }
}
