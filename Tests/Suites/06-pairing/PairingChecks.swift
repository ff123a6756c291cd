import Curves
import ExtensionFields
import Fields
import HiddenTestSupport
import Testing

/// Chapter 6's hidden checks, run the same way on any `PairingImplementation`: the learner's exercises or the
/// reference. Values are compared with `PairingOracle`'s, computed the long way, and with the algebraic
/// properties every pairing has. Every check reports the first wrong case through `checkLearnerFunction` or
/// `checkLearnerProperty`.
public struct PairingChecks<Implementation: PairingImplementation>: Sendable {
    let implementation: Implementation

    public init(_ implementation: Implementation) { self.implementation = implementation }

    // MARK: The final exponentiation

    /// `finalExponentiation` against f^(3(p¹² − 1)/r) by plain square and multiply: random elements of Fp12, 1,
    /// and an element of the subfield Fp2, which every final exponentiation sends to 1.
    public func finalExponentiation(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var generator = TestSeed.generator(for: "Chapter06.finalExponentiation")
        var cases: [Fp12] = [.one, PairingOracle.embedded(Fp2.random(using: &generator))]
        for _ in 0..<2 { cases.append(Fp12.random(using: &generator)) }
        let implementation = implementation
        checkLearnerFunction(
            "finalExponentiation(_:)", in: file, cases: cases,
            input: { "f = \($0)" },
            output: { $0.description },
            expected: { PairingOracle.power($0, PairingOracle.finalExponent) },
            actual: { implementation.finalExponentiation($0) },
            sourceLocation: sourceLocation)
    }

    // MARK: The pairing

    /// `pairing` against the oracle's pairing: the generators, random points, the identity on either side.
    public func pairingValues(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var generator = TestSeed.generator(for: "Chapter06.pairingValues")
        var cases: [(G1Affine, G2Affine)] = [
            (.generator, .generator), (.identity, .generator), (.generator, .identity),
        ]
        for _ in 0..<2 {
            cases.append((PairingOracle.randomG1(using: &generator), PairingOracle.randomG2(using: &generator)))
        }
        let implementation = implementation
        checkLearnerFunction(
            "pairing(_:_:)", in: file, cases: cases,
            input: { "P = \($0.0), Q = \($0.1)" },
            output: { $0.description },
            expected: { PairingOracle.pairing($0.0, $0.1) },
            actual: { implementation.pairing($0.0, $0.1) },
            sourceLocation: sourceLocation)
    }

    /// What makes a pairing a pairing, on random points and scalars: e([a]P, [b]Q) = e(P, Q)^(ab),
    /// e(P₁ + P₂, Q) = e(P₁, Q)·e(P₂, Q), e(−P, Q)·e(P, Q) = 1 = e(P, −Q)·e(P, Q), e(P, Q)^r = 1, and
    /// e(G1, G2) ≠ 1.
    public func pairingProperties(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var generator = TestSeed.generator(for: "Chapter06.pairingProperties")
        var cases = [PropertyCase(p: .generator, q: .generator, a: Fr(2), b: Fr(3), otherP: .generator)]
        cases.append(
            PropertyCase(
                p: PairingOracle.randomG1(using: &generator), q: PairingOracle.randomG2(using: &generator),
                a: Fr.random(using: &generator), b: Fr.random(using: &generator),
                otherP: PairingOracle.randomG1(using: &generator)))
        let implementation = implementation
        checkLearnerProperty(
            "pairing(_:_:)", in: file, cases: cases,
            input: { "P = \($0.p), Q = \($0.q), a = \($0.a), b = \($0.b), P₂ = \($0.otherP)" },
            holds: { item in
                let e = implementation.pairing(item.p, item.q)
                if e.isOne || e.isZero { return "e(P, Q) = \(e): a pairing of non-identity points is not 1" }
                if !e.pow(Fr.modulus).isOne { return "e(P, Q)^r ≠ 1: the value is not in GT (\(e))" }
                let left = implementation.pairing(G1Affine(item.p * item.a), G2Affine(item.q * item.b))
                if left != e.pow((item.a * item.b).canonical) {
                    return "e([a]P, [b]Q) = \(left), but e(P, Q)^(ab) = \(e.pow((item.a * item.b).canonical))"
                }
                if implementation.pairing(-item.p, item.q) * e != .one {
                    return "e(−P, Q)·e(P, Q) ≠ 1 (e(−P, Q) = \(implementation.pairing(-item.p, item.q)))"
                }
                if implementation.pairing(item.p, -item.q) * e != .one {
                    return "e(P, −Q)·e(P, Q) ≠ 1 (e(P, −Q) = \(implementation.pairing(item.p, -item.q)))"
                }
                let sum = G1Affine(G1Projective(item.p) + item.otherP)
                if implementation.pairing(sum, item.q) != e * implementation.pairing(item.otherP, item.q) {
                    return "e(P + P₂, Q) ≠ e(P, Q)·e(P₂, Q)"
                }
                return nil
            },
            sourceLocation: sourceLocation)
    }

