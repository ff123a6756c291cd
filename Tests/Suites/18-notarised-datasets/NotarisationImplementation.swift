import Curves
import Fields
import KZG
import Notarisation

/// What chapter 18's exercises implement, stated once so that the same hidden checks run on the learner's code
/// (`Chapter18Tests`) and on the reference's `Notarisation` (`ReferenceTests`).
public protocol NotarisationImplementation: Sendable {
    /// SHA-256(0x00 ‖ data).
    func leafHash(_ data: [UInt8]) -> MerkleHash
    /// SHA-256(0x01 ‖ left ‖ right).
    func nodeHash(_ left: MerkleHash, _ right: MerkleHash) -> MerkleHash
    /// MTH over the leaf hashes.
    func merkleRoot(of leaves: [MerkleHash]) -> MerkleHash
    /// PATH(index, leaves).
    func inclusionProof(for index: Int, in leaves: [MerkleHash]) -> [MerkleHash]
    /// RFC 9162 §2.1.3.2.
    func verifyInclusion(leaf: MerkleHash, index: Int, treeSize: Int, proof: [MerkleHash], root: MerkleHash) -> Bool
    /// PROOF(oldSize, leaves).
    func consistencyProof(from oldSize: Int, in leaves: [MerkleHash]) -> [MerkleHash]
    /// RFC 9162 §2.1.4.2.
    func verifyConsistency(
        oldSize: Int, newSize: Int, oldRoot: MerkleHash, newRoot: MerkleHash, proof: [MerkleHash]
    ) -> Bool
    /// One KZG commitment per block of the setup's size.
    func commitColumn(_ values: [Fr], setup: TrustedSetup) -> [G1Affine]
    /// The KZG proof of row `row`.
    func openRow(_ values: [Fr], row: Int, setup: TrustedSetup) -> G1Affine
}
