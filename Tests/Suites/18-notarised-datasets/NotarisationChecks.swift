import Chapter09Suites
import Curves
import Fields
import HiddenTestSupport
import KZG
import Notarisation
import Testing

/// Chapter 18's hidden checks, run the same way on any `NotarisationImplementation`: hashes and roots against
/// `MerkleOracle`'s bottom-up tree, proofs against its paths and the RFC 9162 known answers, verifiers on proofs
/// that are valid or broken by construction, and column commitments against [p(τ)]G1 on chapter 9's small setup.
public struct NotarisationChecks<Implementation: NotarisationImplementation>: Sendable {
    let implementation: Implementation

    public init(_ implementation: Implementation) { self.implementation = implementation }

    // MARK: Hashes

    /// `leafHash` on data of lengths 0 to 100 against SHA-256(0x00 ‖ data), including 64-byte data that is two
    /// hashes side by side (where an unseparated leaf would equal the node).
    public func leafHash(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var generator = TestSeed.generator(for: "Chapter18.leafHash")
        var cases: [[UInt8]] = (0...100).map { length in
            (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
        }
        cases.append(MerkleOracle.leaf([1]).bytes + MerkleOracle.leaf([2]).bytes)
        let implementation = implementation
        checkLearnerFunction(
            "leafHash(_:)", in: file, cases: cases,
            input: { "\($0.count) bytes \(encodeHex($0))" }, output: { $0.description },
            expected: { MerkleOracle.leaf($0) }, actual: { implementation.leafHash($0) },
            sourceLocation: sourceLocation)
    }

    /// `nodeHash` against SHA-256(0x01 ‖ left ‖ right), both orders.
    public func nodeHash(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let hashes = MerkleOracle.leaves(12)
        let cases = (0..<11).map { (hashes[$0], hashes[$0 + 1]) } + [(hashes[3], hashes[2]), (hashes[5], hashes[5])]
        let implementation = implementation
        checkLearnerFunction(
            "nodeHash(_:_:)", in: file, cases: cases,
            input: { "left \($0.0), right \($0.1)" }, output: { $0.description },
            expected: { MerkleOracle.node($0.0, $0.1) }, actual: { implementation.nodeHash($0.0, $0.1) },
            sourceLocation: sourceLocation)
    }

    // MARK: The tree

    /// `merkleRoot` for 0 to 70 leaves against the bottom-up tree, and the certificate-transparency tree's roots.
    public func merkleRoot(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var cases = (0...70).map { MerkleOracle.leaves($0) }
        cases.append(MerkleOracle.ctLeaves.map { MerkleOracle.leaf($0) })
        let implementation = implementation
        checkLearnerFunction(
            "merkleRoot(of:)", in: file, cases: cases,
            input: { "\($0.count) leaves \(MerkleOracle.describe($0))" }, output: { $0.description },
            expected: { MerkleOracle.root($0) }, actual: { implementation.merkleRoot(of: $0) },
            sourceLocation: sourceLocation)
    }

    // MARK: Inclusion

    /// `inclusionProof` for every leaf of every tree of 1 to 40 leaves against the path read off the levels.
    public func inclusionProof(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var cases: [(Int, [MerkleHash])] = []
        for size in 1...40 {
            let leaves = MerkleOracle.leaves(size, salt: 1)
            for index in 0..<size { cases.append((index, leaves)) }
        }
        let implementation = implementation
        checkLearnerFunction(
            "inclusionProof(for:in:)", in: file, cases: cases,
            input: { "leaf \($0.0) of \($0.1.count)" }, output: { MerkleOracle.describe($0) },
            expected: { MerkleOracle.path($0.0, $0.1) }, actual: { implementation.inclusionProof(for: $0.0, in: $0.1) },
            sourceLocation: sourceLocation)
    }

    /// `verifyInclusion` for every leaf of trees of 1 to 33 leaves: the honest path (true); the leaf, the root or
    /// one hash of the path changed, the neighbouring index, an index past the end, a hash missing or one too
    /// many (false).
    public func verifyInclusion(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        typealias Case = (String, leaf: MerkleHash, index: Int, size: Int, proof: [MerkleHash], root: MerkleHash, Bool)
        var cases: [Case] = []
        for size in 1...33 {
            let leaves = MerkleOracle.leaves(size, salt: 2)
            let root = MerkleOracle.root(leaves)
            for index in 0..<size {
                let leaf = leaves[index]
                let path = MerkleOracle.path(index, leaves)
                cases.append(("the honest path", leaf, index, size, path, root, true))
                cases.append(("the leaf changed", MerkleOracle.flipped(leaf), index, size, path, root, false))
                cases.append(("the root changed", leaf, index, size, path, MerkleOracle.flipped(root), false))
                cases.append(("index past the end", leaf, size, size, path, root, false))
                if size > 1 {
                    cases.append(("the next index", leaf, (index + 1) % size, size, path, root, false))
                    var tampered = path
                    tampered[path.count / 2] = MerkleOracle.flipped(tampered[path.count / 2])
                    cases.append(("one hash of the path changed", leaf, index, size, tampered, root, false))
                    cases.append(("the last hash missing", leaf, index, size, Array(path.dropLast()), root, false))
                }
                cases.append(("one hash too many", leaf, index, size, path + [root], root, false))
            }
        }
        let implementation = implementation
        checkLearnerFunction(
            "verifyInclusion(leaf:index:treeSize:proof:root:)", in: file, cases: cases,
            input: { "\($0.0): leaf \($0.index) of \($0.size), proof \(MerkleOracle.describe($0.proof))" },
            output: { "\($0)" }, expected: { $0.6 },
            actual: {
                implementation.verifyInclusion(
                    leaf: $0.leaf, index: $0.index, treeSize: $0.size, proof: $0.proof, root: $0.root)
            },
            sourceLocation: sourceLocation)
    }

    // MARK: Consistency

    /// `consistencyProof` against RFC 9162's known answers for the certificate-transparency tree, and for every
    /// 0 ≤ m ≤ n ≤ 33 against SUBPROOF written on index ranges.
    public func consistencyProof(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var cases: [(Int, [MerkleHash], [MerkleHash])] = []
        let ct = MerkleOracle.ctLeaves.map { MerkleOracle.leaf($0) }
        for (m, n, proof) in MerkleOracle.ctConsistency {
            cases.append((m, Array(ct[..<n]), proof.map { MerkleHash(hex: $0)! }))
        }
        let leaves = MerkleOracle.leaves(33, salt: 3)
        for n in 0...33 {
            for m in 0...n { cases.append((m, Array(leaves[..<n]), MerkleOracle.consistency(m, Array(leaves[..<n])))) }
        }
        let implementation = implementation
        checkLearnerFunction(
            "consistencyProof(from:in:)", in: file, cases: cases,
            input: { "from \($0.0) to \($0.1.count) leaves" }, output: { MerkleOracle.describe($0) },
            expected: { $0.2 }, actual: { implementation.consistencyProof(from: $0.0, in: $0.1) },
            sourceLocation: sourceLocation)
    }

    /// `verifyConsistency` for every 0 ≤ m ≤ n ≤ 24: the honest proof (true); the old root, the new root, one
    /// hash of the proof changed, the last hash missing (false).
    public func verifyConsistency(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        typealias Case = (
            String, old: Int, new: Int, oldRoot: MerkleHash, newRoot: MerkleHash, proof: [MerkleHash], Bool
        )
        var cases: [Case] = []
        let leaves = MerkleOracle.leaves(24, salt: 4)
        for n in 0...24 {
            let newRoot = MerkleOracle.root(Array(leaves[..<n]))
            for m in 0...n {
                let oldRoot = MerkleOracle.root(Array(leaves[..<m]))
                let proof = MerkleOracle.consistency(m, Array(leaves[..<n]))
                cases.append(("the honest proof", m, n, oldRoot, newRoot, proof, true))
                guard m > 0, m < n else { continue }
                cases.append(("the old root changed", m, n, MerkleOracle.flipped(oldRoot), newRoot, proof, false))
                cases.append(("the new root changed", m, n, oldRoot, MerkleOracle.flipped(newRoot), proof, false))
                var tampered = proof
                tampered[0] = MerkleOracle.flipped(tampered[0])
                cases.append(("the first hash changed", m, n, oldRoot, newRoot, tampered, false))
                cases.append(("the last hash missing", m, n, oldRoot, newRoot, Array(proof.dropLast()), false))
            }
        }
        let implementation = implementation
        checkLearnerFunction(
            "verifyConsistency(oldSize:newSize:oldRoot:newRoot:proof:)", in: file, cases: cases,
            input: { "\($0.0): from \($0.old) to \($0.new) leaves, proof \(MerkleOracle.describe($0.proof))" },
            output: { "\($0)" }, expected: { $0.6 },
            actual: {
                implementation.verifyConsistency(
                    oldSize: $0.old, newSize: $0.new, oldRoot: $0.oldRoot, newRoot: $0.newRoot, proof: $0.proof)
            },
            sourceLocation: sourceLocation)
    }

    // MARK: Column commitments

    /// `commitColumn` on the small setup (blocks of 16) for 0, 1, 16, 17 and 40 rows: [p_b(τ)]G1 per block.
    public func commitColumn(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var generator = TestSeed.generator(for: "Chapter18.commitColumn")
        let cases = [0, 1, 16, 17, 40].map { count in (0..<count).map { _ in Fr.random(using: &generator) } }
        let implementation = implementation
        checkLearnerFunction(
            "commitColumn(_:setup:)", in: file, cases: cases,
            input: { "\($0.count) rows \($0.prefix(3).map(\.description))…, on the small setup (τ = 5, 16 points)" },
            output: { $0.map(\.description).joined(separator: ", ") },
            expected: { values in
                stride(from: 0, to: values.count, by: 16).map { start in
                    G1Affine(
                        G1Affine.generator * MerkleOracle.blockAtSecret(values[start..<min(start + 16, values.count)]))
                }
            },
            actual: { implementation.commitColumn($0, setup: KZGOracle.smallSetup) },
            sourceLocation: sourceLocation)
    }

    /// `openRow` for every row of a 37-row column on the small setup: [(p_b(τ) − v) / (τ − z)]G1 with z the row's
    /// root in bit-reversed order.
    public func openRow(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var generator = TestSeed.generator(for: "Chapter18.openRow")
        let values = (0..<37).map { _ in Fr.random(using: &generator) }
        let roots = KZGOracle.smallSetup.domain.bitReversedElements
        let implementation = implementation
        checkLearnerFunction(
            "openRow(_:row:setup:)", in: file, cases: Array(0..<37),
            input: { "row \($0) of 37 random values, on the small setup (τ = 5, 16 points)" },
            output: { $0.description },
            expected: { row in
                let start = row - row % 16
                let atSecret = MerkleOracle.blockAtSecret(values[start..<min(start + 16, 37)])
                let z = roots[row % 16]
                return G1Affine(G1Affine.generator * ((atSecret - values[row]) * (KZGOracle.secret - z).inverse()!))
            },
            actual: { implementation.openRow(values, row: $0, setup: KZGOracle.smallSetup) },
            sourceLocation: sourceLocation)
    }
}
