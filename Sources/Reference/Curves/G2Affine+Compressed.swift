import ExtensionFields
import Fields

extension G2Affine {
    /// The 96-byte compressed encoding (ZCash BLS12-381 format): x.c1 then x.c0, each big-endian, with the flags of
    /// the G1 format in the first byte and the sign taken from Fp2's lexicographic order.
    public var compressed: [UInt8] {
        if isIdentity {
            return [CompressionFlags.compressed | CompressionFlags.infinity] + [UInt8](repeating: 0, count: 95)
        }
        var bytes = x.c1.bigEndianBytes + x.c0.bigEndianBytes
        bytes[0] |= CompressionFlags.compressed
        if y.isLexicographicallyLargest { bytes[0] |= CompressionFlags.largestY }
        return bytes
    }

    /// Decodes a 96-byte compressed point and checks that it is on the twist and in G2.
    /// Variable time (square root, subgroup check); encodings are public data.
    public init(compressed: some Collection<UInt8>) throws(PointDecodingError) {
        try self.init(compressed: compressed, checkingSubgroup: true)
    }

    /// Decodes a 96-byte compressed point, checking that it is on the curve and, when `checkingSubgroup`, in G2.
    ///
    /// Skip the subgroup check only for bytes known to encode points of G2 (the committed mainnet trusted setup,
    /// identified by its hash): a point off the subgroup breaks the security of everything built on it.
    public init(compressed: some Collection<UInt8>, checkingSubgroup: Bool) throws(PointDecodingError) {
        let bytes = Array(compressed)
        guard bytes.count == 96 else { throw .wrongLength(expected: 96, got: bytes.count) }
        let flags = try CompressionFlags.read(bytes)
        if flags.isInfinity {
            self = .identity
            return
        }
        var c1Bytes = Array(bytes[..<48])
        c1Bytes[0] &= ~CompressionFlags.all
        guard let c1 = try? Fp(bigEndianBytes: c1Bytes), let c0 = try? Fp(bigEndianBytes: bytes[48...])
        else { throw .coordinateNotCanonical }
        let x = Fp2(c0: c0, c1: c1)
        guard let root = (x.squared() * x + G2.b).squareRoot() else { throw .notOnCurve }
        let y = root.isLexicographicallyLargest == flags.largestY ? root : -root
        self.init(unchecked: x, y)
        guard !checkingSubgroup || isInSubgroup else { throw .notInSubgroup }
    }
}
