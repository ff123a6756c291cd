import Curves
import EIP4844
import Fields
import HiddenTestSupport
import KZG
import Testing

/// Every kind of malformed input ends in its own typed error, never a crash.
@Suite("EIP-4844 input validation")
struct EIP4844InputTests {
    static let modulusBytes = Fr.modulus.bigEndianBytes

    @Test("blobs: wrong length, and the first element not below r is named")
    func blobs() throws {
        #expect(throws: EIP4844Error.wrongLength(what: "blob", expected: 131_072, got: 131_071)) {
            try Blob(bytes: [UInt8](repeating: 0, count: 131_071))
        }
        #expect(throws: EIP4844Error.wrongLength(what: "blob", expected: 131_072, got: 0)) { try Blob(bytes: []) }
        var bytes = [UInt8](repeating: 0, count: 131_072)
        bytes.replaceSubrange(4095 * 32..<4096 * 32, with: Self.modulusBytes)
        #expect(throws: EIP4844Error.blobElementNotCanonical(index: 4095)) { try Blob(bytes: bytes) }
        bytes.replaceSubrange(7 * 32..<8 * 32, with: [UInt8](repeating: 0xff, count: 32))
        #expect(throws: EIP4844Error.blobElementNotCanonical(index: 7)) { try Blob(bytes: bytes) }
        // r - 1 is the largest canonical element.
        var largest = [UInt8](repeating: 0, count: 131_072)
        largest.replaceSubrange(0..<32, with: (-Fr.one).bigEndianBytes)
        #expect(try Blob(bytes: largest).polynomial.evaluations[0] == -Fr.one)
    }

    @Test("field elements: wrong length and values not below r")
    func fieldElements() throws {
        #expect(throws: EIP4844Error.wrongLength(what: "field element", expected: 32, got: 31)) {
            try Bytes32(bytes: [UInt8](repeating: 0, count: 31))
        }
        #expect(throws: EIP4844Error.fieldElementNotCanonical) { try Bytes32(bytes: Self.modulusBytes) }
        #expect(throws: EIP4844Error.fieldElementNotCanonical) {
            try Bytes32(bytes: [UInt8](repeating: 0xff, count: 32))
        }
        #expect(try Bytes32(bytes: (-Fr.one).bigEndianBytes).fieldElement == -Fr.one)
    }

    @Test("commitments and proofs: each decoding failure is passed on")
    func points() throws {
        let generator = G1Affine.generator.compressed
        #expect(throws: EIP4844Error.wrongLength(what: "commitment", expected: 48, got: 47)) {
            try KZGCommitment(bytes: generator.dropLast())
        }
        #expect(throws: EIP4844Error.wrongLength(what: "proof", expected: 48, got: 49)) {
            try KZGProof(bytes: generator + [0])
        }
        var uncompressed = generator
        uncompressed[0] &= 0x7f
        #expect(throws: EIP4844Error.invalidCommitment(.missingCompressionFlag)) {
            try KZGCommitment(bytes: uncompressed)
        }
        var badInfinity = [UInt8](repeating: 0, count: 48)
        badInfinity[0] = 0xc0
        badInfinity[47] = 1
        #expect(throws: EIP4844Error.invalidProof(.nonCanonicalInfinity)) { try KZGProof(bytes: badInfinity) }
        // x = p, with the compression flag: not a canonical coordinate.
        var tooLarge = Fp.modulus.bigEndianBytes
        tooLarge[0] |= 0x80
        #expect(throws: EIP4844Error.invalidCommitment(.coordinateNotCanonical)) { try KZGCommitment(bytes: tooLarge) }
        // The consensus-spec test generator's points off the curve and outside the subgroup.
        let notInSubgroup = decodeHex(
            "8123456789abcdef0123456789abcdef0123456789abcdef"
                + "0123456789abcdef0123456789abcdef0123456789abcdef")!
        let notOnCurve = decodeHex(
            "8123456789abcdef0123456789abcdef0123456789abcdef"
                + "0123456789abcdef0123456789abcdef0123456789abcde0")!
        #expect(throws: EIP4844Error.invalidProof(.notOnCurve)) { try KZGProof(bytes: notOnCurve) }
        #expect(throws: EIP4844Error.invalidCommitment(.notInSubgroup)) { try KZGCommitment(bytes: notInSubgroup) }
        var infinity = [UInt8](repeating: 0, count: 48)
        infinity[0] = 0xc0
        #expect(try KZGCommitment(bytes: infinity).point == .identity)
        #expect(try KZGProof(bytes: generator).point == G1Affine.generator)
    }

    @Test("a context needs a 4096-point setup; batch lists must have equal lengths")
    func contextAndBatch() throws {
        let small = try TrustedSetup.insecureForTesting(secret: Fr(5), size: 16, g2Count: 2)
        #expect(throws: EIP4844Error.setupSizeMismatch(expected: 4096, got: 16)) { try EIP4844Context(setup: small) }
        let context = try KZGFixtures.mainnet.get()
        let blob = try Blob(bytes: [UInt8](repeating: 0, count: 131_072))
        let commitment = context.blobToKZGCommitment(blob)
        let proof = context.computeBlobKZGProof(blob, commitment: commitment)
        #expect(throws: EIP4844Error.batchLengthMismatch(blobs: 1, commitments: 1, proofs: 0)) {
            try context.verifyBlobKZGProofBatch([blob], commitments: [commitment], proofs: [])
        }
        #expect(throws: EIP4844Error.batchLengthMismatch(blobs: 2, commitments: 1, proofs: 1)) {
            try context.verifyBlobKZGProofBatch([blob, blob], commitments: [commitment], proofs: [proof])
        }
        #expect(
            try context.verifyBlobKZGProofBatch(
                [blob, blob], commitments: [commitment, commitment],
                proofs: [proof, proof]))
    }
}
