import Curves
import ExtensionFields
import Fields
import GMP
import HiddenTestSupport
import Limbs
import Testing

/// Chapter 5's hidden checks, run the same way on any `G2Implementation`: the learner's exercises or the
/// reference. Expected answers come from `G2Oracle` (GMP, ψ by its definition in Fp12, [r]P = O by double and add)
/// or from how each case was built. Every check reports the first wrong case through `checkLearnerFunction`.
public struct G2Checks<Implementation: G2Implementation>: Sendable {
    let implementation: Implementation

    public init(_ implementation: Implementation) { self.implementation = implementation }

    // MARK: The twist equation

    /// `isOnTwist` against y² = x³ + 4 + 4u by GMP: points of the twist (true), and points of the curves a wrong
    /// constant would accept: y² = x³ + 4 over Fp2 (E's constant), y² = x³ + 4u, y² = x³ + 4 − 4u (false); a
    /// point with y off by one; (0, ±√(4ξ)); random pairs.
    public func twistEquation(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var generator = TestSeed.generator(for: "Chapter05.twistEquation")
        var cases = G2Oracle.twistPoints(random: 5, using: &generator)
        func onCurve(_ name: String, b: Fp2) {
            var added = 0
            while added < 3 {
                let x = Fp2.random(using: &generator)
                guard let y = (x.squared() * x + b).squareRoot() else { continue }
                cases.append((name, G2Affine(unchecked: x, y)))
                added += 1
            }
        }
        onCurve("a point of y² = x³ + 4 over Fp2 (E's constant, not the twist's)", b: Fp2(c0: Fp(4), c1: .zero))
        onCurve("a point of y² = x³ + 4u", b: Fp2(c0: .zero, c1: Fp(4)))
        onCurve("a point of y² = x³ + 4 − 4u (the conjugate constant)", b: Fp2(c0: Fp(4), c1: -Fp(4)))
        if let y = G2.b.squareRoot() { cases.append(("(0, √(4 + 4u))", G2Affine(unchecked: .zero, y))) }
        let g = G2Affine.generator
        cases.append(("the generator with y + 1", G2Affine(unchecked: g.x, g.y + .one)))
        cases.append(("the generator with x and y swapped", G2Affine(unchecked: g.y, g.x)))
        for _ in 0..<5 {
            cases.append(
                ("a random pair", G2Affine(unchecked: Fp2.random(using: &generator), Fp2.random(using: &generator))))
        }
        let implementation = implementation
        checkLearnerFunction(
            "isOnTwist(_:)", in: file, cases: cases,
            input: { "\($0.0): \(G2Oracle.describe($0.1))" }, output: { "\($0)" },
            expected: { G2Oracle.isOnTwist($0.1) },
            actual: { implementation.isOnTwist($0.1) }, sourceLocation: sourceLocation)
    }

    // MARK: ψ

    /// The two constants against the images of 1 under untwist, Frobenius (by exponentiation in Fp12), twist.
    public func psiCoefficients(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let implementation = implementation
        checkLearnerFunction(
            "PsiCoefficients.derived()", in: file, cases: [()],
            input: { _ in "ξ^(−(p−1)/3) and ξ^(−(p−1)/2) for ξ = 1 + u" },
            output: { (pair: CoefficientPair) in "x: \(pair.x), y: \(pair.y)" },
            expected: { _ in
                let (x, y) = G2Oracle.psiCoefficients()
                return CoefficientPair(x: x, y: y)
            },
            actual: { _ in
                let (x, y) = implementation.psiCoefficients()
                return CoefficientPair(x: x, y: y)
            }, sourceLocation: sourceLocation)
    }

