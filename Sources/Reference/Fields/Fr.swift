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
    /// SHA-256 digest into a challenge. Horner's rule on 64-bit chunks, most significant first.
    public init(reducingBigEndian bytes: some Collection<UInt8>) {
        let twoTo64 = try! Fr(canonical: UInt256(storage: (0, 1, 0, 0)))
        var accumulator = Fr.zero
        let array = Array(bytes)
        var index = 0
        // A leading partial chunk first, so the rest are whole 8-byte limbs.
        let firstLength = array.count % 8 == 0 ? 8 : array.count % 8
        while index < array.count {
            let length = index == 0 ? firstLength : 8
            var chunk: UInt64 = 0
            for byte in array[index..<min(index + length, array.count)] { chunk = chunk << 8 | UInt64(byte) }
            let shift = index == 0 ? Fr.pow2(bits: 8 * length) : twoTo64
            accumulator = accumulator * shift + Fr(chunk)
            index += length
        }
        self = accumulator
    }

    private static func pow2(bits: Int) -> Fr { bits == 64 ? Fr(2).pow(64) : Fr(UInt64(1) << UInt64(bits)) }
}
