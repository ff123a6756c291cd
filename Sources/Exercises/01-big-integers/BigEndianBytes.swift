import ExerciseSupport

extension UInt256 {
    /// The 32-byte big-endian encoding: the most significant byte first, the way the Ethereum consensus specs
    /// (`int.to_bytes(32, "big")`) and the BLS12-381 serialisation write integers. Always 32 bytes, leading zeros
    /// included, so the length never reveals the size of the value.
    public var bigEndianBytes: [UInt8] {
        unimplemented()
    }

    /// Decodes exactly 32 big-endian bytes; any other length throws
    /// `LimbsError.wrongLength(expected: 32, got: count)`.
    ///
    /// `bytes` may be any collection, including an `ArraySlice` whose indices do not start at 0.
    public init(bigEndianBytes bytes: some Collection<UInt8>) throws(LimbsError) {
        unimplemented()
    }
}
