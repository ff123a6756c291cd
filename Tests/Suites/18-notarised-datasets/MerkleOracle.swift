import Chapter09Suites
import Crypto
import Curves
import Fields
import HiddenTestSupport
import KZG
import Notarisation

/// Chapter 18's oracle, independent of the learner's code and of the reference's recursive definitions: a tree
/// hashed bottom-up, level by level, with an odd last node carried up unchanged (which builds the same tree as
/// RFC 9162's split at the largest power of two), paths read off those levels, and SHA-256 called directly.
public enum MerkleOracle {
    /// SHA-256(0x00 ‖ data).
    public static func leaf(_ data: [UInt8]) -> MerkleHash {
        MerkleHash(bytes: Array(SHA256.hash(data: [0x00] + data)))!  // 32 bytes
    }

    /// SHA-256(0x01 ‖ left ‖ right).
    public static func node(_ left: MerkleHash, _ right: MerkleHash) -> MerkleHash {
        MerkleHash(bytes: Array(SHA256.hash(data: [0x01] + left.bytes + right.bytes)))!  // 32 bytes
    }

    /// Every level of the tree, the leaves first and the root last.
    public static func levels(_ leaves: [MerkleHash]) -> [[MerkleHash]] {
        var levels = [leaves]
        while levels.last!.count > 1 {
            let level = levels.last!
            var next = [MerkleHash]()
            var index = 0
            while index + 1 < level.count {
                next.append(node(level[index], level[index + 1]))
                index += 2
            }
            if index < level.count { next.append(level[index]) }
            levels.append(next)
        }
        return levels
    }

    public static func root(_ leaves: [MerkleHash]) -> MerkleHash {
        leaves.isEmpty ? MerkleHash(bytes: Array(SHA256.hash(data: [UInt8]())))! : levels(leaves).last![0]
    }

    /// The sibling at each level where the node on the path has one: RFC 9162's PATH, bottom first.
    public static func path(_ index: Int, _ leaves: [MerkleHash]) -> [MerkleHash] {
        var path = [MerkleHash]()
        var position = index
        for level in levels(leaves).dropLast() {
            let sibling = position ^ 1
            if sibling < level.count { path.append(level[sibling]) }
            position >>= 1
        }
        return path
    }

    /// `count` distinct leaf hashes.
    public static func leaves(_ count: Int, salt: UInt8 = 0) -> [MerkleHash] {
        (0..<count).map { leaf([UInt8(truncatingIfNeeded: $0), UInt8(truncatingIfNeeded: $0 >> 8), salt]) }
    }

    /// A copy with one bit flipped.
    public static func flipped(_ hash: MerkleHash) -> MerkleHash {
        var bytes = hash.bytes
        bytes[11] ^= 0x04
        return MerkleHash(bytes: bytes)!
    }

    /// Where a list of hashes first differs, for failure messages.
    public static func describe(_ hashes: [MerkleHash]) -> String {
        "[" + hashes.map { String($0.description.prefix(16)) + "…" }.joined(separator: ", ") + "] (\(hashes.count))"
    }

    /// The leaves of the certificate-transparency test tree, and consistency proofs for it computed from RFC 9162
    /// §2.1.4.1 by a separate script (known answers): (old size, new size, proof).
    public static let ctLeaves: [[UInt8]] = [
        "", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f",
    ].map { decodeHex($0)! }

    public static let ctConsistency: [(Int, Int, [String])] = [
        (
            1, 8,
            [
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
            ]
        ),
        (
            6, 8,
            [
                "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            ]
        ),
        (
            2, 5,
            [
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
            ]
        ),
        (
            3, 7,
            [
                "0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7",
                "07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7",
                "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
                "837dbb152e9b079010717e84e865da4ebc0fa198a806d59d31bf15accef22d0e",
            ]
        ),
        (4, 8, ["6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"]),
    ]

    /// p_b(τ) for a block of rows on chapter 9's small setup (τ = 5, 16 points), by Lagrange interpolation written
    /// out term by term: the commitment is one scalar multiplication of G1.
    public static func blockAtSecret(_ rows: ArraySlice<Fr>) -> Fr {
        let setup = KZGOracle.smallSetup
        let padded = Array(rows) + [Fr](repeating: .zero, count: setup.domain.size - rows.count)
        return KZGOracle.interpolate(padded, at: setup.domain.bitReversedElements, x: KZGOracle.secret)
    }
}

extension MerkleOracle {
    /// RFC 9162 §2.1.4.1's SUBPROOF on the index range lo..<hi of `leaves`, subtree roots from `root` (level by
    /// level): the consistency proof from m leaves.
    public static func consistency(_ m: Int, _ leaves: [MerkleHash]) -> [MerkleHash] {
        guard m > 0, m < leaves.count else { return [] }
        func subproof(_ m: Int, _ lo: Int, _ hi: Int, _ known: Bool) -> [MerkleHash] {
            let n = hi - lo
            if m == n { return known ? [] : [root(Array(leaves[lo..<hi]))] }
            var k = 1
            while k < n - k { k <<= 1 }
            // k is now the largest power of two below n.
            if m <= k { return subproof(m, lo, lo + k, known) + [root(Array(leaves[(lo + k)..<hi]))] }
            return subproof(m - k, lo + k, hi, false) + [root(Array(leaves[lo..<(lo + k)]))]
        }
        return subproof(m, 0, leaves.count, true)
    }
}
