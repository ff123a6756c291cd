/// Why a compressed point encoding was rejected.
///
/// The format is the ZCash BLS12-381 serialisation (as used by Ethereum's consensus specs and every BLS library):
/// the x-coordinate big-endian, with the three most significant bits of the first byte used as flags
/// (bit 7 compression, bit 6 point at infinity, bit 5 sign of y).
public enum PointDecodingError: Error, Equatable, Sendable {
    /// The encoding is not 48 (G1) or 96 (G2) bytes long.
    case wrongLength(expected: Int, got: Int)
    /// Bit 7 of the first byte is clear: this is an uncompressed encoding, which is not accepted here.
    case missingCompressionFlag
    /// The infinity flag is set but the sign flag or some other bit is too: there is exactly one encoding of
    /// the identity.
    case nonCanonicalInfinity
    /// An x-coordinate (or one of its two Fp components for G2) is not below p.
    case coordinateNotCanonical
    /// x³ + b has no square root: no point of the curve has this x-coordinate.
    case notOnCurve
    /// The point is on the curve but not in the prime-order subgroup.
    case notInSubgroup
}

extension PointDecodingError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .wrongLength(let expected, let got): "a compressed point is \(expected) bytes, got \(got)"
        case .missingCompressionFlag: "the compression flag (bit 7 of the first byte) is not set"
        case .nonCanonicalInfinity: "the infinity flag is set, but so is another bit"
        case .coordinateNotCanonical: "the x-coordinate is not below the field modulus"
        case .notOnCurve: "no point of the curve has this x-coordinate"
        case .notInSubgroup: "the point is on the curve but not in the prime-order subgroup"
        }
    }
}
