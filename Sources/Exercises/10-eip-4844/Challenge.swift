import Crypto
import ExerciseSupport
import Fields

/// `hash_to_bls_field` (consensus-specs, deneb/polynomial-commitments.md, "BLS12-381 helpers"): the SHA-256 digest
/// of `data`, read as a big-endian integer and reduced mod r. A 256-bit digest is not always below r (r < 2²⁵⁵),
/// so here, unlike for inputs, reducing is the spec's rule.
public func hashToBLSField(_ data: [UInt8]) -> Fr {
    unimplemented()
}

/// `compute_challenge`: the Fiat–Shamir evaluation point of a blob and its commitment,
/// hash_to_bls_field(FIAT_SHAMIR_PROTOCOL_DOMAIN ‖ FIELD_ELEMENTS_PER_BLOB as 16 bytes big-endian ‖ blob ‖
/// commitment). Everything the prover chose is hashed, so the prover cannot choose the point after the fact.
public func computeChallenge(_ blob: Blob, commitment: KZGCommitment) -> Fr {
    unimplemented()
}
