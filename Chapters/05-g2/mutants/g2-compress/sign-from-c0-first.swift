// the sign compares c0 first and c1 only when c0 = 0: the wrong lexicographic order.
import Curves
import ExerciseSupport
import ExtensionFields
import Fields

/// Whether y is the larger of y and −y in the order the ZCash encoding uses for Fp2: compare c1 first, and c0
/// only when c1 = 0. An element of Fp is the larger exactly when it is above (p − 1)/2 (`Fp.isLexicographicallyLargest`).
/// Zero is not the largest.
public func isLexicographicallyLargest(_ y: Fp2) -> Bool {
    // −y has components p − c1 and p − c0: c1 decides unless it is 0, which is its own negative.
    y.c0.isZero ? y.c1.isLexicographicallyLargest : y.c0.isLexicographicallyLargest
}

/// The 96-byte compressed encoding of a G2 point: x.c1 then x.c0, each 48 bytes big-endian, with the compression
/// flag, and the sign flag when y is the lexicographically largest root; the identity is 0xc0 and 95 zero bytes.
/// (ZCash BLS12-381 serialisation; `G2Point` in the consensus specs.)
public func compress(_ point: G2Affine) -> [UInt8] {
    if point.isIdentity {
        return [EncodingFlags.compressed | EncodingFlags.infinity] + [UInt8](repeating: 0, count: 95)
    }
    var bytes = point.x.c1.bigEndianBytes + point.x.c0.bigEndianBytes
    bytes[0] |= EncodingFlags.compressed
    if isLexicographicallyLargest(point.y) { bytes[0] |= EncodingFlags.largestY }
    return bytes
}
