// the old root is never put in front of the path, also when the old size is a power of two.
import ExerciseSupport
import Notarisation

/// PROOF(m, D[n]) (RFC 9162 §2.1.4.1): the hashes that show the tree of the first `oldSize` leaves is a prefix
/// of the tree of all of `leaves`. Empty when oldSize is 0 or n.
///
/// - Precondition: 0 ≤ oldSize ≤ leaves.count.
public func consistencyProof(from oldSize: Int, in leaves: [MerkleHash]) -> [MerkleHash] {
    // BEGIN SOLUTION
    /// SUBPROOF(m, D[n], b): `known` says whether the verifier already holds the root of these first m leaves.
    func subproof(_ m: Int, _ leaves: [MerkleHash], known: Bool) -> [MerkleHash] {
        if m == leaves.count { return known ? [] : [merkleRoot(of: leaves)] }
        var k = 1
        while k * 2 < leaves.count { k *= 2 }
        let left = Array(leaves[..<k])
        let right = Array(leaves[k...])
        if m <= k { return subproof(m, left, known: known) + [merkleRoot(of: right)] }
        return subproof(m - k, right, known: false) + [merkleRoot(of: left)]
    }
    guard oldSize > 0, oldSize < leaves.count else { return [] }
    return subproof(oldSize, leaves, known: true)
    // END SOLUTION
}

/// Whether `proof` shows that the tree of `oldSize` leaves with root `oldRoot` is a prefix of the tree of
/// `newSize` leaves with root `newRoot` (RFC 9162 §2.1.4.2). Sizes equal: true exactly when the roots are equal
/// and the proof is empty. An old size of 0: true with an empty proof (everything extends the empty log).
public func verifyConsistency(
    oldSize: Int, newSize: Int, oldRoot: MerkleHash, newRoot: MerkleHash, proof: [MerkleHash]
) -> Bool {
    // BEGIN SOLUTION
    guard oldSize >= 0, oldSize <= newSize else { return false }
    if oldSize == newSize { return proof.isEmpty && oldRoot == newRoot }
    if oldSize == 0 { return proof.isEmpty }
    guard !proof.isEmpty else { return false }
    // A power-of-two old tree is a whole subtree of the new one: its root starts the path and is not sent.
    let path = proof
    var fn = oldSize - 1
    var sn = newSize - 1
    while fn & 1 == 1 {
        fn >>= 1
        sn >>= 1
    }
    var fr = path[0]
    var sr = path[0]
    for c in path.dropFirst() {
        if sn == 0 { return false }
        if fn & 1 == 1 || fn == sn {
            fr = nodeHash(c, fr)
            sr = nodeHash(c, sr)
            while fn & 1 == 0 && fn != 0 {
                fn >>= 1
                sn >>= 1
            }
        } else {
            sr = nodeHash(sr, c)
        }
        fn >>= 1
        sn >>= 1
    }
    return sn == 0 && fr == oldRoot && sr == newRoot
    // END SOLUTION
}
