import Backend
import Chapter07Suites
import Chapter08Suites
import Chapter10Suites
import Curves
import Fields
import GMP
import HiddenTestSupport
import KZG
import Pairing
import Polynomials
import Testing

/// Chapter 12's hidden checks, run the same way on any `KZGBackend`: the learner's (`Chapter12Tests`) or the
/// reference's (`ReferenceTests`). One check per layer, each against an oracle outside the backend: GMP for the
/// field; the reference's `Curves` for the group; Horner's rule on the roots for the FFT; chapter 8's sum of one
/// product at a time for the MSM; bilinearity for the pairing check; the consensus-spec vectors for the protocol.
///
/// Values cross into the backend through its own encodings (`bigEndianBytes`, `compressed` and the validating
/// decoders), as a library's callers' values do.
public struct BackendChecks<B: KZGBackend>: Sendable {
    /// The setup's Lagrange points in the backend's G1, bit-reversed as the reference keeps them. A backend may
    /// skip the subgroup check here for the mainnet file, recognised by its hash, as the reference does.
    let setupPoint: @Sendable (G1Affine) -> B.G1

    public init(_: B.Type, setupPoint: @escaping @Sendable (G1Affine) -> B.G1) { self.setupPoint = setupPoint }

    // MARK: Moving values in and out

    static func scalar(_ x: Fr) throws -> B.Scalar { try B.Scalar(validatingBigEndian: x.bigEndianBytes) }
    static func hex(_ x: B.Scalar) -> String { encodeHex(x.bigEndianBytes) }
    static func hex(_ x: Fr) -> String { encodeHex(x.bigEndianBytes) }
    static func point(_ p: G1Projective) throws -> B.G1 { try B.G1(validatingCompressed: G1Affine(p).compressed) }
    static func hex(_ p: B.G1) -> String { encodeHex(p.compressed) }
    static func hex(_ p: G1Projective) -> String { encodeHex(G1Affine(p).compressed) }

    static var modulus: GMPInteger { GMPInteger(limbs: Fr.modulus.limbs) }
    static func gmp(_ x: Fr) -> GMPInteger { GMPInteger(bigEndianBytes: x.bigEndianBytes) }
    static func hex(_ x: GMPInteger) -> String { encodeHex((x % modulus).bigEndianBytes(count: 32)) }

    /// Random elements and the edges 0, 1, 2, r − 1, (r − 1)/2.
    static func fieldElements(_ count: Int, seed: String) -> [Fr] {
        var generator = TestSeed.generator(for: seed)
        let half = try! Fr(bigEndianBytes: (GMPInteger(limbs: Fr.modulus.limbs) >> 1).bigEndianBytes(count: 32))
        return [.zero, .one, Fr(2), -Fr.one, half] + (0..<count).map { _ in Fr.random(using: &generator) }
    }

    // MARK: Layer 1, the scalar field

    /// a + b, a − b, a · b, −a, a⁻¹, a^e through the backend, against GMP, with e a random 64-bit exponent.
    public func fieldArithmetic(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let elements = Self.fieldElements(40, seed: "Chapter12.field")
        var generator = TestSeed.generator(for: "Chapter12.exponents")
        let cases = elements.indices.map { index in
            (elements[index], elements[(index * 7 + 3) % elements.count], generator.next() as UInt64)
        }
        checkLearnerFunction(
            "the scalar field: +, −, ·, negation, inverse(), pow(_:)", in: file, cases: cases,
            input: { "a = \(Self.hex($0.0)), b = \(Self.hex($0.1)), e = \($0.2)" },
            output: { $0 },
            expected: { a, b, e in
                let (x, y, r) = (Self.gmp(a), Self.gmp(b), Self.modulus)
                let inverse = a.isZero ? "nil" : Self.hex(x.inverse(modulo: r)!)
                return [
                    Self.hex(x + y), Self.hex(x - y + r), Self.hex(x * y), Self.hex(r - x), inverse,
                    Self.hex(GMPInteger.powmod(x, GMPInteger(e), r)),
                ].joined(separator: ", ")
            },
            actual: { a, b, e in
                guard let x = try? Self.scalar(a), let y = try? Self.scalar(b) else {
                    return "init(validatingBigEndian:) rejected a value below r"
                }
                return [
                    Self.hex(x + y), Self.hex(x - y), Self.hex(x * y), Self.hex(-x),
                    x.inverse().map(Self.hex) ?? "nil", Self.hex(x.pow(e)),
                ].joined(separator: ", ")
            }, sourceLocation: sourceLocation)
    }

