import Curves
import Fields
import Foundation
import HiddenTestSupport
import KZG
import Polynomials

/// Chapter 9's oracle: a setup whose secret τ is known, so that [p(τ)]G1 is one scalar multiplication of the
/// generator by p(τ), and p(τ) is computed by Lagrange interpolation written out term by term (quadratic, and
/// independent of any FFT, barycentric formula or MSM).
public enum KZGOracle {
    /// τ of the small setup: small enough to follow by hand, and not a root of unity of any domain used here.
    public static let secret = Fr(5)

    /// The insecure setup of 16 G1 points and 8 G2 points with secret `secret`, built once.
    public static let smallSetup: TrustedSetup = try! TrustedSetup.insecureForTesting(
        secret: secret, size: 16,
        g2Count: 8)  // valid sizes

    /// The mainnet setup committed in `Data/kzg`, loaded once (a few seconds: every point is decoded and checked).
    public static let mainnetSetup: TrustedSetup = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let path = root.appendingPathComponent("Data/kzg/trusted_setup.txt").path
        do {
            return try TrustedSetup(contentsOfFile: path)
        } catch {
            fatalError("the mainnet setup at \(path) does not load: \(error)")
        }
    }()

    /// p(x) for the polynomial with `values` at `roots`: Σ_i values[i] · Π_{j≠i} (x − ω_j) / (ω_i − ω_j).
    public static func interpolate(_ values: [Fr], at roots: [Fr], x: Fr) -> Fr {
        var sum = Fr.zero
        for i in roots.indices {
            var term = values[i]
            for j in roots.indices where j != i {
                term = term * (x - roots[j]) * (roots[i] - roots[j]).inverse()!  // distinct roots
            }
            sum = sum + term
        }
        return sum
    }

    /// p(x) for a polynomial in evaluation form.
    public static func evaluate(_ polynomial: PolynomialInEvaluationForm, at x: Fr) -> Fr {
        interpolate(polynomial.evaluations, at: polynomial.domain.bitReversedElements, x: x)
    }

    /// [p(τ)]G1 on the small setup, by one scalar multiplication.
    public static func commitment(to polynomial: PolynomialInEvaluationForm) -> G1Affine {
        G1Affine(G1Affine.generator * evaluate(polynomial, at: secret))
    }

    /// The honest proof [(p(τ) − y) / (τ − z)]G1 on the small setup, for z ≠ τ.
    public static func proof(of polynomial: PolynomialInEvaluationForm, at z: Fr, value y: Fr) -> G1Affine {
        let q = (evaluate(polynomial, at: secret) - y) * (secret - z).inverse()!  // z ≠ τ
        return G1Affine(G1Affine.generator * q)
    }

    /// A random polynomial on `domain`.
    public static func randomPolynomial(_ domain: EvaluationDomain, using generator: inout SeededGenerator)
        -> PolynomialInEvaluationForm
    {
        try! PolynomialInEvaluationForm(
            evaluations: (0..<domain.size).map { _ in Fr.random(using: &generator) },
            domain: domain)  // one value per root
    }

    /// An honest claim on the small setup: a random polynomial opened at z.
    public static func honestClaim(at z: Fr, using generator: inout SeededGenerator) -> KZGOpeningClaim {
        let polynomial = randomPolynomial(smallSetup.domain, using: &generator)
        let y = evaluate(polynomial, at: z)
        return KZGOpeningClaim(
            commitment: commitment(to: polynomial), point: z, value: y,
            proof: proof(of: polynomial, at: z, value: y))
    }

    /// "n values [v0, v1, …]".
    public static func describe(_ polynomial: PolynomialInEvaluationForm) -> String {
        let shown = polynomial.evaluations.prefix(2).map(\.description).joined(separator: ", ")
        return "\(polynomial.domain.size) values [\(shown)\(polynomial.domain.size > 2 ? ", …" : "")]"
    }
}
