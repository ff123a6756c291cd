import ExerciseSupport
import Notarisation

/// PATH(m, D[n]) (RFC 9162 §2.1.3.1): the hashes a verifier needs to recompute the root from leaf `index`,
/// the sibling nearest the leaf first.
///
/// - Precondition: 0 ≤ index < leaves.count.
public func inclusionProof(for index: Int, in leaves: [MerkleHash]) -> [MerkleHash] {
    // BEGIN SOLUTION
    guard leaves.count > 1 else { return [] }
    var k = 1
    while k * 2 < leaves.count { k *= 2 }
    let left = Array(leaves[..<k])
    let right = Array(leaves[k...])
    if index < k { return inclusionProof(for: index, in: left) + [merkleRoot(of: right)] }
    return inclusionProof(for: index - k, in: right) + [merkleRoot(of: left)]
    // END SOLUTION
}

/// Whether `proof` shows that `leaf` is leaf `index` of the tree of `treeSize` leaves whose root is `root`
/// (RFC 9162 §2.1.3.2).
public func verifyInclusion(leaf: MerkleHash, index: Int, treeSize: Int, proof: [MerkleHash], root: MerkleHash)
    -> Bool
{
    // BEGIN SOLUTION
    guard index >= 0, index < treeSize else { return false }
    var fn = index
    var sn = treeSize - 1
    var r = leaf
    for p in proof {
        if sn == 0 { return false }
        if fn & 1 == 1 || fn == sn {
            r = nodeHash(p, r)
            // On the right edge a node may have no sibling for several levels: climb past them.
            while fn & 1 == 0 && fn != 0 {
                fn >>= 1
                sn >>= 1
            }
        } else {
            r = nodeHash(r, p)
        }
        fn >>= 1
        sn >>= 1
    }
    return sn == 0 && r == root
    // END SOLUTION
}
