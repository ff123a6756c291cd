import Backend

/// The reference's scalar field as a KZG backend's: every requirement but the two below is `Fr`'s own.
extension Fr: BackendScalar {
    @inlinable public init(validatingBigEndian bytes: [UInt8]) throws {
        try self.init(bigEndianBytes: bytes)
    }

    @inlinable public static func reducing(bigEndian bytes: [UInt8]) -> Fr {
        Fr(reducingBigEndian: bytes)
    }
}
