import ExerciseSupport
import Notarisation

/// PROOF(m, D[n]) (RFC 9162 §2.1.4.1): the hashes that show the tree of the first `oldSize` leaves is a prefix
/// of the tree of all of `leaves`. Empty when oldSize is 0 or n.
///
/// - Precondition: 0 ≤ oldSize ≤ leaves.count.
public func consistencyProof(from oldSize: Int, in leaves: [MerkleHash]) -> [MerkleHash] {
    unimplemented()
}

/// Whether `proof` shows that the tree of `oldSize` leaves with root `oldRoot` is a prefix of the tree of
/// `newSize` leaves with root `newRoot` (RFC 9162 §2.1.4.2). Sizes equal: true exactly when the roots are equal
/// and the proof is empty. An old size of 0: true with an empty proof (everything extends the empty log).
public func verifyConsistency(
    oldSize: Int, newSize: Int, oldRoot: MerkleHash, newRoot: MerkleHash, proof: [MerkleHash]
) -> Bool {
    unimplemented()
}
