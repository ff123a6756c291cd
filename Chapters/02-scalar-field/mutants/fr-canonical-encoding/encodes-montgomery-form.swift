// The encoding writes the Montgomery form instead of the canonical value.
import ExerciseSupport

extension Fr {
    /// The 32-byte big-endian encoding of the canonical value (not of the Montgomery form), as the consensus specs
    /// serialise a BLS scalar.
    public var bigEndianBytes: [UInt8] {
        // BEGIN SOLUTION
        let value = montgomery
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        for limbIndex in (0 ..< U256.limbCount).reversed() {
            for byteIndex in (0 ..< 8).reversed() {
                bytes.append(UInt8(truncatingIfNeeded: value[limbIndex] >> (8 * UInt64(byteIndex))))
            }
        }
        return bytes
        // END SOLUTION
    }

    /// Decodes a canonical encoding: exactly 32 big-endian bytes of a value below r.
    ///
    /// Throws `.wrongLength(expected: 32, got: count)` for any other length and `.nonCanonical` for a value of r
    /// or more. Reducing such a value mod r instead would give every element x a second encoding x + r (2r is
    /// below 2^256), and systems that hash encodings would disagree about equal elements.
    public init(bigEndianBytes bytes: some Collection<UInt8>) throws(FrError) {
        // BEGIN SOLUTION
        guard bytes.count == 32 else { throw .wrongLength(expected: 32, got: bytes.count) }
        var value = U256.zero
        for (k, byte) in bytes.enumerated() {
            let position = 31 - k  // byte k from the front has weight 2^(8·position)
            value[position / 8] |= UInt64(byte) << (8 * UInt64(position % 8))
        }
        try self.init(canonical: value)
        // END SOLUTION
    }
}
