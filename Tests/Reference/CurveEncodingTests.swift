import Curves
import ExtensionFields
import Fields
import Foundation
import HiddenTestSupport
import Limbs
import Testing

/// The compressed ZCash encodings: round trips, the published encodings of the generators, the real points of the
/// Ethereum KZG ceremony, and one test per way an encoding can be malformed.
@Suite struct CurveEncodingTests {
    static func bytes(_ hex: String) -> [UInt8] {
        var result: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            result.append(UInt8(hex[index..<next], radix: 16)!)
            index = next
        }
        return result
    }

    /// The generators' encodings as published in the ZCash BLS12-381 serialisation notes and the IETF pairing-friendly
    /// curves draft.
    static let g1GeneratorHex =
        "97f1d3a73197d7942695638c4fa9ac0fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb"
    static let g2GeneratorHex =
        "93e02b6052719f607dacd3a088274f65596bd0d09920b61ab5da61bbdc7f5049334cf11213945d57e5ac7d055d042b7e"
        + "024aa2b2f08f0a91260805272dc51051c6e47ad4fa403b02b4510b647ae3d1770bac0326a805bbefd48056c8c121bdb8"

    @Test func knownGeneratorEncodings() throws {
        #expect(G1Affine.generator.compressed == Self.bytes(Self.g1GeneratorHex))
        #expect(G2Affine.generator.compressed == Self.bytes(Self.g2GeneratorHex))
        #expect(try G1Affine(compressed: Self.bytes(Self.g1GeneratorHex)) == .generator)
        #expect(try G2Affine(compressed: Self.bytes(Self.g2GeneratorHex)) == .generator)
        #expect(G1Affine.identity.compressed == [0xc0] + [UInt8](repeating: 0, count: 47))
        #expect(G2Affine.identity.compressed == [0xc0] + [UInt8](repeating: 0, count: 95))
    }

    @Test func roundTrips() throws {
        var generator = TestSeed.generator()
        for _ in 0..<20 {
            let p = G1Affine(CurveTests.randomG1(using: &generator))
            #expect(try G1Affine(compressed: p.compressed) == p, "seed \(TestSeed.value)")
            #expect(try G1Affine(compressed: (-p).compressed) == -p, "seed \(TestSeed.value)")
            #expect(p.compressed != (-p).compressed)
            let q = G2Affine(CurveTests.randomG2(using: &generator))
            #expect(try G2Affine(compressed: q.compressed) == q, "seed \(TestSeed.value)")
            #expect(try G2Affine(compressed: (-q).compressed) == -q, "seed \(TestSeed.value)")
        }
        #expect(try G1Affine(compressed: G1Affine.identity.compressed) == .identity)
        #expect(try G2Affine(compressed: G2Affine.identity.compressed) == .identity)
        // Any collection of bytes, not only a zero-based array.
        let padded = [0xff] + G1Affine.generator.compressed
        #expect(try G1Affine(compressed: padded.dropFirst()) == .generator)
    }

    @Test func wrongLength() {
        let g1 = G1Affine.generator.compressed
        #expect(throws: PointDecodingError.wrongLength(expected: 48, got: 47)) {
            try G1Affine(compressed: g1.dropLast())
        }
        #expect(throws: PointDecodingError.wrongLength(expected: 48, got: 49)) { try G1Affine(compressed: g1 + [0]) }
        #expect(throws: PointDecodingError.wrongLength(expected: 48, got: 0)) { try G1Affine(compressed: []) }
        #expect(throws: PointDecodingError.wrongLength(expected: 48, got: 96)) {
            try G1Affine(compressed: G2Affine.generator.compressed)
        }
        #expect(throws: PointDecodingError.wrongLength(expected: 96, got: 48)) { try G2Affine(compressed: g1) }
    }

    @Test func missingCompressionFlag() {
        var g1 = G1Affine.generator.compressed
        g1[0] &= 0x7f
        #expect(throws: PointDecodingError.missingCompressionFlag) { try G1Affine(compressed: g1) }
        var g2 = G2Affine.generator.compressed
        g2[0] &= 0x7f
        #expect(throws: PointDecodingError.missingCompressionFlag) { try G2Affine(compressed: g2) }
        // The identity without the compression bit is the uncompressed identity, also refused.
        #expect(throws: PointDecodingError.missingCompressionFlag) {
            try G1Affine(compressed: [0x40] + [UInt8](repeating: 0, count: 47))
        }
    }

    @Test func nonCanonicalInfinity() {
        for length in [48, 96] {
            let canonical = [UInt8(0xc0)] + [UInt8](repeating: 0, count: length - 1)
            var withSign = canonical
            withSign[0] |= 0x20
            var withLowBit = canonical
            withLowBit[0] |= 0x01
            var withTrailingByte = canonical
            withTrailingByte[length - 1] = 1
            var withMiddleByte = canonical
            withMiddleByte[length / 2] = 0x80
            for bad in [withSign, withLowBit, withTrailingByte, withMiddleByte] {
                #expect(throws: PointDecodingError.nonCanonicalInfinity) {
                    if length == 48 { _ = try G1Affine(compressed: bad) } else { _ = try G2Affine(compressed: bad) }
                }
            }
        }
    }

    @Test func coordinateNotBelowModulus() {
        let p = Fp.modulus.bigEndianBytes
        var g1 = p
        g1[0] |= 0x80
        #expect(throws: PointDecodingError.coordinateNotCanonical) { try G1Affine(compressed: g1) }
        // All 381 value bits set: the largest value the format can carry.
        let allOnes = [UInt8(0x9f)] + [UInt8](repeating: 0xff, count: 47)
        #expect(throws: PointDecodingError.coordinateNotCanonical) { try G1Affine(compressed: allOnes) }
        // G2: either half may be out of range.
        let generator = G2Affine.generator.compressed
        var highHalf = p + Array(generator[48...])
        highHalf[0] |= 0x80
        #expect(throws: PointDecodingError.coordinateNotCanonical) { try G2Affine(compressed: highHalf) }
        let lowHalf = Array(generator[..<48]) + p
        #expect(throws: PointDecodingError.coordinateNotCanonical) { try G2Affine(compressed: lowHalf) }
    }

    @Test func notOnCurve() throws {
        var generator = TestSeed.generator()
        var x = Fp.random(using: &generator)
        while (x.squared() * x + Fp(4)).legendreSymbol != -1 { x = Fp.random(using: &generator) }
        var g1 = x.bigEndianBytes
        g1[0] |= 0x80
        #expect(throws: PointDecodingError.notOnCurve) { try G1Affine(compressed: g1) }
        var x2 = Fp2.random(using: &generator)
        while (x2.squared() * x2 + G2.b).squareRoot() != nil { x2 = Fp2.random(using: &generator) }
        var g2 = x2.c1.bigEndianBytes + x2.c0.bigEndianBytes
        g2[0] |= 0xa0
        #expect(throws: PointDecodingError.notOnCurve) { try G2Affine(compressed: g2) }
    }

    @Test func notInSubgroup() {
        var generator = TestSeed.generator()
        for _ in 0..<5 {
            let p = CurveTests.randomCurvePoint(using: &generator)
            var g1 = p.x.bigEndianBytes
            g1[0] |= 0x80
            #expect(throws: PointDecodingError.notInSubgroup) { try G1Affine(compressed: g1) }
            let q = CurveTests.randomTwistPoint(using: &generator)
            var g2 = q.x.c1.bigEndianBytes + q.x.c0.bigEndianBytes
            g2[0] |= 0x80
            #expect(throws: PointDecodingError.notInSubgroup) { try G2Affine(compressed: g2) }
        }
    }

    @Test func errorsDescribeThemselves() {
        let errors: [PointDecodingError] = [
            .wrongLength(expected: 48, got: 47), .missingCompressionFlag, .nonCanonicalInfinity,
            .coordinateNotCanonical, .notOnCurve, .notInSubgroup,
        ]
        let descriptions = errors.map(\.description)
        #expect(Set(descriptions).count == errors.count)
        #expect(descriptions[0].contains("48") && descriptions[0].contains("47"))
    }

    /// The trusted setup of the Ethereum KZG ceremony (format in Data/kzg/README.md): every point decodes,
    /// re-encodes to the same bytes, and the first monomial points are the generators.
    @Test func trustedSetupPointsDecode() throws {
        let setup = try TrustedSetupFile.load()
        #expect(setup.g1Lagrange.count == 4096 && setup.g2Monomial.count == 65 && setup.g1Monomial.count == 4096)
        for encoding in setup.g1Lagrange + setup.g1Monomial {
            let point = try G1Affine(compressed: encoding)
            #expect(point.compressed == encoding)
        }
        for encoding in setup.g2Monomial {
            let point = try G2Affine(compressed: encoding)
            #expect(point.compressed == encoding)
        }
        #expect(try G1Affine(compressed: setup.g1Monomial[0]) == .generator)
        #expect(try G2Affine(compressed: setup.g2Monomial[0]) == .generator)
    }
}

/// The raw encodings of `Data/kzg/trusted_setup.txt`.
struct TrustedSetupFile {
    var g1Lagrange: [[UInt8]]
    var g2Monomial: [[UInt8]]
    var g1Monomial: [[UInt8]]

    static func load() throws -> TrustedSetupFile {
        let url = URL(fileURLWithPath: KZGFixtures.trustedSetupPath)
        let lines = try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline).map(String.init)
        let g1Count = Int(lines[0])!
        let g2Count = Int(lines[1])!
        let points = lines.dropFirst(2).map(CurveEncodingTests.bytes)
        return TrustedSetupFile(
            g1Lagrange: Array(points.prefix(g1Count)),
            g2Monomial: Array(points.dropFirst(g1Count).prefix(g2Count)),
            g1Monomial: Array(points.dropFirst(g1Count + g2Count).prefix(g1Count)))
    }
}
