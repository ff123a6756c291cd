import ExerciseSupport
import Notarisation

/// PATH(m, D[n]) (RFC 9162 §2.1.3.1): the hashes a verifier needs to recompute the root from leaf `index`,
/// the sibling nearest the leaf first.
///
/// - Precondition: 0 ≤ index < leaves.count.
public func inclusionProof(for index: Int, in leaves: [MerkleHash]) -> [MerkleHash] {
    unimplemented()
}

/// Whether `proof` shows that `leaf` is leaf `index` of the tree of `treeSize` leaves whose root is `root`
/// (RFC 9162 §2.1.3.2).
public func verifyInclusion(leaf: MerkleHash, index: Int, treeSize: Int, proof: [MerkleHash], root: MerkleHash)
    -> Bool
{
    unimplemented()
}
