// the degree is hashed as 8 bytes, as in the batch transcript, instead of the 16 of compute_challenge.
import Crypto
import ExerciseSupport
import Fields

/// `hash_to_bls_field` (consensus-specs, deneb/polynomial-commitments.md, "BLS12-381 helpers"): the SHA-256 digest
/// of `data`, read as a big-endian integer and reduced mod r. A 256-bit digest is not always below r (r < 2²⁵⁵),
/// so here, unlike for inputs, reducing is the spec's rule.
public func hashToBLSField(_ data: [UInt8]) -> Fr {
    Fr(reducingBigEndian: Array(SHA256.hash(data: data)))
}

/// `compute_challenge`: the Fiat–Shamir evaluation point of a blob and its commitment,
/// hash_to_bls_field(FIAT_SHAMIR_PROTOCOL_DOMAIN ‖ FIELD_ELEMENTS_PER_BLOB as 16 bytes big-endian ‖ blob ‖
/// commitment). Everything the prover chose is hashed, so the prover cannot choose the point after the fact.
public func computeChallenge(_ blob: Blob, commitment: KZGCommitment) -> Fr {
    var degree = [UInt8](repeating: 0, count: 16)
    var count = UInt64(EIP4844Constants.fieldElementsPerBlob)
    for index in stride(from: 15, through: 8, by: -1) {
        degree[index] = UInt8(truncatingIfNeeded: count)
        count >>= 8
    }
    return hashToBLSField(
        EIP4844Constants.fiatShamirProtocolDomain + degree.suffix(8) + blob.bytes + commitment.bytes)
}