    /// ψ against its definition in Fp12, on points of G2 and of the twist outside it, each with a random Z (whose
    /// Frobenius matters), the identity included.
    public func psi(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var generator = TestSeed.generator(for: "Chapter05.psi")
        var cases: [(String, G2Projective)] = []
        for (name, point) in G2Oracle.twistPoints(random: 5, using: &generator) {
            cases.append((name + ", Z = 1", G2Projective(point)))
            cases.append((name, G2Oracle.withRandomZ(G2Projective(point), using: &generator)))
        }
        let implementation = implementation
        checkLearnerFunction(
            "psi(_:)", in: file, cases: cases,
            input: { "ψ of \($0.0): \(G2Oracle.describe($0.1))" }, output: G2Oracle.describe,
            expected: { G2Projective(G2Oracle.psi(G2Affine($0.1))) },
            actual: { implementation.psi($0.1) }, sourceLocation: sourceLocation)
    }

    // MARK: The subgroup check

    /// Membership in G2 against [r]P = O: the identity and points of G2 (true), points of the twist outside G2,
    /// points of order 13 and 23, a point of G2 plus one of order 13, the worked example's point (false); random Z.
    public func subgroupCheck(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var generator = TestSeed.generator(for: "Chapter05.subgroupCheck")
        var cases: [(String, G2Projective)] = []
        for (name, point) in G2Oracle.twistPoints(random: 8, using: &generator) {
            cases.append((name, G2Oracle.withRandomZ(G2Projective(point), using: &generator)))
        }
        let implementation = implementation
        checkLearnerFunction(
            "isInG2(_:)", in: file, cases: cases,
            input: { "\($0.0): \(G2Oracle.describe($0.1))" }, output: { "\($0)" },
            expected: { G2Oracle.isInG2($0.1) },
            actual: { implementation.isInG2($0.1) }, sourceLocation: sourceLocation)
    }

    // MARK: The encoding

    /// The sign bit against comparing (c1, c0) with (p − c1, p − c0) by GMP: zero, ±1, ±u, c1 = 0 with c0 on
    /// either side of (p − 1)/2, c1 on either side of it with c0 = 0 and c0 large, random elements of Fp (c1 = 0)
    /// and of Fp2.
    public func sign(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var generator = TestSeed.generator(for: "Chapter05.sign")
        let half = try! Fp(canonical: Fp.modulus.shiftedRight(by: 1))  // (p − 1)/2 < p
        let aboveHalf = half + .one
        let smallAndLarge: [Fp] = [.zero, .one, Fp(2), half, aboveHalf, -Fp.one, -Fp(2)]
        var cases: [Fp2] = []
        for c1 in smallAndLarge { for c0 in smallAndLarge { cases.append(Fp2(c0: c0, c1: c1)) } }
        for _ in 0..<100 { cases.append(Fp2(c0: Fp.random(using: &generator), c1: .zero)) }
        for _ in 0..<100 { cases.append(Fp2(c0: .zero, c1: Fp.random(using: &generator))) }
        for _ in 0..<200 { cases.append(Fp2.random(using: &generator)) }
        let implementation = implementation
        checkLearnerFunction(
            "isLexicographicallyLargest(_:)", in: file, cases: cases,
            input: { "y = \($0) (−y = \(-$0))" }, output: { "\($0)" },
            expected: { G2Oracle.isLexicographicallyLargest($0) },
            actual: { implementation.isLexicographicallyLargest($0) }, sourceLocation: sourceLocation)
    }

    /// The 96 bytes against the oracle's, written out from GMP's big-endian bytes: the identity, the generator and
    /// its negative, random points of G2 and their negatives (one of each pair has the sign flag).
    public func compress(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var generator = TestSeed.generator(for: "Chapter05.compress")
        var cases: [(String, G2Affine)] = [
            ("the identity", .identity), ("the generator", .generator), ("−(the generator)", -.generator),
        ]
        for _ in 0..<20 {
            let point = G2Oracle.randomG2(using: &generator)
            cases.append(("a random point of G2", point))
            cases.append(("its negative", -point))
        }
        let implementation = implementation
        checkLearnerFunction(
            "compress(_:)", in: file, cases: cases,
            input: { "\($0.0): \(G2Oracle.describe($0.1))" }, output: G2Oracle.hex,
            expected: { G2Oracle.compressed($0.1) },
            actual: { implementation.compress($0.1) }, sourceLocation: sourceLocation)
    }

