import Fields

extension G1Affine {
    /// The 48-byte compressed encoding (ZCash BLS12-381 format): x big-endian, bit 7 of the first byte set, bit 6
    /// for the identity (all other bits zero), bit 5 when y is the lexicographically larger of ±y.
    public var compressed: [UInt8] {
        if isIdentity {
            return [CompressionFlags.compressed | CompressionFlags.infinity] + [UInt8](repeating: 0, count: 47)
        }
        var bytes = x.bigEndianBytes
        bytes[0] |= CompressionFlags.compressed
        if y.isLexicographicallyLargest { bytes[0] |= CompressionFlags.largestY }
        return bytes
    }

    /// Decodes a 48-byte compressed point and checks that it is on the curve and in G1.
    /// Variable time (square root, subgroup check); encodings are public data.
    public init(compressed: some Collection<UInt8>) throws(PointDecodingError) {
        try self.init(compressed: compressed, checkingSubgroup: true)
    }

    /// Decodes a 48-byte compressed point, checking that it is on the curve and, when `checkingSubgroup`, in G1.
    ///
    /// Skip the subgroup check only for bytes known to encode points of G1 (the committed mainnet trusted setup,
    /// identified by its hash): a point off the subgroup breaks the security of everything built on it.
    public init(compressed: some Collection<UInt8>, checkingSubgroup: Bool) throws(PointDecodingError) {
        let bytes = Array(compressed)
        guard bytes.count == 48 else { throw .wrongLength(expected: 48, got: bytes.count) }
        let flags = try CompressionFlags.read(bytes)
        if flags.isInfinity {
            self = .identity
            return
        }
        var xBytes = bytes
        xBytes[0] &= ~CompressionFlags.all
        guard let x = try? Fp(bigEndianBytes: xBytes) else { throw .coordinateNotCanonical }
        guard let root = (x.squared() * x + G1.b).squareRoot() else { throw .notOnCurve }
        let y = root.isLexicographicallyLargest == flags.largestY ? root : -root
        self.init(unchecked: x, y)
        guard !checkingSubgroup || isInSubgroup else { throw .notInSubgroup }
    }
}
