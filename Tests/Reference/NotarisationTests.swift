import Crypto
import Curves
import Fields
import HiddenTestSupport
import KZG
import Notarisation
import Testing

/// The leaves of the certificate-transparency test tree (RFC 6962's reference implementation), whose roots and
/// proofs below were computed independently from the definitions of RFC 9162 §2.1 (a short recursive script
/// written from the RFC's text); the roots agree with those the certificate-transparency projects publish.
private let ctLeaves: [[UInt8]] = [
    "", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f",
].map { decodeHex($0)! }

private let ctRoots = [
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
].map { MerkleHash(hex: $0)! }

private func hashes(_ list: [String]) -> [MerkleHash] { list.map { MerkleHash(hex: $0)! } }

/// The root computed bottom-up, level by level, an odd last node carried up unchanged: a different algorithm from
/// the RFC's recursive split that gives the same tree.
private func levelByLevelRoot(_ data: [[UInt8]]) -> [UInt8] {
    if data.isEmpty { return Array(SHA256.hash(data: [UInt8]())) }
    var level = data.map { Array(SHA256.hash(data: [0] + $0)) }
    while level.count > 1 {
        var next = [[UInt8]]()
        var index = 0
        while index + 1 < level.count {
            next.append(Array(SHA256.hash(data: [1] + level[index] + level[index + 1])))
            index += 2
        }
        if index < level.count { next.append(level[index]) }
        level = next
    }
    return level[0]
}

/// A copy of `hash` with one bit of byte `byte` flipped.
private func flipped(_ hash: MerkleHash, byte: Int = 7) -> MerkleHash {
    var bytes = hash.bytes
    bytes[byte] ^= 0x10
    return MerkleHash(bytes: bytes)!
}

@Suite("Notarisation: RFC 9162 Merkle trees")
struct MerkleTreeTests {
    @Test func leafAndNodeHashesAreDomainSeparated() {
        // SHA-256(0x00) and SHA-256(0x01 ‖ a ‖ b), written out with swift-crypto.
        #expect(merkleLeafHash([]).bytes == Array(SHA256.hash(data: [0])))
        let a = merkleLeafHash([1, 2])
        let b = merkleLeafHash([3])
        #expect(merkleNodeHash(a, b).bytes == Array(SHA256.hash(data: [1] + a.bytes + b.bytes)))
        // The attack the prefixes stop: a leaf whose data is a ‖ b does not hash to the node over a and b.
        #expect(merkleLeafHash(a.bytes + b.bytes) != merkleNodeHash(a, b))
    }

    @Test func rootsOfTheCertificateTransparencyTree() {
        #expect(
            MerkleTree(leafData: []).root.description
                == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        for size in 1...8 {
            #expect(MerkleTree(leafData: Array(ctLeaves[..<size])).root == ctRoots[size - 1], "size \(size)")
            #expect(MerkleTree(leafData: ctLeaves).root(ofFirst: size) == ctRoots[size - 1], "prefix \(size)")
        }
    }

    @Test func rootsAgainstLevelByLevelHashing() {
        var generator = TestSeed.generator(for: "Notarisation.roots")
        for size in 0...70 {
            let data = (0..<size).map { _ in
                (0..<Int(generator.next() % 9)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            }
            #expect(MerkleTree(leafData: data).root.bytes == levelByLevelRoot(data), seeded("size \(size)"))
            var accumulator = MerkleRootAccumulator()
            for entry in data { accumulator.append(merkleLeafHash(entry)) }
            #expect(accumulator.root.bytes == levelByLevelRoot(data), seeded("accumulated, size \(size)"))
        }
    }

    @Test func splitPoints() {
        #expect([2, 3, 4, 5, 8, 9, 4096, 4097].map(merkleSplit) == [1, 2, 2, 4, 4, 8, 2048, 4096])
    }

    @Test func inclusionProofsOfTheTestTree() {
        let tree = MerkleTree(leafData: ctLeaves)
        #expect(
            tree.inclusionProof(for: 0)
                == hashes([
                    "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
                ]))
        #expect(
            tree.inclusionProof(for: 5)
                == hashes([
                    "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                    "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
                ]))
        #expect(
            MerkleTree(leafData: Array(ctLeaves[..<5])).inclusionProof(for: 2)
                == hashes([
                    "07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7",
                    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
                    "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                ]))
        #expect(
            MerkleTree(leafData: Array(ctLeaves[..<7])).inclusionProof(for: 6)
                == hashes([
                    "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
                ]))
    }

