import Backend

/// G2 in affine coordinates as a KZG backend's: the form its decoder gives and the pairing prepares.
extension AffinePoint: BackendG2 where Curve == G2 {
    public init(validatingCompressed bytes: [UInt8]) throws {
        try self.init(compressed: bytes)
    }
}
