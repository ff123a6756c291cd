// leaves and nodes hashed without the 0x00 / 0x01 prefixes: an interior node passes for a leaf.
import Crypto
import ExerciseSupport
import Notarisation

/// The hash of a leaf's data, SHA-256(0x00 ‖ data) (RFC 9162 §2.1.1).
///
/// The 0x00 byte separates leaves from interior nodes: without it, the 64 bytes of two child hashes would be a
/// valid leaf whose hash is the parent's, and a proof could claim that leaf was in the log.
public func leafHash(_ data: [UInt8]) -> MerkleHash {
    // BEGIN SOLUTION
    var hasher = SHA256()
    hasher.update(data: data)
    return MerkleHash(bytes: Array(hasher.finalize()))!  // SHA-256 gives 32 bytes
    // END SOLUTION
}

/// The hash of an interior node, SHA-256(0x01 ‖ left ‖ right) (RFC 9162 §2.1.1).
public func nodeHash(_ left: MerkleHash, _ right: MerkleHash) -> MerkleHash {
    // BEGIN SOLUTION
    var hasher = SHA256()
    hasher.update(data: left.bytes)
    hasher.update(data: right.bytes)
    return MerkleHash(bytes: Array(hasher.finalize()))!  // SHA-256 gives 32 bytes
    // END SOLUTION
}