    @Test func consistencyProofsOfTheTestTree() {
        let tree = MerkleTree(leafData: ctLeaves)
        #expect(tree.consistencyProof(from: 1) == tree.inclusionProof(for: 0))
        #expect(
            tree.consistencyProof(from: 6)
                == hashes([
                    "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                    "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
                ]))
        #expect(
            tree.consistencyProof(from: 4)
                == hashes([
                    "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"
                ]))
        #expect(
            MerkleTree(leafData: Array(ctLeaves[..<5])).consistencyProof(from: 2)
                == hashes([
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                ]))
        #expect(
            MerkleTree(leafData: Array(ctLeaves[..<7])).consistencyProof(from: 3)
                == hashes([
                    "0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7",
                    "07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7",
                    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
                    "837dbb152e9b079010717e84e865da4ebc0fa198a806d59d31bf15accef22d0e",
                ]))
    }

    /// Every leaf of every tree up to 33 leaves: the proof verifies; a wrong index, leaf or root, an index past the
    /// end, a proof with one hash changed, one too few or one too many does not. (A wrong tree size alone can pass:
    /// leaf 22 has the same path in trees of 33 and 34 leaves; the root is what binds the size.)
    @Test func inclusionVerification() {
        for size in 1...33 {
            let tree = MerkleTree(leafData: (0..<size).map { [UInt8(truncatingIfNeeded: $0), 0x5a] })
            let root = tree.root
            for index in 0..<size {
                let leaf = tree.leaves[index]
                let proof = tree.inclusionProof(for: index)
                #expect(verifyMerkleInclusion(leaf: leaf, index: index, treeSize: size, proof: proof, root: root))
                #expect(
                    !verifyMerkleInclusion(leaf: flipped(leaf), index: index, treeSize: size, proof: proof, root: root))
                #expect(
                    !verifyMerkleInclusion(leaf: leaf, index: index, treeSize: size, proof: proof, root: flipped(root)))
                if size > 1 {
                    let other = (index + 1) % size
                    #expect(
                        !verifyMerkleInclusion(leaf: leaf, index: other, treeSize: size, proof: proof, root: root),
                        "leaf \(index) of \(size) at \(other)")
                }
                #expect(!verifyMerkleInclusion(leaf: leaf, index: size, treeSize: size, proof: proof, root: root))
                for position in proof.indices {
                    var tampered = proof
                    tampered[position] = flipped(tampered[position])
                    #expect(
                        !verifyMerkleInclusion(leaf: leaf, index: index, treeSize: size, proof: tampered, root: root))
                }
                if !proof.isEmpty {
                    #expect(
                        !verifyMerkleInclusion(
                            leaf: leaf, index: index, treeSize: size, proof: proof.dropLast(), root: root))
                }
                #expect(
                    !verifyMerkleInclusion(leaf: leaf, index: index, treeSize: size, proof: proof + [root], root: root))
            }
        }
    }

    /// Every pair of sizes 0 ≤ m ≤ n ≤ 33: the proof verifies; a changed hash, a wrong old root or size, a
    /// shortened proof does not.
    @Test func consistencyVerification() {
        let tree = MerkleTree(leafData: (0..<33).map { [UInt8($0), 0xa5, 1] })
        for n in 0...33 {
            let newTree = MerkleTree(leafHashes: Array(tree.leaves[..<n]))
            let newRoot = newTree.root
            for m in 0...n {
                let oldRoot = tree.root(ofFirst: m)
                let proof = newTree.consistencyProof(from: m)
                #expect(
                    verifyMerkleConsistency(oldSize: m, newSize: n, oldRoot: oldRoot, newRoot: newRoot, proof: proof),
                    "from \(m) to \(n)")
                guard m > 0, m < n else { continue }
                #expect(
                    !verifyMerkleConsistency(
                        oldSize: m, newSize: n, oldRoot: flipped(oldRoot), newRoot: newRoot, proof: proof))
                #expect(
                    !verifyMerkleConsistency(
                        oldSize: m, newSize: n, oldRoot: oldRoot, newRoot: flipped(newRoot), proof: proof))
                #expect(
                    !verifyMerkleConsistency(
                        oldSize: m, newSize: n, oldRoot: tree.root(ofFirst: m - 1), newRoot: newRoot, proof: proof))
                for position in proof.indices {
                    var tampered = proof
                    tampered[position] = flipped(tampered[position])
                    #expect(
                        !verifyMerkleConsistency(
                            oldSize: m, newSize: n, oldRoot: oldRoot, newRoot: newRoot, proof: tampered),
                        "from \(m) to \(n), hash \(position) changed")
                }
                #expect(
                    !verifyMerkleConsistency(
                        oldSize: m, newSize: n, oldRoot: oldRoot, newRoot: newRoot, proof: proof.dropLast()))
            }
        }
    }
}

