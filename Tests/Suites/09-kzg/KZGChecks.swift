import Curves
import Fields
import HiddenTestSupport
import KZG
import Polynomials
import Testing

/// Chapter 9's hidden checks, run the same way on any `KZGImplementation`: the learner's exercises or the
/// reference. Commitments and proofs are compared with `KZGOracle`'s, computed from the known secret of the small
/// setup; verifications with claims that are true or false by construction. Every check reports the first wrong case through
/// `checkLearnerFunction` or `checkLearnerProperty`.
public struct KZGChecks<Implementation: KZGImplementation>: Sendable {
    let implementation: Implementation

    public init(_ implementation: Implementation) { self.implementation = implementation }

    // MARK: Committing

    /// `commit` on the small setup against [p(τ)]G1: random polynomials, zero, a constant, one non-zero value at
    /// each position (each Lagrange point on its own, in the blob's bit-reversed order); and on the mainnet setup,
    /// the constant 1, whose commitment is G1 since the Lagrange polynomials sum to 1.
    public func commit(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var generator = TestSeed.generator(for: "Chapter09.commit")
        let domain = KZGOracle.smallSetup.domain
        var cases: [(PolynomialInEvaluationForm, TrustedSetup, G1Affine)] = []
        func small(_ values: [Fr]) {
            let polynomial = try! PolynomialInEvaluationForm(evaluations: values, domain: domain)  // n values
            cases.append((polynomial, KZGOracle.smallSetup, KZGOracle.commitment(to: polynomial)))
        }
        small([Fr](repeating: .zero, count: domain.size))
        small([Fr](repeating: Fr(3), count: domain.size))
        for index in 0..<domain.size { small((0..<domain.size).map { $0 == index ? Fr(2) : .zero }) }
        for _ in 0..<4 { small((0..<domain.size).map { _ in Fr.random(using: &generator) }) }
        let ones = try! PolynomialInEvaluationForm(evaluations: [Fr](repeating: .one, count: 4096))  // 4096 values
        cases.append((ones, KZGOracle.mainnetSetup, .generator))
        let implementation = implementation
        checkLearnerFunction(
            "commit(to:setup:)", in: file, cases: cases,
            input: { "the polynomial with \(KZGOracle.describe($0.0)) on a setup of \($0.1.domain.size) points" },
            output: { $0.description },
            expected: { $0.2 },
            actual: { implementation.commit(to: $0.0, setup: $0.1) },
            sourceLocation: sourceLocation)
    }

    // MARK: The opening proof

    /// `open` on the small setup, at random z, at 0 and at every root: the value against p(z) by interpolation, the
    /// proof against [(p(τ) − y) / (τ − z)]G1.
    public func open(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var generator = TestSeed.generator(for: "Chapter09.open")
        let domain = KZGOracle.smallSetup.domain
        var cases: [(PolynomialInEvaluationForm, z: Fr)] = []
        for z in [Fr.zero, Fr.one + Fr.one, Fr.random(using: &generator), Fr.random(using: &generator)]
            + domain.elements
        {
            cases.append((KZGOracle.randomPolynomial(domain, using: &generator), z))
        }
        let implementation = implementation
        checkLearnerFunction(
            "open(_:at:setup:)", in: file, cases: cases,
            input: { "p with \(KZGOracle.describe($0.0)), z = \($0.z), on the small setup (τ = 5)" },
            output: { (opening: Opening) in "proof \(opening.proof), value \(opening.value)" },
            expected: { polynomial, z in
                let y = KZGOracle.evaluate(polynomial, at: z)
                return Opening(proof: KZGOracle.proof(of: polynomial, at: z, value: y), value: y)
            },
            actual: { polynomial, z in
                let (proof, value) = implementation.open(polynomial, at: z, setup: KZGOracle.smallSetup)
                return Opening(proof: proof, value: value)
            },
            sourceLocation: sourceLocation)
    }

    /// A proof and its value, comparable.
    struct Opening: Equatable, Sendable {
        let proof: G1Affine
        let value: Fr
    }

    // MARK: Verifying

