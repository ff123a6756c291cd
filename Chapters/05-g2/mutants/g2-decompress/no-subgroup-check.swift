// a point on the twist is accepted without the subgroup check.
import Curves
import ExerciseSupport
import ExtensionFields
import Fields

/// The G2 point a 96-byte compressed encoding stands for, after every check an untrusted encoding needs, in this
/// order: the length, the compression flag, the one canonical form of the identity, both halves of x below p, x on
/// the twist, the point in G2. The errors are the reference's `PointDecodingError`.
///
/// Variable time (square root, subgroup check): encodings are public data.
public func decompress(_ bytes: [UInt8]) throws(PointDecodingError) -> G2Affine {
    guard bytes.count == 96 else { throw .wrongLength(expected: 96, got: bytes.count) }
    let flags = bytes[0] & EncodingFlags.all
    guard flags & EncodingFlags.compressed != 0 else { throw .missingCompressionFlag }
    if flags & EncodingFlags.infinity != 0 {
        // Exactly one encoding of the identity: 0xc0 and zeros. A sign bit or any bit of x is an ambiguity.
        guard flags & EncodingFlags.largestY == 0, bytes[0] & ~EncodingFlags.all == 0,
            bytes.dropFirst().allSatisfy({ $0 == 0 })
        else { throw .nonCanonicalInfinity }
        return .identity
    }
    var c1Bytes = Array(bytes[..<48])
    c1Bytes[0] &= ~EncodingFlags.all
    guard let c1 = try? Fp(bigEndianBytes: c1Bytes), let c0 = try? Fp(bigEndianBytes: bytes[48...]) else {
        throw .coordinateNotCanonical
    }
    let x = Fp2(c0: c0, c1: c1)
    let twistB = Fp2.nonResidue.doubled().doubled()  // 4ξ
    guard let root = (x.squared() * x + twistB).squareRoot() else { throw .notOnCurve }
    let wantLargest = flags & EncodingFlags.largestY != 0
    let y = isLexicographicallyLargest(root) == wantLargest ? root : -root
    let point = G2Affine(unchecked: x, y)
    // On the twist is not enough: a point of small order would leak or forge in a protocol.
    return point
}
