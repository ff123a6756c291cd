/// The Merkle tree of RFC 9162 §2.1 over a list of leaf hashes: its root, inclusion proofs and consistency proofs,
/// with their verification.
///
/// The tree is the one the RFC defines recursively: n leaves split at k, the largest power of two below n, into a
/// left subtree of k leaves (always perfect) and a right subtree of n − k. Appending leaves therefore never changes
/// a perfect left subtree, which is what makes consistency proofs short.
public struct MerkleTree: Sendable {
    /// The leaf hashes, in order.
    public let leaves: [MerkleHash]

    public init(leafHashes: [MerkleHash]) { leaves = leafHashes }

    /// The tree over `data`, each entry hashed with `merkleLeafHash`.
    public init(leafData: [[UInt8]]) { leaves = leafData.map { merkleLeafHash($0) } }

    /// The number of leaves.
    public var size: Int { leaves.count }

    /// MTH(D[n]) (RFC 9162 §2.1.1).
    public var root: MerkleHash { Self.root(of: leaves[...]) }

    /// The root of the first `size` leaves: the root the log had when it was that long.
    public func root(ofFirst size: Int) -> MerkleHash {
        precondition(size >= 0 && size <= leaves.count, "size out of range")
        return Self.root(of: leaves[..<size])
    }

    static func root(of hashes: ArraySlice<MerkleHash>) -> MerkleHash {
        switch hashes.count {
        case 0: return .emptyTree
        case 1: return hashes.first!
        default:
            let k = merkleSplit(hashes.count)
            let start = hashes.startIndex
            return merkleNodeHash(root(of: hashes[start..<start + k]), root(of: hashes[(start + k)...]))
        }
    }

    /// PATH(m, D[n]) (RFC 9162 §2.1.3.1): the sibling hashes from leaf m up to the root, bottom first.
    public func inclusionProof(for m: Int) -> [MerkleHash] {
        precondition(m >= 0 && m < leaves.count, "leaf index out of range")
        return Self.path(m, leaves[...])
    }

    static func path(_ m: Int, _ hashes: ArraySlice<MerkleHash>) -> [MerkleHash] {
        guard hashes.count > 1 else { return [] }
        let k = merkleSplit(hashes.count)
        let start = hashes.startIndex
        let left = hashes[start..<start + k]
        let right = hashes[(start + k)...]
        if m < k { return path(m, left) + [root(of: right)] }
        return path(m - k, right) + [root(of: left)]
    }

    /// PROOF(m, D[n]) (RFC 9162 §2.1.4.1): what shows that the tree of the first m leaves is a prefix of this one.
    /// Empty for m = 0 and m = n.
    public func consistencyProof(from m: Int) -> [MerkleHash] {
        precondition(m >= 0 && m <= leaves.count, "old size out of range")
        guard m > 0, m < leaves.count else { return [] }
        return Self.subproof(m, leaves[...], true)
    }

    /// SUBPROOF(m, D[n], b): b says whether the subtree of the first m leaves is a node the verifier already knows
    /// (it is then not sent).
    static func subproof(_ m: Int, _ hashes: ArraySlice<MerkleHash>, _ known: Bool) -> [MerkleHash] {
        let n = hashes.count
        if m == n { return known ? [] : [root(of: hashes)] }
        let k = merkleSplit(n)
        let start = hashes.startIndex
        let left = hashes[start..<start + k]
        let right = hashes[(start + k)...]
        if m <= k { return subproof(m, left, known) + [root(of: right)] }
        return subproof(m - k, right, false) + [root(of: left)]
    }
}

/// Whether `proof` shows that the leaf with hash `leaf` is at `index` in the tree of `treeSize` leaves with root
/// `root` (RFC 9162 §2.1.3.2).
public func verifyMerkleInclusion(
    leaf: MerkleHash, index: Int, treeSize: Int, proof: [MerkleHash], root: MerkleHash
) -> Bool {
    guard index >= 0, index < treeSize else { return false }
    var fn = index
    var sn = treeSize - 1
    var r = leaf
    for p in proof {
        if sn == 0 { return false }
        if fn & 1 == 1 || fn == sn {
            r = merkleNodeHash(p, r)
            // The right edge of an unbalanced tree: climb past the levels where this node has no sibling.
            if fn & 1 == 0 {
                while fn & 1 == 0 && fn != 0 {
                    fn >>= 1
                    sn >>= 1
                }
            }
        } else {
            r = merkleNodeHash(r, p)
        }
        fn >>= 1
        sn >>= 1
    }
    return sn == 0 && r == root
}

/// Whether `proof` shows that the tree of `oldSize` leaves with root `oldRoot` is a prefix of the tree of `newSize`
/// leaves with root `newRoot` (RFC 9162 §2.1.4.2).
public func verifyMerkleConsistency(
    oldSize: Int, newSize: Int, oldRoot: MerkleHash, newRoot: MerkleHash, proof: [MerkleHash]
) -> Bool {
    guard oldSize >= 0, oldSize <= newSize else { return false }
    if oldSize == newSize { return proof.isEmpty && oldRoot == newRoot }
    if oldSize == 0 { return proof.isEmpty }
    guard !proof.isEmpty else { return false }
    // When the old tree is a perfect subtree of the new one, its root is the first node of the path and is not
    // sent: put it in front.
    var path = proof
    if oldSize & (oldSize - 1) == 0 { path.insert(oldRoot, at: 0) }
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
            fr = merkleNodeHash(c, fr)
            sr = merkleNodeHash(c, sr)
            if fn & 1 == 0 {
                while fn & 1 == 0 && fn != 0 {
                    fn >>= 1
                    sn >>= 1
                }
            }
        } else {
            sr = merkleNodeHash(sr, c)
        }
        fn >>= 1
        sn >>= 1
    }
    return sn == 0 && fr == oldRoot && sr == newRoot
}

/// The root of a tree built one leaf at a time in memory proportional to log n: the perfect subtrees of the
/// leaves so far, largest first, as in the binary representation of n.
///
/// The RFC's root of n leaves is these subtree roots folded from the right, node(s₁, node(s₂, … node(sₜ₋₁, sₜ))):
/// the split at the largest power of two below n takes s₁ as the left subtree, and the rest repeats.
public struct MerkleRootAccumulator: Sendable {
    private var subtrees: [(size: Int, hash: MerkleHash)] = []
    /// The number of leaves appended.
    public private(set) var count = 0

    public init() {}

    /// Appends a leaf hash.
    public mutating func append(_ leaf: MerkleHash) {
        var node = (size: 1, hash: leaf)
        while let last = subtrees.last, last.size == node.size {
            subtrees.removeLast()
            node = (size: last.size * 2, hash: merkleNodeHash(last.hash, node.hash))
        }
        subtrees.append(node)
        count += 1
    }

    /// MTH of the leaves appended so far.
    public var root: MerkleHash {
        guard var result = subtrees.last?.hash else { return .emptyTree }
        for subtree in subtrees.dropLast().reversed() { result = merkleNodeHash(subtree.hash, result) }
        return result
    }
}