@Suite("Notarisation: a column committed with KZG")
struct ColumnCommitmentTests {
    /// τ = 5 and 16 points: blocks of 16 rows, each commitment [p(τ)]G1 computable from the known secret.
    static let setup = try! TrustedSetup.insecureForTesting(secret: Fr(5), size: 16, g2Count: 4)

    @Test func cellsAsFieldElements() {
        #expect(columnElement("42") == Fr(42))
        #expect(columnElement("0") == Fr.zero)
        #expect(columnElement("-1") + Fr.one == Fr.zero)
        #expect(columnElement("18446744073709551615") == Fr(UInt64.max))
        // Not canonical integers: hashed as text, SHA-256("zkw/cell" ‖ text) with the top byte cleared (the
        // expected values computed with Python's hashlib).
        #expect(
            columnElement("abc")
                == (try! Fr(
                    bigEndianBytes: decodeHex(
                        "00dda27f9c188e85c50f9e7cc27be4d9400c53e37714e5a88bf7feabeb2cc98e")!)))
        #expect(
            columnElement("3.25")
                == (try! Fr(
                    bigEndianBytes: decodeHex(
                        "00ce1e13006ddea1ba3fc0cb0440eeddf1faaa1b9249e3677f3779671c9ea8cc")!)))
        for text in ["007", "+7", "-0", "7 ", "18446744073709551616", "", "-"] {
            #expect(columnElement(text) != Fr(7) && columnElement(text) != Fr.zero, "\(text)")
            #expect(columnElement(text).bigEndianBytes[0] == 0, "\(text) hashes below 2^248")
        }
    }

    /// p_b(τ) by Lagrange interpolation written out term by term over the block's bit-reversed roots.
    static func blockAtSecret(_ values: [Fr]) -> Fr {
        let roots = setup.domain.bitReversedElements
        let padded = values + [Fr](repeating: .zero, count: roots.count - values.count)
        var sum = Fr.zero
        for i in roots.indices {
            var term = padded[i]
            for j in roots.indices where j != i { term = term * (Fr(5) - roots[j]) * (roots[i] - roots[j]).inverse()! }
            sum += term
        }
        return sum
    }

    @Test func commitAndOpenEveryRow() {
        var generator = TestSeed.generator(for: "Notarisation.column")
        let column = (0..<37).map { _ in Fr.random(using: &generator) }
        let commitment = Self.setup.commitColumn(column)
        #expect(commitment.rows == 37)
        #expect(commitment.blocks.count == 3)
        for block in 0..<3 {
            let values = Array(column[(block * 16)..<min(block * 16 + 16, 37)])
            #expect(
                commitment.blocks[block] == G1Affine(G1Affine.generator * Self.blockAtSecret(values)),
                seeded("block \(block)"))
        }
        for row in 0..<37 {
            let opening = try! Self.setup.openColumn(column, row: row)
            #expect(opening.value == column[row])
            #expect(Self.setup.verifyColumnOpening(opening, commitment: commitment), seeded("row \(row)"))
            let wrongValue = ColumnOpening(row: row, value: column[row] + .one, proof: opening.proof)
            #expect(!Self.setup.verifyColumnOpening(wrongValue, commitment: commitment))
            let otherRow = ColumnOpening(row: (row + 1) % 37, value: column[row], proof: opening.proof)
            #expect(!Self.setup.verifyColumnOpening(otherRow, commitment: commitment))
        }
        #expect(throws: ColumnCommitmentError.rowOutOfRange(row: 37, rows: 37)) {
            try Self.setup.openColumn(column, row: 37)
        }
        #expect(Self.setup.commitColumn([]).blocks.isEmpty)
    }
}
