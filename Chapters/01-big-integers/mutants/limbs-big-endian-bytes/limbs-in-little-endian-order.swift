// The limbs are written least significant first, though the bytes within each are big-endian.
import ExerciseSupport

extension U256 {
    /// The 32-byte big-endian encoding: the most significant byte first, the way the Ethereum consensus specs
    /// (`int.to_bytes(32, "big")`) and the BLS12-381 serialisation write integers. Always 32 bytes, leading zeros
    /// included, so the length never reveals the size of the value.
    public var bigEndianBytes: [UInt8] {
        // BEGIN SOLUTION
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        // The last limb is the most significant, and inside a limb the top byte comes first.
        for limb in limbs {
            for byteIndex in (0 ..< 8).reversed() {
                bytes.append(UInt8(truncatingIfNeeded: limb >> (8 * UInt64(byteIndex))))
            }
        }
        return bytes
        // END SOLUTION
    }

    /// Decodes exactly 32 big-endian bytes; any other length throws
    /// `U256DecodingError.wrongLength(expected: 32, got: count)`.
    ///
    /// `bytes` may be any collection, including an `ArraySlice` whose indices do not start at 0.
    public init(bigEndianBytes bytes: some Collection<UInt8>) throws(U256DecodingError) {
        // BEGIN SOLUTION
        guard bytes.count == 32 else { throw .wrongLength(expected: 32, got: bytes.count) }
        var result = U256.zero
        // Byte k (counting from 0 at the front) has weight 2^(8·(31 − k)): it sits in limb (31 − k) / 8.
        for (k, byte) in bytes.enumerated() {
            let position = 31 - k
            result[position / 8] |= UInt64(byte) << (8 * UInt64(position % 8))
        }
        self = result
        // END SOLUTION
    }
}
