// isInSubgroup checks only the curve equation, which every point of E satisfies.
import ExerciseSupport
import Fields

extension G1Affine {
    /// Whether the point is in G1, the subgroup of order r: [r]P = O.
    ///
    /// Being on the curve is not enough: E(Fp) has h·r points with a cofactor h ≈ 2¹²⁶, and almost none of them
    /// are in G1. One multiplication by the 255-bit r; the reference does it with two 64-bit ones (Scott's test),
    /// but the definition is the check here. Variable time.
    public var isInSubgroup: Bool {
        isOnCurve
    }

    /// Decodes a 48-byte compressed point (see `compressed`), rejecting every malformed input with the error that
    /// says what is wrong, checked in this order: the length; the compression flag; for the infinity flag, that
    /// nothing else is set; x < p; x³ + 4 a square; the point in G1. The y flag picks which square root is y.
    ///
    /// Variable time (the square root, the subgroup check): encodings are public data.
    public init(compressed bytes: [UInt8]) throws(PointDecodingError) {
        guard bytes.count == 48 else { throw .wrongLength(expected: 48, got: bytes.count) }
        let flags = bytes[0]
        guard flags & CompressionFlags.compressed != 0 else { throw .missingCompressionFlag }
        let wantsLargerY = flags & CompressionFlags.largerY != 0

        if flags & CompressionFlags.infinity != 0 {
            // One encoding of O only: no y flag, no bit of x.
            let xBitsInFirstByte = flags & 0b0001_1111
            guard !wantsLargerY, xBitsInFirstByte == 0, bytes.dropFirst().allSatisfy({ $0 == 0 }) else {
                throw .nonCanonicalInfinity
            }
            self = .identity
            return
        }

        var xBytes = bytes
        xBytes[0] &= 0b0001_1111
        // Fp(bigEndianBytes:) refuses a value ≥ p rather than reducing it: x + p must not decode as x.
        guard let x = try? Fp(bigEndianBytes: xBytes) else { throw .coordinateNotCanonical }
        guard let root = (x.squared() * x + G1.b).squareRoot() else { throw .notOnCurve }
        let rootIsLarger = Fp.modulus.shiftedRight(by: 1) < root.canonical
        self.init(x: x, y: rootIsLarger == wantsLargerY ? root : -root)
        guard isInSubgroup else { throw .notInSubgroup }
    }
}
