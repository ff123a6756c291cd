import Curves
import Fields
import Polynomials

extension TrustedSetup {
    /// A setup built from a secret the caller knows, for teaching and tests only: anyone who knows `secret` can
    /// open a commitment to any value, so nothing committed with it is binding. Real use needs the ceremony's
    /// output (`init(contentsOfFile:)`), whose secret nobody knows.
    ///
    /// - Parameters:
    ///   - secret: s. If s is one of the roots of unity, the Lagrange points degenerate (one generator, the
    ///     rest infinity), as the math says they should.
    ///   - size: n, the number of G1 points (a power of two, at least 2); `g2Count` G2 points (at least 2).
    /// - Throws: `TrustedSetupError.unsupportedSize`.
    public static func insecureForTesting(secret: Fr, size: Int, g2Count: Int = 65) throws(TrustedSetupError)
        -> TrustedSetup
    {
        guard g2Count >= 2 else { throw .unsupportedSize(g2Count) }
        guard size >= 2 else { throw .unsupportedSize(size) }
        let domain: EvaluationDomain
        do {
            domain = try EvaluationDomain(size: size)
        } catch {
            throw .unsupportedSize(size)
        }
        let powers = powersOf(secret, count: max(size, g2Count))
        let lagrangeScalars = lagrangeBasis(at: secret, domain: domain)
        let g1Monomial = multiplyInParallel(G1Affine.generator, by: Array(powers[..<size]))
        let g1Lagrange = multiplyInParallel(G1Affine.generator, by: lagrangeScalars)
        let g2Monomial = multiplyInParallel(G2Affine.generator, by: Array(powers[..<g2Count]))
        return try TrustedSetup(
            lagrangeInNaturalOrder: g1Lagrange, g1Monomial: g1Monomial,
            g2Monomial: g2Monomial, domain: domain)
    }

    /// L_i(s) for the natural-order roots ω^i: (s^n - 1) / n · ω^i / (s - ω^i), or the indicator of s when s is a
    /// root (the formula divides by zero there).
    private static func lagrangeBasis(at secret: Fr, domain: EvaluationDomain) -> [Fr] {
        if let root = domain.elements.firstIndex(of: secret) {
            return domain.elements.indices.map { $0 == root ? .one : .zero }
        }
        var denominators = domain.elements.map { secret - $0 }
        Fr.batchInverse(&denominators)
        let factor = (secret.pow(UInt64(domain.size)) - .one) * Fr(UInt64(domain.size)).inverse()!
        return domain.elements.indices.map { factor * domain.elements[$0] * denominators[$0] }
    }

    private static func powersOf(_ base: Fr, count: Int) -> [Fr] {
        var powers = [Fr](repeating: .one, count: count)
        for index in 1..<count { powers[index] = powers[index - 1] * base }
        return powers
    }
}

/// [k]B for each k, on all cores.
private func multiplyInParallel<Curve>(_ base: AffinePoint<Curve>, by scalars: [Fr]) -> [AffinePoint<Curve>] {
    ParallelSlots.map(count: scalars.count) { AffinePoint(base * scalars[$0]) }
}
