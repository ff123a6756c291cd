/// Why a 48-byte compressed G1 encoding was rejected: each malformed input has its own case, so a caller (and a
/// test) can tell a truncated message from a forged point.
///
/// Given, not an exercise. The cases are those of the reference's `Curves.PointDecodingError`.
public enum PointDecodingError: Error, Equatable, Sendable {
    /// The encoding is not 48 bytes long.
    case wrongLength(expected: Int, got: Int)
    /// Bit 7 of the first byte is clear: an uncompressed encoding, not accepted here.
    case missingCompressionFlag
    /// The infinity flag is set, but so is the sign flag or some bit of x: O has exactly one encoding.
    case nonCanonicalInfinity
    /// The 381 bits of x are not below p.
    case coordinateNotCanonical
    /// x³ + 4 is not a square in Fp: no point of the curve has this x.
    case notOnCurve
    /// The point is on the curve but not in the subgroup of order r.
    case notInSubgroup
}