    /// `init(validatingBigEndian:)` accepts exactly the 32-byte values below r, and `reducing(bigEndian:)` reduces
    /// any 32 bytes, against GMP.
    public func fieldEncodings(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var generator = TestSeed.generator(for: "Chapter12.encodings")
        let r = Self.modulus
        var inputs: [[UInt8]] = [
            r.bigEndianBytes(count: 32), (r + GMPInteger(1)).bigEndianBytes(count: 32),
            (r - GMPInteger(1)).bigEndianBytes(count: 32), (r * GMPInteger(2)).bigEndianBytes(count: 32),
            (r * GMPInteger(2) - GMPInteger(1)).bigEndianBytes(count: 32), [UInt8](repeating: 0xff, count: 32),
            [UInt8](repeating: 0, count: 32), [UInt8](repeating: 0, count: 31), [UInt8](repeating: 0, count: 33),
        ]
        inputs += (0..<30).map { _ in (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) } }
        checkLearnerFunction(
            "init(validatingBigEndian:), reducing(bigEndian:)", in: file, cases: inputs,
            input: { "bytes \(encodeHex($0)) (\($0.count) bytes)" },
            output: { $0 },
            expected: { bytes in
                let value = GMPInteger(bigEndianBytes: bytes)
                let decoded = bytes.count == 32 && value < r ? "accepted \(encodeHex(bytes))" : "rejected"
                let reduced = bytes.count == 32 ? Self.hex(value) : "-"
                return "validating: \(decoded); reducing: \(reduced)"
            },
            actual: { bytes in
                let decoded = (try? B.Scalar(validatingBigEndian: bytes)).map { "accepted \(Self.hex($0))" }
                let reduced = bytes.count == 32 ? Self.hex(B.Scalar.reducing(bigEndian: bytes)) : "-"
                return "validating: \(decoded ?? "rejected"); reducing: \(reduced)"
            }, sourceLocation: sourceLocation)
    }

    /// `batchInverse` on lists of 0, 1, 2, 5 and 64 elements with zeros at the start, the middle and the end.
    public func batchInversion(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var lists: [[Fr]] = [[], [.zero], [Fr(5)], [.zero, .zero]]
        let elements = Self.fieldElements(64, seed: "Chapter12.batchInverse")
        lists.append(Array(elements.prefix(5)))  // starts with zero
        lists.append(Array(elements.dropFirst(5).prefix(6)) + [.zero])
        lists.append(Array(elements.suffix(64)))
        lists.append(Array(elements.suffix(20)) + [.zero] + Array(elements.suffix(10)))
        checkLearnerFunction(
            "batchInverse(_:)", in: file, cases: lists,
            input: { "[" + $0.map(Self.hex).joined(separator: ", ") + "]" },
            output: { $0.joined(separator: ", ") },
            expected: { list in
                list.map { $0.isZero ? Self.hex(Fr.zero) : Self.hex(Self.gmp($0).inverse(modulo: Self.modulus)!) }
            },
            actual: { list in
                guard var values = try? list.map(Self.scalar) else { return ["a value below r was rejected"] }
                B.Scalar.batchInverse(&values)
                return values.map(Self.hex)
            }, sourceLocation: sourceLocation)
    }

    // MARK: Layer 2, the group G1

    /// [k]P, P + Q, P + P, P + (−P), P + O and the encodings, against the reference's `Curves`, for P and Q
    /// random multiples of the generator and k random or at the edges.
    public func groupLaw(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let scalars = Self.fieldElements(12, seed: "Chapter12.group")
        let cases = scalars.indices.map { index in (scalars[index], scalars[(index + 5) % scalars.count]) }
        checkLearnerFunction(
            "the group G1: *, +, negation, compressed, init(validatingCompressed:)", in: file, cases: cases,
            input: { "k = \(Self.hex($0.0)), P = [k]G1, Q = [\(Self.hex($0.1))]G1" },
            output: { $0 },
            expected: { k, l in
                let (p, q) = (G1Projective.generator * k, G1Projective.generator * l)
                return [p + q, p.doubled(), G1Projective.identity, p, -p].map(Self.hex).joined(separator: ", ")
            },
            actual: { k, l in
                guard let k = try? Self.scalar(k), let l = try? Self.scalar(l) else { return "a scalar was rejected" }
                let (p, q) = (B.G1.generator * k, B.G1.generator * l)
                guard let decoded = try? B.G1(validatingCompressed: p.compressed) else {
                    return "init(validatingCompressed:) rejected the encoding of [k]G1, \(Self.hex(p))"
                }
                return [p + q, p + p, p + -p, decoded + .identity, -p].map(Self.hex).joined(separator: ", ")
            }, sourceLocation: sourceLocation)
    }

    /// `init(validatingCompressed:)` rejects every invalid commitment and proof of the consensus-spec vectors of
    /// `verify_kzg_proof` (off the curve, outside the subgroup, badly flagged, x ≥ p, wrong length) and accepts
    /// the valid ones.
    public func groupDecoding(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let (vectors, problems) = ConsensusVectors.load("verify_kzg_proof")
        for problem in problems { Issue.record(Comment(rawValue: problem), sourceLocation: sourceLocation) }
        var encodings: [[UInt8]] = []
        for vector in vectors {
            for key in ["commitment", "proof"] {
                if let bytes = try? vector.bytes(key), !encodings.contains(bytes) { encodings.append(bytes) }
            }
        }
        checkLearnerFunction(
            "init(validatingCompressed:)", in: file, cases: encodings,
            input: { "bytes \(encodeHex($0)) (\($0.count) bytes)" },
            output: { $0 },
            expected: { bytes in
                (try? G1Affine(compressed: bytes)).map { "accepted \(encodeHex($0.compressed))" } ?? "rejected"
            },
            actual: { bytes in (try? B.G1(validatingCompressed: bytes)).map { "accepted \(Self.hex($0))" } ?? "rejected"
            },
            sourceLocation: sourceLocation)
    }

    // MARK: Layer 3, the FFT

    /// `fft` against Horner's rule at ω^0 … ω^(n−1), and `inverseFFT` back, for n = 2, 4, 16, 64.
    public func fft(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var generator = TestSeed.generator(for: "Chapter12.fft")
        let inputs = [2, 4, 16, 64].map { FFTOracle.randomElements($0, using: &generator) }
        checkLearnerFunction(
            "fft(_:), inverseFFT(_:)", in: file, cases: inputs,
            input: { "coefficients \(FFTOracle.describe($0))" },
            output: { $0 },
            expected: { coefficients in
                let values = FFTOracle.points(count: coefficients.count).map { FFTOracle.horner(coefficients, at: $0) }
                return "values \(FFTOracle.describe(values)), back \(FFTOracle.describe(coefficients))"
            },
            actual: { coefficients in
                guard var values = try? coefficients.map(Self.scalar) else { return "a value below r was rejected" }
                B.fft(&values)
                let forward = values.compactMap { try? Fr(bigEndianBytes: $0.bigEndianBytes) }
                B.inverseFFT(&values)
                let back = values.compactMap { try? Fr(bigEndianBytes: $0.bigEndianBytes) }
                return "values \(FFTOracle.describe(forward)), back \(FFTOracle.describe(back))"
            }, sourceLocation: sourceLocation)
    }

    // MARK: Layer 4, the MSM

    /// `multiScalarMultiplication` against one scalar multiplication per point (chapter 8's oracle), on random
    /// inputs of 1, 2, 3 and 64 points and on the edges: zero scalars, the identity, a repeated point, P and −P.
    public func msm(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let cases = MSMOracle.cases().filter { !$0.points.isEmpty && $0.points.count <= 64 }
        checkLearnerFunction(
            "multiScalarMultiplication(_:scalars:)", in: file, cases: cases,
            input: { MSMOracle.describe($0) },
            output: { $0 },
            expected: { Self.hex(G1Projective(MSMOracle.sum(points: $0.points, scalars: $0.scalars))) },
            actual: { item in
                guard let points = try? item.points.map(Self.point), let scalars = try? item.scalars.map(Self.scalar)
                else { return "a valid point or scalar was rejected" }
                return Self.hex(B.multiScalarMultiplication(B.msmBases(points), scalars: scalars))
            }, sourceLocation: sourceLocation)
    }

    // MARK: Layer 5, the pairing check

    /// e([a]G1, [b]G2) · e(−[ab]G1, G2) = 1 and e([a]G1, [b]G2) · e(−[ab + 1]G1, G2) ≠ 1, bilinearity as the test.
    public func pairing(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let scalars = Self.fieldElements(3, seed: "Chapter12.pairing").dropFirst(2)
        let cases = Array(zip(scalars, scalars.reversed()))
        checkLearnerFunction(
            "pairingCheck(_:_:_:_:)", in: file, cases: cases,
            input: { "a = \(Self.hex($0.0)), b = \(Self.hex($0.1))" },
            output: { $0 },
            expected: { _ in "holds for ab, fails for ab + 1" },
            actual: { a, b in
                guard let p = try? Self.point(G1Projective.generator * a),
                    let right = try? Self.point(G1Projective.generator * (a * b)),
                    let wrong = try? Self.point(G1Projective.generator * (a * b + .one)),
                    let q = try? B.G2(validatingCompressed: G2Affine(G2Projective.generator * b).compressed)
                else { return "a valid point was rejected" }
                let (prepared, generator) = (B.prepare(q), B.prepare(.generator))
                let holds = B.pairingCheck(p, prepared, -right, generator)
                let fails = !B.pairingCheck(p, prepared, -wrong, generator)
                return (holds ? "holds for ab" : "fails for ab") + (fails ? ", fails for ab + 1" : ", holds for ab + 1")
            }, sourceLocation: sourceLocation)
    }
}