    /// Decoding, with every case's answer known from how it was built: encodings of points of G2 and of the
    /// identity (the point); each flag wrong; wrong lengths; either half of x at or above p, including x.c0 + p and
    /// x.c1 + p for a valid x; an x off the twist (GMP's Legendre symbol); points of the twist outside G2 and of
    /// order 13 (`notInSubgroup`).
    public func decompress(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var generator = TestSeed.generator(for: "Chapter05.decompress")
        typealias Outcome = Result<G2Affine, PointDecodingError>
        var cases: [(String, [UInt8], Outcome)] = []
        func add(_ name: String, _ bytes: [UInt8], _ outcome: Outcome) { cases.append((name, bytes, outcome)) }

        let identity = [UInt8(0xc0)] + [UInt8](repeating: 0, count: 95)
        add("the identity", identity, .success(.identity))
        add("the generator", G2Oracle.compressed(.generator), .success(.generator))
        add("−(the generator)", G2Oracle.compressed(-.generator), .success(-.generator))
        for _ in 0..<8 {
            let point = G2Oracle.randomG2(using: &generator)
            add("a random point of G2", G2Oracle.compressed(point), .success(point))
            add("its negative", G2Oracle.compressed(-point), .success(-point))
        }
        // The sign flag flipped names the other root: still a point of G2.
        var flipped = G2Oracle.compressed(.generator)
        flipped[0] ^= 0x20
        add("the generator with its sign flag flipped", flipped, .success(-.generator))

        for length in [0, 1, 48, 95, 97, 192] {
            let bytes = Array((G2Oracle.compressed(.generator) + [UInt8](repeating: 0, count: 96)).prefix(length))
            add("\(length) bytes", bytes, .failure(.wrongLength(expected: 96, got: length)))
        }
        var uncompressed = G2Oracle.compressed(.generator)
        uncompressed[0] &= 0x7f
        add("the generator without the compression flag", uncompressed, .failure(.missingCompressionFlag))
        add(
            "the identity without the compression flag", [0x40] + identity.dropFirst(),
            .failure(.missingCompressionFlag))
        add("all zeros", [UInt8](repeating: 0, count: 96), .failure(.missingCompressionFlag))
        add("the identity with the sign flag", [0xe0] + identity.dropFirst(), .failure(.nonCanonicalInfinity))
        add(
            "the identity with a low bit of the first byte", [0xc1] + identity.dropFirst(),
            .failure(.nonCanonicalInfinity))
        var lastByte = identity
        lastByte[95] = 1
        add("the identity with its last byte 1", lastByte, .failure(.nonCanonicalInfinity))
        var generatorAsInfinity = G2Oracle.compressed(.generator)
        generatorAsInfinity[0] = (generatorAsInfinity[0] & 0x1f) | 0xc0
        add("the generator's x with the infinity flag", generatorAsInfinity, .failure(.nonCanonicalInfinity))

        // Halves at or above p. x.c0 + p and x.c1 + p would decode to a point of G2 if reduced modulo p.
        let pBytes = G2Oracle.p.bigEndianBytes(count: 48)
        let g = G2Affine.generator
        let c0Bytes = G2Oracle.gmp(g.x.c0).bigEndianBytes(count: 48)
        let c1Bytes = G2Oracle.gmp(g.x.c1).bigEndianBytes(count: 48)
        func encoding(c1: [UInt8], c0: [UInt8], flags: UInt8 = 0x80) -> [UInt8] {
            var bytes = c1 + c0
            bytes[0] |= flags
            return bytes
        }
        add("x.c1 = p", encoding(c1: pBytes, c0: c0Bytes), .failure(.coordinateNotCanonical))
        add("x.c0 = p", encoding(c1: c1Bytes, c0: pBytes), .failure(.coordinateNotCanonical))
        add(
            "x.c1 = 2^381 − 1", encoding(c1: [0x1f] + [UInt8](repeating: 0xff, count: 47), c0: c0Bytes),
            .failure(.coordinateNotCanonical))
        add(
            "x.c0 = 2^384 − 1", encoding(c1: c1Bytes, c0: [UInt8](repeating: 0xff, count: 48)),
            .failure(.coordinateNotCanonical))
        add(
            "the generator's x.c0 + p",
            encoding(c1: c1Bytes, c0: (G2Oracle.gmp(g.x.c0) + G2Oracle.p).bigEndianBytes(count: 48)),
            .failure(.coordinateNotCanonical))
        // A point of G2 whose x.c1 is small enough for x.c1 + p to fit in the 381 bits below the flags.
        var shiftedC1: [UInt8]?
        let limit = (GMPInteger(1) << 381) - G2Oracle.p
        while shiftedC1 == nil {
            let point = G2Oracle.randomG2(using: &generator)
            let c1 = G2Oracle.gmp(point.x.c1)
            if c1 < limit {
                shiftedC1 = encoding(
                    c1: (c1 + G2Oracle.p).bigEndianBytes(count: 48),
                    c0: G2Oracle.gmp(point.x.c0).bigEndianBytes(count: 48))
            }
        }
        add("a point of G2 with x.c1 + p", shiftedC1!, .failure(.coordinateNotCanonical))

        // Off the twist: x³ + b not a square.
        var offTwist = 0
        while offTwist < 3 {
            let x = Fp2.random(using: &generator)
            if G2Oracle.xIsOnTwist(x) { continue }
            let bytes = encoding(
                c1: G2Oracle.gmp(x.c1).bigEndianBytes(count: 48), c0: G2Oracle.gmp(x.c0).bigEndianBytes(count: 48))
            add("an x with x³ + 4 + 4u not a square", bytes, .failure(.notOnCurve))
            offTwist += 1
        }
        // On the twist, outside G2: whichever root the flag picks.
        var outside: [(String, G2Affine)] = [
            ("the worked example's point (x = 2)", G2Oracle.workedExample),
            ("a point of order 13", G2Oracle.order13), ("a point of order 23", G2Oracle.order23),
        ]
        for _ in 0..<3 {
            outside.append(("a point of the twist outside G2", G2Oracle.randomTwistPoint(using: &generator)))
        }
        for (name, point) in outside {
            add(name, G2Oracle.compressed(point), .failure(.notInSubgroup))
            add(name + ", negated", G2Oracle.compressed(-point), .failure(.notInSubgroup))
        }

        let implementation = implementation
        checkLearnerFunction(
            "decompress(_:)", in: file, cases: cases,
            input: { "\($0.0): \(G2Oracle.hex($0.1))" },
            output: { (outcome: Outcome) in
                switch outcome {
                case .success(let point): G2Oracle.describe(point)
                case .failure(let error): "throws .\(error) (\(error.description))"
                }
            },
            expected: { $0.2 },
            actual: { _, bytes, _ in
                Result { () throws(PointDecodingError) in try implementation.decompress(bytes) }
            }, sourceLocation: sourceLocation)
    }
}

/// ψ's two constants, comparable.
struct CoefficientPair: Equatable, Sendable {
    let x: Fp2
    let y: Fp2
}

/// The cofactor-clearing check, learner only (the reference has no `clear_cofactor`): [h_eff]P by double and add,
/// on the identity, G2 points, points of the twist outside G2, small-order points, each with a random Z; and the
/// result must be in G2 ([r]Q = O).
public enum CofactorClearingChecks {
    public static func clearCofactor(
        file: String, _ function: @escaping @Sendable (G2Projective) -> G2Projective,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        var generator = TestSeed.generator(for: "Chapter05.clearCofactor")
        var cases: [(String, G2Projective)] = []
        for (name, point) in G2Oracle.twistPoints(random: 3, using: &generator) {
            cases.append((name, G2Oracle.withRandomZ(G2Projective(point), using: &generator)))
        }
        checkLearnerFunction(
            "clearCofactor(_:)", in: file, cases: cases,
            input: { "[h_eff] of \($0.0): \(G2Oracle.describe($0.1))" }, output: G2Oracle.describe,
            expected: { G2Oracle.multiply($0.1, by: G2Oracle.effectiveCofactor) },
            actual: { function($0.1) }, sourceLocation: sourceLocation)
    }
}
