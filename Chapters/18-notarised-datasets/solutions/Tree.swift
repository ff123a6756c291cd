import ExerciseSupport
import Notarisation

/// The root MTH(D[n]) of the Merkle tree over the leaf hashes `leaves` (RFC 9162 §2.1.1).
///
/// No leaves: SHA-256 of nothing (`MerkleHash.emptyTree`). One leaf: its hash. More: split at k, the largest power
/// of two strictly below n, and hash the roots of the first k and the remaining n − k with `nodeHash`.
public func merkleRoot(of leaves: [MerkleHash]) -> MerkleHash {
    // BEGIN SOLUTION
    guard leaves.count > 1 else { return leaves.first ?? .emptyTree }
    var k = 1
    while k * 2 < leaves.count { k *= 2 }
    return nodeHash(merkleRoot(of: Array(leaves[..<k])), merkleRoot(of: Array(leaves[k...])))
    // END SOLUTION
}
