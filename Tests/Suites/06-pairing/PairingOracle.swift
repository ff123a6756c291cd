import Curves
import ExtensionFields
import Fields
import GMP
import HiddenTestSupport
import Limbs

/// Chapter 6's oracle: the pairing computed the long way, independent of both implementations.
///
/// Lines are evaluated in full Fp12 on the untwisted points ψ(T) = (x_T·w⁻², y_T·w⁻³) of E(Fp12), with the slope
/// computed there, and the running point follows `Curves`' own group law; the result is scaled by w³, the
/// chapter's convention, so it equals the learner's sparse lines exactly. Final exponentiations are plain square
/// and multiply by exponents computed with GMP: slow, but with nothing in common with the Frobenius tricks and the
/// x-chain of the fast versions.
public enum PairingOracle {
    static let w = Fp12(c0: .zero, c1: .one)
    static let wCubed = w * w * w
    static let wSquaredInverse = (w * w).inverse()!
    static let wCubedInverse = wCubed.inverse()!

    static func embedded(_ a: Fp2) -> Fp12 { Fp12(c0: Fp6(c0: a, c1: .zero, c2: .zero), c1: .zero) }
    static func embedded(_ a: Fp) -> Fp12 { embedded(Fp2(c0: a, c1: .zero)) }

    /// The line through ψ(T) and ψ(Q) (the tangent if T = Q) evaluated at P, times w³.
    public static func line(through t: G2Affine, _ q: G2Affine, at p: G1Affine) -> Fp12 {
        let xT = embedded(t.x) * wSquaredInverse
        let yT = embedded(t.y) * wCubedInverse
        let slope: Fp12
        if t == q {
            let xx = xT * xT
            slope = (xx + xx + xx) * (yT + yT).inverse()!
        } else {
            let xQ = embedded(q.x) * wSquaredInverse
            let yQ = embedded(q.y) * wCubedInverse
            slope = (yQ - yT) * (xQ - xT).inverse()!
        }
        return (embedded(p.y) - yT - slope * (embedded(p.x) - xT)) * wCubed
    }

    /// f_{x,Q}(P) with the chapter's convention: the loop over |x|, then the conjugate; 1 for an identity.
    public static func millerLoop(_ p: G1Affine, _ q: G2Affine) -> Fp12 {
        if p.isIdentity || q.isIdentity { return .one }
        var f = Fp12.one
        var t = q
        for bit in (0..<63).reversed() {
            f = f * f * line(through: t, t, at: p)
            t = G2Affine(G2Projective(t).doubled())
            if (blsParameterMagnitude >> UInt64(bit)) & 1 == 1 {
                f = f * line(through: t, q, at: p)
                t = G2Affine(G2Projective(t) + q)
            }
        }
        return f.conjugate()
    }

    /// f^e by left-to-right square and multiply over the bits of e.
    public static func power(_ f: Fp12, _ exponent: GMPInteger) -> Fp12 {
        let limbs = exponent.limbs(count: (exponent.bitWidth + 63) / 64)
        var result = Fp12.one
        for bit in (0..<exponent.bitWidth).reversed() {
            result = result * result
            if (limbs[bit / 64] >> UInt64(bit % 64)) & 1 == 1 { result = result * f }
        }
        return result
    }

    static let p = GMPInteger(limbs: Fp.modulus.limbs)
    static let r = GMPInteger(limbs: Fr.modulus.limbs)

    static func pPower(_ k: Int) -> GMPInteger {
        (0..<k).reduce(GMPInteger(1)) { product, _ in product * p }
    }

    /// a / r for a multiple a of r: r is odd, so dividing is multiplying by r⁻¹ modulo a power of two above a.
    static func exactlyDividedByR(_ a: GMPInteger) -> GMPInteger {
        let twoToK = GMPInteger(1) << (a.bitWidth + 1)
        let quotient = (a * r.inverse(modulo: twoToK)!) % twoToK
        precondition(quotient * r == a, "r divides the numerator")
        return quotient
    }

    /// (p⁶ − 1)(p² + 1), the easy part's exponent.
    public static let easyExponent = (pPower(6) - GMPInteger(1)) * (pPower(2) + GMPInteger(1))
    /// 3(p⁴ − p² + 1)/r, the hard part's exponent.
    public static let hardExponent = exactlyDividedByR((pPower(4) - pPower(2) + GMPInteger(1)) * GMPInteger(3))
    /// 3(p¹² − 1)/r, the whole final exponentiation's.
    public static let finalExponent = exactlyDividedByR((pPower(12) - GMPInteger(1)) * GMPInteger(3))

    /// e(P, Q) the long way: the oracle's Miller loop, then f^(3(p¹² − 1)/r).
    public static func pairing(_ p: G1Affine, _ q: G2Affine) -> Fp12 {
        power(millerLoop(p, q), finalExponent)
    }

    /// A random element of the cyclotomic subgroup, where the hard part and exponentiation by x take their inputs.
    public static func randomCyclotomic(using generator: inout SeededGenerator) -> Fp12 {
        power(Fp12.random(using: &generator), easyExponent)
    }

    public static func randomG1(using generator: inout SeededGenerator) -> G1Affine {
        G1Affine(G1Projective.generator * Fr.random(using: &generator))
    }

    public static func randomG2(using generator: inout SeededGenerator) -> G2Affine {
        G2Affine(G2Projective.generator * Fr.random(using: &generator))
    }

    /// "e(P, Q)" for a failure message, with each point's coordinates.
    public static func describe(_ pairs: [(G1Affine, G2Affine)]) -> String {
        pairs.isEmpty ? "no pairs" : pairs.map { "(P = \($0.0), Q = \($0.1))" }.joined(separator: ", ")
    }
}
