import Chapter09Suites
import Crypto
import Curves
import Fields
import GMP
import HiddenTestSupport
import Polynomials
import Testing

/// Chapter 10's hidden checks, run the same way on any `EIP4844Implementation`: the learner's exercises or the
/// reference. The oracles are the consensus-spec vectors (known answers, valid and invalid), the modulus r written
/// out as bytes, SHA-256 and GMP for the hashes, and chapter 9's term-by-term Lagrange interpolation for the
/// evaluation on small domains. Every check reports the first wrong case through `checkLearnerFunction`.
public struct EIP4844Checks<Implementation: EIP4844Implementation>: Sendable {
    let implementation: Implementation

    public init(_ implementation: Implementation) { self.implementation = implementation }

    // MARK: The consensus-spec vectors

    /// Every vector of the given spec functions, each case named in a failure with its input and expected output.
    public func vectors(
        _ functions: [String], name: String, file: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        var cases: [ConsensusVector] = []
        for function in functions {
            let (loaded, problems) = ConsensusVectors.load(function)
            for problem in problems { Issue.record(Comment(rawValue: problem), sourceLocation: sourceLocation) }
            cases += loaded
        }
        let implementation = implementation
        checkLearnerFunction(
            name, in: file, cases: cases,
            input: { "the consensus-spec vector \($0.summary)" },
            output: { $0.description },
            expected: { $0.expected },
            actual: { ConsensusVectors.run($0, on: implementation) },
            sourceLocation: sourceLocation)
    }

    // MARK: Validation

