import Chapter09Exercises
import Chapter09Suites
import Curves
import Fields
import HiddenTestSupport
import KZG
import Testing

/// `kzg-setup`: the small setup (τ = 5) and the mainnet one pass; one point doubled anywhere in either list, two
/// secrets, a shifted list or lists off the generators fail.
///
/// This check is the learner's alone: the reference checks a setup as it loads it, from all three lists, and has
/// no function over the two monomial lists to run it on. It uses the shared oracle of `Tests/Suites/09-kzg`.
@Suite struct SetupCheckTests {
    @Test func powersOfOneSecret() { Self.check(file: Learner.file("SetupCheck.swift")) }

    /// A setup case: the two lists and whether they are powers of one secret from the generators.
    struct SetupCase: Sendable {
        let name: String
        let g1: [G1Affine]
        let g2: [G2Affine]
        let consistent: Bool
    }

    /// `setupIsConsistent` on the small setup (true), on copies with one point damaged anywhere in either list, on
    /// lists of two secrets, on lists scaled away from the generators (false), and on the mainnet setup (true).
    static func check(file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var generator = TestSeed.generator(for: "Chapter09.setupIsConsistent")
        let setup = KZGOracle.smallSetup
        let (g1, g2) = (setup.g1Monomial, setup.g2Monomial)
        var cases = [SetupCase(name: "the small setup, τ = 5", g1: g1, g2: g2, consistent: true)]
        for index in [1, 2, 7, g1.count - 1] {
            var damaged = g1
            damaged[index] = G1Affine(G1Projective(damaged[index]).doubled())
            cases.append(
                SetupCase(
                    name: "the small setup with [τ^\(index)]G1 doubled", g1: damaged, g2: g2,
                    consistent: false))
        }
        for index in [2, g2.count - 1] {
            var damaged = g2
            damaged[index] = G2Affine(G2Projective(damaged[index]).doubled())
            cases.append(
                SetupCase(
                    name: "the small setup with [τ^\(index)]G2 doubled", g1: g1, g2: damaged,
                    consistent: false))
        }
        let other = try! TrustedSetup.insecureForTesting(secret: Fr(7), size: 16, g2Count: 8)  // valid sizes
        cases.append(
            SetupCase(
                name: "G1 powers of 5, G2 powers of 7", g1: g1, g2: other.g2Monomial,
                consistent: false))
        cases.append(
            SetupCase(
                name: "G1 powers of 5 from [τ^1]G1 on (the list shifted by one)",
                g1: Array(g1.dropFirst()) + [G1Affine(G1Projective(g1.last!) * KZGOracle.secret)],
                g2: g2, consistent: false))
        cases.append(
            SetupCase(
                name: "every G1 power tripled", g1: g1.map { G1Affine($0 * Fr(3)) }, g2: g2,
                consistent: false))
        cases.append(
            SetupCase(
                name: "the mainnet setup", g1: KZGOracle.mainnetSetup.g1Monomial,
                g2: KZGOracle.mainnetSetup.g2Monomial, consistent: true))
        let randomness = Fr.random(using: &generator)
        checkLearnerFunction(
            "setupIsConsistent(g1Monomial:g2Monomial:randomness:)", in: file, cases: cases,
            input: { "\($0.name): \($0.g1.count) G1 and \($0.g2.count) G2 points, randomness \(randomness)" },
            output: { "\($0)" },
            expected: { $0.consistent },
            actual: {
                Chapter09Exercises.setupIsConsistent(g1Monomial: $0.g1, g2Monomial: $0.g2, randomness: randomness)
            },
            sourceLocation: sourceLocation)
    }
}
