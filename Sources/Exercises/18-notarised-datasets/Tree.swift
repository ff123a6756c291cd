import ExerciseSupport
import Notarisation

/// The root MTH(D[n]) of the Merkle tree over the leaf hashes `leaves` (RFC 9162 §2.1.1).
///
/// No leaves: SHA-256 of nothing (`MerkleHash.emptyTree`). One leaf: its hash. More: split at k, the largest power
/// of two strictly below n, and hash the roots of the first k and the remaining n − k with `nodeHash`.
public func merkleRoot(of leaves: [MerkleHash]) -> MerkleHash {
    unimplemented()
}