    /// `bytesToBLSField`, `blobToPolynomial` and `validateKZGG1` on the edges: values 0, r − 1, r, r + 1, 2²⁵⁶ − 1,
    /// random ones on both sides of r, wrong lengths; blobs with one bad element at the first, the last and a random
    /// index, or two (the first is named); points valid, at infinity, and broken in each way that has a known
    /// reason.
    public func validation(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var generator = TestSeed.generator(for: "Chapter10.validation")
        let modulus = blsModulus
        let rPlusOne = GMPInteger(bigEndianBytes: modulus) + GMPInteger(1)
        var elements: [[UInt8]] = [
            [UInt8](repeating: 0, count: 32), [UInt8](repeating: 0, count: 31) + [1],
            (GMPInteger(bigEndianBytes: modulus) - GMPInteger(1)).bigEndianBytes(count: 32), modulus,
            rPlusOne.bigEndianBytes(count: 32), [UInt8](repeating: 0xff, count: 32),
            [], [UInt8](repeating: 0, count: 31), [UInt8](repeating: 0, count: 33),
        ]
        for top: UInt8 in [0x00, 0x73, 0x74, 0xff] {
            elements.append([top] + (0..<31).map { _ in UInt8.random(in: 0...255, using: &generator) })
        }
        let implementation = implementation
        checkLearnerFunction(
            "bytesToBLSField(_:)", in: file, cases: elements,
            input: { "\($0.count) bytes \(encodeHex($0))" },
            output: { $0.description },
            expected: { bytes in
                guard bytes.count == 32 else { return .wrongLength(expected: 32, got: bytes.count) }
                return bytes.lexicographicallyPrecedes(modulus) ? .accepted(bytes) : .notCanonical(index: nil)
            },
            actual: { implementation.bytesToBLSField($0) },
            sourceLocation: sourceLocation)

        let randomBlob = (0..<4096).flatMap { _ in Fr.random(using: &generator).bigEndianBytes }
        func withElement(_ element: [UInt8], at indices: [Int]) -> [UInt8] {
            var blob = randomBlob
            for index in indices { blob.replaceSubrange(32 * index..<32 * (index + 1), with: element) }
            return blob
        }
        let blobs: [(String, [UInt8], Validated)] = [
            ("random canonical elements", randomBlob, .accepted(randomBlob)),
            ("zero", [UInt8](repeating: 0, count: 131072), .accepted([UInt8](repeating: 0, count: 131072))),
            ("r at index 0", withElement(modulus, at: [0]), .notCanonical(index: 0)),
            ("r at index 4095", withElement(modulus, at: [4095]), .notCanonical(index: 4095)),
            (
                "r + 1 at index 1234", withElement(rPlusOne.bigEndianBytes(count: 32), at: [1234]),
                .notCanonical(index: 1234)
            ),
            (
                "2²⁵⁶ − 1 at indices 7 and 9", withElement([UInt8](repeating: 0xff, count: 32), at: [9, 7]),
                .notCanonical(index: 7)
            ),
            ("empty", [], .wrongLength(expected: 131072, got: 0)),
            ("one byte short", Array(randomBlob.dropLast()), .wrongLength(expected: 131072, got: 131071)),
            ("one byte long", randomBlob + [0], .wrongLength(expected: 131072, got: 131073)),
            (
                "one element long", randomBlob + [UInt8](repeating: 0, count: 32),
                .wrongLength(expected: 131072, got: 131104)
            ),
        ]
        checkLearnerFunction(
            "blobToPolynomial(_:)", in: file, cases: blobs,
            input: { "a blob of \($0.1.count) bytes: \($0.0)" },
            output: { $0.description },
            expected: { $0.2 },
            actual: { implementation.blobToPolynomial($0.1) },
            sourceLocation: sourceLocation)

        let generatorBytes = G1Affine.generator.compressed
        let randomPoint = G1Affine(G1Affine.generator * Fr.random(using: &generator)).compressed
        let infinity = [UInt8(0xc0)] + [UInt8](repeating: 0, count: 47)
        var uncompressed = generatorBytes
        uncompressed[0] &= 0x7f
        var infinityWithSign = infinity
        infinityWithSign[0] |= 0x20
        // x = p, the field modulus, with the compression flag: not a canonical coordinate.
        let p = decodeHex(
            "1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab")!
        var xIsP = p
        xIsP[0] |= 0x80
        let points: [(String, [UInt8], Validated)] = [
            ("the generator", generatorBytes, .accepted(generatorBytes)),
            ("a random point", randomPoint, .accepted(randomPoint)),
            ("the point at infinity", infinity, .accepted(infinity)),
            ("the generator without the compression flag", uncompressed, .invalidPoint(.missingCompressionFlag)),
            ("infinity with the sign flag", infinityWithSign, .invalidPoint(.nonCanonicalInfinity)),
            ("x = p", xIsP, .invalidPoint(.coordinateNotCanonical)),
            ("47 bytes", Array(generatorBytes.dropLast()), .wrongLength(expected: 48, got: 47)),
            ("49 bytes", generatorBytes + [0], .wrongLength(expected: 48, got: 49)),
            ("empty", [], .wrongLength(expected: 48, got: 0)),
        ]
        checkLearnerFunction(
            "validateKZGG1(_:)", in: file, cases: points,
            input: { "\($0.0): \(encodeHex($0.1))" },
            output: { $0.description },
            expected: { $0.2 },
            actual: { implementation.validateKZGG1($0.1) },
            sourceLocation: sourceLocation)
    }

    // MARK: The challenge

    /// `hashToBLSField` against SHA-256 and GMP's reduction mod r, on short inputs, the empty one and digests above
    /// r; `computeChallenge` on the consensus-spec vectors and on random blobs and commitments against the transcript
    /// hashed here: domain ‖ 4096 as 16 bytes big-endian ‖ blob ‖ commitment.
    public func challenge(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var generator = TestSeed.generator(for: "Chapter10.challenge")
        let r = GMPInteger(bigEndianBytes: blsModulus)
        @Sendable func oracle(_ data: [UInt8]) -> [UInt8] {
            (GMPInteger(bigEndianBytes: Array(SHA256.hash(data: data))) % r).bigEndianBytes(count: 32)
        }
        var messages: [[UInt8]] = [[], Array("abc".utf8)]
        for length in [1, 31, 32, 33, 100] {
            messages.append((0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) })
        }
        // Digests at or above r, where the reduction matters: found by counting up from a seed.
        var counter: UInt64 = 0
        while messages.count < 10 {
            let message = Array("reduce".utf8) + withUnsafeBytes(of: counter.bigEndian, Array.init)
            if !Array(SHA256.hash(data: message)).lexicographicallyPrecedes(blsModulus) { messages.append(message) }
            counter += 1
        }
        let implementation = implementation
        checkLearnerFunction(
            "hashToBLSField(_:)", in: file, cases: messages,
            input: { "\($0.count) bytes \(encodeHex($0))" },
            output: { encodeHex($0) },
            expected: oracle,
            actual: { implementation.hashToBLSField($0).bigEndianBytes },
            sourceLocation: sourceLocation)

