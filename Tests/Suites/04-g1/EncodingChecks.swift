import Fields
import GMP
import HiddenTestSupport
import Limbs
import Testing

/// The checks of the compressed encoding and of decoding (exercises g1-compress, g1-decompress), against the
/// oracle's encoding built from the integers, and known answers.
public enum EncodingChecks {
    /// The encoding against the oracle's: the point at infinity, the generator (whose encoding is a published
    /// known answer, checked against the oracle's first), and 300 random points of E, about half with the larger
    /// y.
    public static func compression<G: G1Implementation>(
        _ implementation: G, file: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        precondition(G1Inputs.hex(CurveOracle.compress(CurveOracle.generator)) == CurveOracle.generatorEncoding)
        var generator = TestSeed.generator(for: "EncodingChecks.compression")
        var points: [CurveOracle.Point?] = [nil, CurveOracle.generator, CurveOracle.negated(CurveOracle.generator)]
        for _ in 0..<300 { points.append(G1Inputs.curvePoint(using: &generator)) }
        checkLearnerFunction(
            "compressed", in: file, cases: points, input: { "the encoding of \(CurveOracle.describe($0))" },
            output: G1Inputs.hex, expected: CurveOracle.compress,
            actual: { implementation.compressed(CurveOracle.affine($0)) }, sourceLocation: sourceLocation)
    }

    /// [r]P = O against the oracle's: O, the generator, 20 points of G1 (true), 40 random points of E (false: the
    /// curve equation alone is not membership).
    public static func subgroup<G: G1Implementation>(
        _ implementation: G, file: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        var generator = TestSeed.generator(for: "EncodingChecks.subgroup")
        var points: [CurveOracle.Point?] = [nil, CurveOracle.generator]
        for _ in 0..<20 { points.append(G1Inputs.subgroupPoint(using: &generator)) }
        for _ in 0..<40 { points.append(G1Inputs.curvePoint(using: &generator)) }
        checkLearnerFunction(
            "isInSubgroup", in: file, cases: points, input: { "is \(CurveOracle.describe($0)) in G1?" },
            output: { "\($0)" }, expected: CurveOracle.isInSubgroup,
            actual: { implementation.isInSubgroup(CurveOracle.affine($0)) }, sourceLocation: sourceLocation)
    }

    /// Decoding: valid encodings of points of G1 with either y, the point at infinity and the generator's known
    /// encoding decode to their points; each malformed kind is rejected with its own error: wrong lengths, a
    /// missing compression flag, every non-canonical form of infinity, x ≥ p (p itself, p + x for an x that
    /// decodes, 2³⁸¹ − 1), x off the curve, and points of E outside G1.
    public static func decompression<G: G1Implementation>(
        _ implementation: G, file: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        checkLearnerFunction(
            "init(compressed:)", in: file, cases: decodingCases(), input: { "decode \(G1Inputs.hex($0.0))" },
            output: { (result: Result<AffineCoordinates?, G1DecodingFailure>) in
                switch result {
                case .success(let point): "the point \(point.map(\.description) ?? "O")"
                case .failure(let failure): "the error \(failure)"
                }
            },
            expected: { $0.1 }, actual: { implementation.decompressed($0.0) }, sourceLocation: sourceLocation)
    }

    static func decodingCases() -> [([UInt8], Result<AffineCoordinates?, G1DecodingFailure>)] {
        var generator = TestSeed.generator(for: "EncodingChecks.decompression")
        let infinity = CurveOracle.compress(nil)
        let generatorBytes = hexBytes(CurveOracle.generatorEncoding)
        var cases: [([UInt8], Result<AffineCoordinates?, G1DecodingFailure>)] = [
            (infinity, .success(nil)),
            (generatorBytes, .success(CurveOracle.affine(CurveOracle.generator))),
        ]
        var validPoints: [CurveOracle.Point] = []
        for _ in 0..<30 {
            let point = G1Inputs.subgroupPoint(using: &generator)
            validPoints.append(point)
            let bytes = CurveOracle.compress(point)
            cases.append((bytes, .success(CurveOracle.affine(point))))
            // The other y: −P, also in G1.
            var flipped = bytes
            flipped[0] ^= 0x20
            cases.append((flipped, .success(CurveOracle.affine(CurveOracle.negated(point)))))
        }
        let valid = CurveOracle.compress(validPoints[0])

        // Lengths.
        for bytes in [[], Array(valid.dropLast()), valid + [0], valid + valid, Array(infinity.dropLast())] {
            cases.append((bytes, .failure(.wrongLength(expected: 48, got: bytes.count))))
        }
        // The compression flag.
        var uncompressed = valid
        uncompressed[0] &= 0x7f
        cases += [
            (uncompressed, .failure(.missingCompressionFlag)),
            ([UInt8](repeating: 0, count: 48), .failure(.missingCompressionFlag)),
            ([0x40] + [UInt8](repeating: 0, count: 47), .failure(.missingCompressionFlag)),
        ]
        // Infinity with anything else set.
        var infinityWithX = valid
        infinityWithX[0] |= 0x40
        var infinityLastByte = infinity
        infinityLastByte[47] = 1
        cases += [
            ([0xe0] + [UInt8](repeating: 0, count: 47), .failure(.nonCanonicalInfinity)),
            ([0xc1] + [UInt8](repeating: 0, count: 47), .failure(.nonCanonicalInfinity)),
            (infinityLastByte, .failure(.nonCanonicalInfinity)),
            (infinityWithX, .failure(.nonCanonicalInfinity)),
        ]
        // x ≥ p: p itself, p + 1, p + x for a valid x (a decoder that reduces mod p would accept it), 2³⁸¹ − 1.
        let p = CurveOracle.p
        let twoTo381 = GMPInteger(1) << 381
        var tooLarge = [p, p + GMPInteger(1), twoTo381 - GMPInteger(1)]
        if let point = validPoints.first(where: { p + $0.x < twoTo381 }) { tooLarge.append(p + point.x) }
        for x in tooLarge {
            for flags: UInt8 in [0x80, 0xa0] {
                var bytes = x.bigEndianBytes(count: 48)
                bytes[0] |= flags
                cases.append((bytes, .failure(.coordinateNotCanonical)))
            }
        }
        // x with no point.
        for index in 0..<10 {
            var bytes = G1Inputs.xOffTheCurve(using: &generator).bigEndianBytes(count: 48)
            bytes[0] |= index % 2 == 0 ? 0x80 : 0xa0
            cases.append((bytes, .failure(.notOnCurve)))
        }
        // Points of E outside G1 (the oracle confirms each), with either y.
        for _ in 0..<16 {
            let point = G1Inputs.curvePoint(using: &generator)
            let expected: Result<AffineCoordinates?, G1DecodingFailure> =
                CurveOracle.isInSubgroup(point) ? .success(CurveOracle.affine(point)) : .failure(.notInSubgroup)
            cases.append((CurveOracle.compress(point), expected))
        }
        return cases
    }

    static func hexBytes(_ hex: String) -> [UInt8] {
        let digits = Array(hex.utf8)
        return stride(from: 0, to: digits.count, by: 2).map {
            UInt8(String(decoding: digits[$0..<$0 + 2], as: UTF8.self), radix: 16)!
        }
    }
}
