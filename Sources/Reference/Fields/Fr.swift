import Limbs

/// The scalar field of BLS12-381: integers modulo the group order
/// r = 0x73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001.
/// Scalars, polynomial coefficients and blob elements (EIP-4844's BLS_MODULUS) live here. Elements are stored
/// as a·2^256 mod r.
public struct Fr: PrimeField {
    public typealias Canonical = UInt256

    /// The Montgomery form a·R mod r, four limbs, least significant first.
    public var montgomery: (UInt64, UInt64, UInt64, UInt64)

    @inlinable
    public init(montgomery: (UInt64, UInt64, UInt64, UInt64)) { self.montgomery = montgomery }
}

extension Fr {
    /// int.from_bytes(bytes, "big") mod r, for any number of bytes: how EIP-4844's hash_to_bls_field turns a
    /// SHA-256 digest into a challenge. Horner's rule, one byte at a time, most significant first.
    public init(reducingBigEndian bytes: some Collection<UInt8>) {
        let radix = Fr(256)
        self = bytes.reduce(Fr.zero) { accumulator, byte in accumulator * radix + Fr(UInt64(byte)) }
    }
}