        vectors(
            ["compute_challenge"], name: "computeChallenge(_:commitment:)", file: file, sourceLocation: sourceLocation)

        var randomCases: [(blob: [UInt8], commitment: [UInt8])] = []
        for _ in 0..<4 {
            let blob = (0..<4096).flatMap { _ in Fr.random(using: &generator).bigEndianBytes }
            randomCases.append((blob, G1Affine(G1Affine.generator * Fr.random(using: &generator)).compressed))
        }
        let degree = [UInt8](repeating: 0, count: 14) + [0x10, 0x00]
        checkLearnerFunction(
            "computeChallenge(_:commitment:)", in: file, cases: randomCases,
            input: { "a random blob \(abbreviatedHex($0.blob)) and commitment \(encodeHex($0.commitment))" },
            output: { encodeHex($0) },
            expected: { oracle(Array("FSBLOBVERIFY_V1_".utf8) + degree + $0.blob + $0.commitment) },
            actual: { (try? implementation.computeChallenge(blob: $0.blob, commitment: $0.commitment)) ?? [] },
            sourceLocation: sourceLocation)
    }

    // MARK: Evaluation

    /// `evaluatePolynomialInEvaluationForm`: on domains of 1 to 16 points against Lagrange interpolation term by
    /// term, at 0, at random points and at every root; on the 4096-point domain against the y of every valid
    /// `compute_kzg_proof` vector, inside and outside the domain.
    public func evaluation(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var generator = TestSeed.generator(for: "Chapter10.evaluation")
        var cases: [(PolynomialInEvaluationForm, z: Fr, y: Fr, source: String)] = []
        for size in [1, 2, 4, 16] {
            let domain = try! EvaluationDomain(size: size)  // powers of two
            for z in [Fr.zero, Fr.random(using: &generator), Fr.random(using: &generator)] + domain.elements {
                let polynomial = KZGOracle.randomPolynomial(domain, using: &generator)
                cases.append((polynomial, z, KZGOracle.evaluate(polynomial, at: z), "random on \(size) points"))
            }
        }
        let (vectors, problems) = ConsensusVectors.load("compute_kzg_proof")
        for problem in problems { Issue.record(Comment(rawValue: problem), sourceLocation: sourceLocation) }
        for vector in vectors {
            guard case .list(let output) = vector.expected, output.count == 2,
                let blob = try? vector.bytes("blob"), let z = try? vector.bytes("z")
            else { continue }  // the cases with invalid input, which the proofs' check covers
            let values = (0..<4096).map { try! Fr(bigEndianBytes: blob[32 * $0..<32 * ($0 + 1)]) }  // a valid case
            cases.append(
                (
                    try! PolynomialInEvaluationForm(evaluations: values, domain: .eip4844),  // 4096 values
                    try! Fr(bigEndianBytes: z), try! Fr(bigEndianBytes: output[1]),  // valid case
                    "the blob of the consensus-spec vector compute_kzg_proof/\(vector.name)"
                ))
        }
        let implementation = implementation
        checkLearnerFunction(
            "evaluatePolynomialInEvaluationForm(_:at:)", in: file, cases: cases,
            input: { "\($0.source), \(KZGOracle.describe($0.0)), z = \($0.z)" },
            output: { $0.description },
            expected: { $0.y },
            actual: { implementation.evaluate($0.0, at: $0.z) },
            sourceLocation: sourceLocation)
    }

    // MARK: Batches of claims

    /// `verifyKZGProofBatch` on claims from the valid `verify_kzg_proof` vectors (true by the spec): none, one, all
    /// (true); one value changed, two proofs swapped (false); and two values changed by +9 and −9, errors that
    /// cancel when every claim has the same weight (false with the weights r^i).
    public func kzgProofBatch(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let (vectors, problems) = ConsensusVectors.load("verify_kzg_proof")
        for problem in problems { Issue.record(Comment(rawValue: problem), sourceLocation: sourceLocation) }
        typealias Claim = (commitment: [UInt8], z: [UInt8], y: [UInt8], proof: [UInt8])
        // Six honest claims with distinct proofs, none the point at infinity, so that swapping two proofs changes
        // the batch; the proofs at infinity are kept for the all-honest batch.
        let infinity = [UInt8(0xc0)] + [UInt8](repeating: 0, count: 47)
        var honest: [Claim] = []
        var honestAtInfinity: [Claim] = []
        for vector in vectors where vector.expected == .bool(true) {
            guard
                let claim = try? (
                    vector.bytes("commitment"), vector.bytes("z"), vector.bytes("y"), vector.bytes("proof")
                )
            else { continue }
            if claim.3 == infinity {
                if honestAtInfinity.count < 2 { honestAtInfinity.append(claim) }
            } else if honest.count < 6, !honest.contains(where: { $0.proof == claim.3 }) {
                honest.append(claim)
            }
        }
        guard honest.count == 6 else {
            Issue.record(
                "harness error: fewer than 6 valid verify_kzg_proof vectors with distinct proofs",
                sourceLocation: sourceLocation)
            return
        }
        func shifted(_ y: [UInt8], by delta: Fr) -> [UInt8] { (try! Fr(bigEndianBytes: y) + delta).bigEndianBytes }
        var oneWrong = honest
        oneWrong[2].y = shifted(oneWrong[2].y, by: .one)
        var swapped = honest
        (swapped[0].proof, swapped[1].proof) = (honest[1].proof, honest[0].proof)
        // The first claim is honest, so that the pair cancels whether the common weight is 1 or r.
        var cancelling = Array(honest[..<3])
        cancelling[1].y = shifted(cancelling[1].y, by: Fr(9))
        cancelling[2].y = shifted(cancelling[2].y, by: -Fr(9))
        let cases: [(String, [Claim], Bool)] = [
            ("no claims", [], true),
            ("one honest claim", [honest[0]], true),
            ("six honest claims", honest, true),
            ("eight honest claims, two of them with proofs at infinity", honest + honestAtInfinity, true),
            ("six claims, the value of the third plus 1", oneWrong, false),
            ("six claims, the proofs of the first two swapped", swapped, false),
            (
                "three claims, the second value plus 9 and the third minus 9 (the errors cancel with equal weights)",
                cancelling, false
            ),
        ]
        let implementation = implementation
        checkLearnerFunction(
            "verifyKZGProofBatch(commitments:zs:ys:proofs:setup:)", in: file, cases: cases,
            input: { name, claims, _ in
                "\(name), from the valid verify_kzg_proof vectors: "
                    + claims.map {
                        "(C \(encodeHex($0.commitment)), z \(encodeHex($0.z)), y \(encodeHex($0.y)), π \(encodeHex($0.proof)))"
                    }
                    .joined(separator: ", ")
            },
            output: { $0.map { "\($0)" } ?? "a rejection" },
            expected: { Optional($0.2) },
            actual: { _, claims, _ in
                try? implementation.verifyKZGProofBatch(
                    commitments: claims.map(\.commitment), zs: claims.map(\.z), ys: claims.map(\.y),
                    proofs: claims.map(\.proof))
            },
            sourceLocation: sourceLocation)
    }
}

/// r, big-endian (consensus-specs, `BLS_MODULUS`), written out rather than taken from `Fr`.
let blsModulus = decodeHex("73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001")!