    /// `verify` on the small setup: honest claims at random z, at 0 and at roots, and a proof of a false value
    /// forged from the known τ (true); each part of an honest claim changed: the value, the point, the
    /// commitment, the proof, the forged proof with the true value (false).
    public func verify(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var generator = TestSeed.generator(for: "Chapter09.verify")
        let domain = KZGOracle.smallSetup.domain
        var cases: [(String, KZGOpeningClaim, Bool)] = []
        for z in [Fr.zero, Fr.random(using: &generator), domain.elements[0], domain.elements[5]] {
            let claim = KZGOracle.honestClaim(at: z, using: &generator)
            cases.append(("an honest claim at \(z)", claim, true))
            var wrong = claim
            wrong.value = claim.value + .one
            cases.append(("the value plus 1", wrong, false))
            wrong = claim
            wrong.point = claim.point + .one
            cases.append(("the point plus 1", wrong, false))
            wrong = claim
            wrong.commitment = G1Affine(G1Projective(claim.commitment).doubled())
            cases.append(("the commitment doubled", wrong, false))
            wrong = claim
            wrong.proof = G1Affine(-G1Projective(claim.proof))
            cases.append(("the proof negated", wrong, false))
            // Whoever knows τ can prove any value: π' = π − [9 / (τ − z)]G1 opens C to y + 9.
            let forgedProof = G1Affine(
                G1Affine.generator * -((KZGOracle.secret - z).inverse()! * Fr(9))
                    + G1Projective(claim.proof))
            var forged = claim
            forged.value = claim.value + Fr(9)
            forged.proof = forgedProof
            cases.append(("the value plus 9 with a proof forged from the known τ (it verifies)", forged, true))
            wrong = claim
            wrong.proof = forgedProof
            cases.append(("the forged proof for the value plus 9 with the true value", wrong, false))
        }
        let implementation = implementation
        checkLearnerFunction(
            "verify(commitment:point:value:proof:setup:)", in: file, cases: cases,
            input: { name, claim, _ in
                "\(name): commitment \(claim.commitment), point \(claim.point), value \(claim.value), proof "
                    + "\(claim.proof), on the small setup (τ = 5)"
            },
            output: { "\($0)" },
            expected: { $0.2 },
            actual: { _, claim, _ in
                implementation.verify(
                    commitment: claim.commitment, point: claim.point, value: claim.value,
                    proof: claim.proof, setup: KZGOracle.smallSetup)
            },
            sourceLocation: sourceLocation)
    }

    // MARK: Batch verification

    /// `verifyBatch` on the small setup: no claims, 1, 2 and 6 honest ones (true); one false claim among honest
    /// ones, or two proofs swapped (false); and two false claims whose errors cancel when every claim gets the same weight, values y + 9
    /// and y' − 9 with honest proofs (false with weights 1, r, r², …).
    public func verifyBatch(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var generator = TestSeed.generator(for: "Chapter09.verifyBatch")
        let honest = { (z: Fr) in KZGOracle.honestClaim(at: z, using: &generator) }
        let many = (0..<6).map { _ in honest(Fr.random(using: &generator)) }
        var oneWrong = many
        oneWrong[3].value = oneWrong[3].value + .one
        var cancelling = [honest(Fr.random(using: &generator)), honest(Fr(3))]
        cancelling[0].value = cancelling[0].value + Fr(9)
        cancelling[1].value = cancelling[1].value - Fr(9)
        var swapped = many
        (swapped[1].proof, swapped[2].proof) = (many[2].proof, many[1].proof)
        var wrongFirst = many
        wrongFirst[0].proof = G1Affine(G1Projective(wrongFirst[0].proof).doubled())
        let cases: [(String, [KZGOpeningClaim], Bool)] = [
            ("no claims", [], true),
            ("one honest claim", [many[0]], true),
            ("two honest claims", Array(many[..<2]), true),
            ("six honest claims", many, true),
            ("six claims, the value of the fourth plus 1", oneWrong, false),
            ("six claims, the proof of the first doubled", wrongFirst, false),
            ("six claims, the proofs of the second and third swapped", swapped, false),
            (
                "two claims, one value plus 9 and the other minus 9 (the errors cancel with equal weights)",
                cancelling, false
            ),
        ]
        let randomness = Fr.random(using: &generator)
        let implementation = implementation
        checkLearnerFunction(
            "verifyBatch(_:setup:randomness:)", in: file, cases: cases,
            input: { "\($0.0), on the small setup (τ = 5), randomness \(randomness)" },
            output: { "\($0)" },
            expected: { $0.2 },
            actual: { implementation.verifyBatch($0.1, setup: KZGOracle.smallSetup, randomness: randomness) },
            sourceLocation: sourceLocation)
    }
}
