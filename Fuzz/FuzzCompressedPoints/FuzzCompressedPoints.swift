import Curves
import Fields
import FuzzSupport

/// G1 and G2 point decompression: `G1Affine(compressed:)` (48 bytes) and `G2Affine(compressed:)` (96 bytes), the
/// ZCash BLS12-381 format.
///
/// The first byte picks the group (even: G1, odd: G2); the rest is the encoding. Properties:
/// - the flag rules are judged from the bytes alone: a wrong length, a clear compression bit, an infinity flag with
///   anything else set, and a coordinate not below p are each rejected with their own error, and the identity has
///   exactly one encoding;
/// - an accepted encoding is a point on the curve and in the subgroup, it encodes back to the same bytes, and its
///   negation's encoding differs only in the sign bit;
/// - the same bytes, read as a scalar k, give the point [k]G, whose encoding must decode back to it: this reaches
///   valid points everywhere in the group, which random bytes almost never are.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    check(inputBytes(data, size))
    return 0
}

func check(_ input: [UInt8]) {
    guard let selector = input.first else { return }
    let encoding = Array(input.dropFirst())
    let k = Fr(reducingBigEndian: encoding)
    if selector & 1 == 0 {
        checkDecoding(.g1, encoding)
        let point = G1Affine(G1Affine.generator * k)
        require((try? G1Affine(compressed: point.compressed)) == point, "G1: [\(k)]G does not survive its encoding")
    } else {
        checkDecoding(.g2, encoding)
        let point = G2Affine(G2Affine.generator * k)
        require((try? G2Affine(compressed: point.compressed)) == point, "G2: [\(k)]G does not survive its encoding")
    }
}

/// What G1Affine and G2Affine share for these checks. (A value, not a protocol: both are `AffinePoint<Curve>`, which
/// can conform to a protocol only once.)
struct PointCodec<Point: Equatable> {
    let name: String
    let byteCount: Int
    let decode: (_ bytes: [UInt8]) throws(PointDecodingError) -> Point
    let encode: (Point) -> [UInt8]
    let isIdentity: (Point) -> Bool
    let isInGroup: (Point) -> Bool
    let negate: (Point) -> Point
}

extension PointCodec where Point == G1Affine {
    static var g1: PointCodec {
        PointCodec(
            name: "G1", byteCount: 48, decode: { bytes throws(PointDecodingError) in try G1Affine(compressed: bytes) },
            encode: \.compressed, isIdentity: \.isIdentity, isInGroup: { $0.isOnCurve && $0.isInSubgroup },
            negate: { -$0 })
    }
}

extension PointCodec where Point == G2Affine {
    static var g2: PointCodec {
        PointCodec(
            name: "G2", byteCount: 96, decode: { bytes throws(PointDecodingError) in try G2Affine(compressed: bytes) },
            encode: \.compressed, isIdentity: \.isIdentity, isInGroup: { $0.isOnCurve && $0.isInSubgroup },
            negate: { -$0 })
    }
}

private func checkDecoding<Point>(_ codec: PointCodec<Point>, _ encoding: [UInt8]) {
    let expectedError = errorFromFlagsAndRange(encoding, byteCount: codec.byteCount)
    let point: Point
    do {
        point = try codec.decode(encoding)
    } catch {
        if let expectedError {
            require(
                error == expectedError,
                "\(codec.name) rejected \(hex(encoding)) with \(error), not \(expectedError)")
        } else {
            require(
                error == .notOnCurve || error == .notInSubgroup,
                "\(codec.name) rejected \(hex(encoding)), whose flags and coordinates are fine, with \(error)")
        }
        return
    }
    require(expectedError == nil, "\(codec.name) accepted \(hex(encoding)), which should fail with \(expectedError!)")
    require(codec.isInGroup(point), "\(codec.name) accepted \(hex(encoding)), not a point of the group")
    require(codec.encode(point) == encoding, "\(codec.name) \(hex(encoding)) encodes back differently")
    let negated = codec.encode(codec.negate(point))
    if codec.isIdentity(point) {
        require(negated == encoding, "the identity's negation encodes differently")
    } else {
        let difference = zip(negated, encoding).map { $0 ^ $1 }
        require(
            difference == [0b0010_0000] + [UInt8](repeating: 0, count: codec.byteCount - 1),
            "\(codec.name) \(hex(encoding)) and its negation differ in more than the sign bit")
    }
}

/// The error the format's rules give for `encoding` before any curve arithmetic, or nil if there is none (the
/// encoding then stands or falls on the curve equation and the subgroup check, or it is the identity).
private func errorFromFlagsAndRange(_ encoding: [UInt8], byteCount: Int) -> PointDecodingError? {
    guard encoding.count == byteCount else { return .wrongLength(expected: byteCount, got: encoding.count) }
    let flags = encoding[0] & 0b1110_0000
    guard flags & 0b1000_0000 != 0 else { return .missingCompressionFlag }
    if flags & 0b0100_0000 != 0 {
        let isTheIdentity = encoding == [0b1100_0000] + [UInt8](repeating: 0, count: byteCount - 1)
        return isTheIdentity ? nil : .nonCanonicalInfinity
    }
    // G1: x. G2: x.c1 then x.c0. Each 48-byte coordinate must be below p.
    let modulus = Array(Fp.modulus.bigEndianBytes.suffix(48))
    let coordinates = stride(from: 0, to: byteCount, by: 48).map { offset in
        Array(encoding[offset..<offset + 48])
    }
    var first = coordinates[0]
    first[0] &= 0b0001_1111
    for coordinate in [first] + coordinates.dropFirst() where !coordinate.lexicographicallyPrecedes(modulus) {
        return .coordinateNotCanonical
    }
    return nil
}

#if !FUZZING
    @main enum Replay {
        static func main() { replay(check) }
    }
#endif