    // MARK: Products of pairings

    /// The Miller loop of several pairs, after the oracle's final exponentiation, against the product of the
    /// oracle's pairings (exactly the product of their Miller loops, exponentiated once): no pairs, one, two,
    /// and four with the identity on each side once.
    public func productMillerLoop(
        function: String, file: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        var generator = TestSeed.generator(for: "Chapter06.productMillerLoop")
        func randomPair() -> (G1Affine, G2Affine) {
            (PairingOracle.randomG1(using: &generator), PairingOracle.randomG2(using: &generator))
        }
        let cases: [[(G1Affine, G2Affine)]] = [
            [], [randomPair()], [randomPair(), randomPair()],
            [randomPair(), (.identity, .generator), (.generator, .identity), randomPair()],
        ]
        let implementation = implementation
        checkLearnerFunction(
            function, in: file, cases: cases,
            input: { "pairs \(PairingOracle.describe($0)), compared after f ↦ f^(3(p¹² − 1)/r)" },
            output: { $0.description },
            expected: { pairs in
                let product = pairs.reduce(Fp12.one) { $0 * PairingOracle.millerLoop($1.0, $1.1) }
                return PairingOracle.power(product, PairingOracle.finalExponent)
            },
            actual: { PairingOracle.power(implementation.millerLoop($0), PairingOracle.finalExponent) },
            sourceLocation: sourceLocation)
    }

    /// `pairingProductIsOne` on products that are 1 by bilinearity (balanced pairs, the KZG verification equation
    /// for an honest opening with a known secret, no pairs, pairs with the identity) and on products that are not
    /// (one pair, an unbalanced pair, a KZG claim with a wrong value or a wrong proof).
    public func pairingProductIsOne(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var generator = TestSeed.generator(for: "Chapter06.pairingProductIsOne")
        let p = PairingOracle.randomG1(using: &generator)
        let q = PairingOracle.randomG2(using: &generator)
        let a = Fr.random(using: &generator)
        let b = Fr.random(using: &generator)
        let aP = G1Affine(p * a)
        let aQ = G2Affine(q * a)
        var cases: [(String, [(G1Affine, G2Affine)], Bool)] = [
            ("no pairs", [], true),
            ("e(P, Q)", [(p, q)], false),
            ("e(P, Q)·e(−P, Q)", [(p, q), (-p, q)], true),
            ("e([a]P, Q)·e(−P, [a]Q)", [(aP, q), (-p, aQ)], true),
            ("e([a]P, Q)·e(−P, [a + 1]Q)", [(aP, q), (-p, G2Affine(q * (a + .one)))], false),
            (
                "e([a]P, Q)·e([b]P, Q)·e(−[a + b]P, Q)", [(aP, q), (G1Affine(p * b), q), (-G1Affine(p * (a + b)), q)],
                true
            ),
            ("e(P, Q)·e(−P, Q)·e(O, Q)·e(P, O)", [(p, q), (-p, q), (.identity, q), (p, .identity)], true),
        ]
        // KZG's check with a secret τ known to the test: C = [c]G1 commits to a polynomial with p(τ) = c, and the
        // proof that p(z) = y is π = [(c − y)/(τ − z)]G1; then e(C − [y]G1, −G2)·e(π, [τ − z]G2) = 1.
        let tau = Fr.random(using: &generator)
        let c = Fr.random(using: &generator)
        let z = Fr.random(using: &generator)
        let y = Fr.random(using: &generator)
        let proof = G1Affine(G1Affine.generator * ((c - y) * (tau - z).inverse()!))
        let tauMinusZ = G2Affine(G2Affine.generator * tau - G2Affine.generator * z)
        func kzgPairs(value: Fr, proof: G1Affine) -> [(G1Affine, G2Affine)] {
            [(G1Affine(G1Affine.generator * (c - value)), -G2Affine.generator), (proof, tauMinusZ)]
        }
        cases.append(("KZG: an honest opening", kzgPairs(value: y, proof: proof), true))
        cases.append(("KZG: the value plus 1", kzgPairs(value: y + .one, proof: proof), false))
        cases.append(
            ("KZG: the proof doubled", kzgPairs(value: y, proof: G1Affine(G1Projective(proof).doubled())), false))
        let implementation = implementation
        checkLearnerFunction(
            "pairingProductIsOne(_:)", in: file, cases: cases,
            input: { "\($0.0): \(PairingOracle.describe($0.1))" },
            output: { "\($0)" },
            expected: { $0.2 },
            actual: { implementation.pairingProductIsOne($0.1) },
            sourceLocation: sourceLocation)
    }

    /// Points and scalars for `pairingProperties`.
    struct PropertyCase: Sendable {
        let p: G1Affine
        let q: G2Affine
        let a: Fr
        let b: Fr
        let otherP: G1Affine
    }
}
