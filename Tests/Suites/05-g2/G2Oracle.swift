import Curves
import ExtensionFields
import Fields
import GMP
import HiddenTestSupport
import Limbs

/// Chapter 5's oracle, independent of the code under test: the twist equation and the sign of an Fp2 element with
/// GMP, ψ as its definition (untwist into Fp12, raise to the p-th power, twist back), membership in G2 as
/// [r]P = O and cofactor clearing as [h_eff]P by plain double and add over the reference's group law, and the
/// compressed encoding byte by byte from GMP's big-endian bytes. It also makes the inputs: points of G2, points
/// of the twist outside G2, points of small order.
public enum G2Oracle {
    /// The base field's prime p and G1's and G2's order r.
    public static let p = GMPInteger(limbs: Fp.modulus.limbs)
    public static let r = GMPInteger(limbs: Fr.modulus.limbs)
    /// The cofactor h2 of G2: #E'(Fp2) = h2·r (Bowe 2017; Budroni and Pintore, eprint 2017/419).
    public static let h2 = GMPInteger(
        hex:
            "5d543a95414e7f1091d50792876a202cd91de4547085abaa68a205b2e5a7ddfa628f1cb4d9e82ef21537e293a6691ae1616ec6e786f0c70cf1c38e31c7238e5"
    )!
    /// h_eff = 3(x² − 1)·h2, the multiplier of RFC 9380's `clear_cofactor` for G2 (§8.8.2).
    public static let effectiveCofactor = GMPInteger(
        hex:
            "bc69f08f2ee75b3584c6a0ea91b352888e2a8e9145ad7689986ff031508ffe1329c2f178731db956d82bf015d1212b02ec0ec69d7477c1ae954cbc06689f6a359894c0adebbf6b4e8020005aaa95551"
    )!

    // MARK: Fp2 with GMP

    static func gmp(_ a: Fp) -> GMPInteger { GMPInteger(limbs: a.canonical.limbs) }

    static func fp(_ a: GMPInteger) -> Fp {
        try! Fp(canonical: UInt384(limbs: (a % p).limbs(count: 6)))  // reduced mod p
    }

    /// (a0 + a1·u)(b0 + b1·u) with u² = −1, reduced mod p.
    static func multiply(_ a: (GMPInteger, GMPInteger), _ b: (GMPInteger, GMPInteger)) -> (GMPInteger, GMPInteger) {
        ((a.0 * b.0 - a.1 * b.1) % p, (a.0 * b.1 + a.1 * b.0) % p)
    }

    /// y² = x³ + 4 + 4u, computed with GMP; (0, 0), the identity, counts.
    public static func isOnTwist(_ point: G2Affine) -> Bool {
        if point.isIdentity { return true }
        let x = (gmp(point.x.c0), gmp(point.x.c1))
        let y = (gmp(point.y.c0), gmp(point.y.c1))
        let ySquared = multiply(y, y)
        let xCubed = multiply(multiply(x, x), x)
        return ySquared.0 == (xCubed.0 + GMPInteger(4)) % p && ySquared.1 == (xCubed.1 + GMPInteger(4)) % p
    }

    /// Whether y sorts above −y with c1 compared first, then c0: the two pairs compared as integers with GMP.
    public static func isLexicographicallyLargest(_ y: Fp2) -> Bool {
        let (c0, c1) = (gmp(y.c0), gmp(y.c1))
        let (minus0, minus1) = ((p - c0) % p, (p - c1) % p)
        if !(c1 == minus1) { return minus1 < c1 }
        return minus0 < c0
    }

    /// x³ + 4 + 4u has a square root in Fp2 exactly when its norm c0² + c1² is a square in Fp (Legendre symbol by
    /// GMP).
    public static func xIsOnTwist(_ x: Fp2) -> Bool {
        let gx = (gmp(x.c0), gmp(x.c1))
        let cube = multiply(multiply(gx, gx), gx)
        let value = ((cube.0 + GMPInteger(4)) % p, (cube.1 + GMPInteger(4)) % p)
        let norm = (value.0 * value.0 + value.1 * value.1) % p
        return norm.legendre(p) >= 0
    }

    // MARK: ψ from its definition

    static func embed(_ a: Fp2) -> Fp12 { Fp12(c0: Fp6(c0: a, c1: .zero, c2: .zero), c1: .zero) }
    static let w = Fp12(c0: .zero, c1: .one)
    static let wSquared = w * w
    static let wCubed = wSquared * w
    static let wSquaredInverse = wSquared.inverse()!  // w ≠ 0
    static let wCubedInverse = wCubed.inverse()!  // w ≠ 0

    /// (a·w^(−k))^p·w^k for a in Fp2, which lands back in Fp2: the Frobenius is a^p, computed by exponentiation.
    static func untwistFrobeniusTwist(_ a: Fp2, inverse: Fp12, power: Fp12) -> Fp2 {
        let image = (embed(a) * inverse).pow(Fp.modulus) * power
        precondition(image == embed(image.c0.c0), "ψ of an element of Fp2 is in Fp2")
        return image.c0.c0
    }

    /// ψ's constants, as the images of x = 1 and y = 1.
    public static func psiCoefficients() -> (x: Fp2, y: Fp2) {
        (
            untwistFrobeniusTwist(.one, inverse: wSquaredInverse, power: wSquared),
            untwistFrobeniusTwist(.one, inverse: wCubedInverse, power: wCubed)
        )
    }

    /// ψ(P) = (x·w⁻², y·w⁻³)^p twisted back by w², w³ (Galbraith and Scott 2008, §3), in affine coordinates.
    public static func psi(_ point: G2Affine) -> G2Affine {
        if point.isIdentity { return .identity }
        return G2Affine(
            unchecked: untwistFrobeniusTwist(point.x, inverse: wSquaredInverse, power: wSquared),
            untwistFrobeniusTwist(point.y, inverse: wCubedInverse, power: wCubed))
    }

    // MARK: Multiplication by plain double and add

    /// [k]P from the top bit of k down, with the reference's doubling and addition (the group law is given).
    public static func multiply(_ point: G2Projective, by k: GMPInteger) -> G2Projective {
        var result = G2Projective.identity
        let limbs = k.limbs(count: (k.bitWidth + 63) / 64)
        for bit in stride(from: k.bitWidth - 1, through: 0, by: -1) {
            result = result.doubled()
            if (limbs[bit / 64] >> UInt64(bit % 64)) & 1 == 1 { result = result + point }
        }
        return result
    }

    /// The definition of G2: [r]P = O.
    public static func isInG2(_ point: G2Projective) -> Bool { multiply(point, by: r).isIdentity }

    // MARK: The encoding

    /// The compressed encoding written out: 0xc0 and zeros for the identity; else x.c1 and x.c0 as 48 big-endian
    /// bytes each (from GMP), with 0x80 and, when y is the largest, 0x20 in the first byte.
    public static func compressed(_ point: G2Affine) -> [UInt8] {
        if point.isIdentity { return [0xc0] + [UInt8](repeating: 0, count: 95) }
        var bytes = gmp(point.x.c1).bigEndianBytes(count: 48) + gmp(point.x.c0).bigEndianBytes(count: 48)
        bytes[0] |= 0x80
        if isLexicographicallyLargest(point.y) { bytes[0] |= 0x20 }
        return bytes
    }

    // MARK: Inputs

    /// A random point of G2: the generator times a random scalar.
    public static func randomG2(using generator: inout SeededGenerator) -> G2Affine {
        G2Affine(G2Affine.generator * Fr.random(using: &generator))
    }

    /// A random point of the twist outside G2: a random x with x³ + b a square, and one of its roots. Nearly every
    /// point of E'(Fp2) is outside G2 (r out of h2·r are in); the oracle makes sure.
    public static func randomTwistPoint(using generator: inout SeededGenerator) -> G2Affine {
        while true {
            let x = Fp2.random(using: &generator)
            guard let y = (x.squared() * x + G2.b).squareRoot() else { continue }
            let point = G2Affine(unchecked: x, y)
            if !isInG2(G2Projective(point)) { return point }
        }
    }

    /// The point of the chapter's worked example: x = 2, the smallest integer x for which x³ + 4(u + 1) = 12 + 4u is
    /// a square, with the lexicographically largest root. On the twist, not in G2.
    public static let workedExample: G2Affine = {
        let x = Fp2(c0: Fp(2), c1: .zero)
        let root = (x.squared() * x + G2.b).squareRoot()!  // 12 + 4u is a square: its norm 160 is one mod p
        return G2Affine(unchecked: x, isLexicographicallyLargest(root) ? root : -root)
    }()

    /// A point of order `prime` on the twist, for a prime dividing h2 (13, 23, …). With N = h2·r and ℓ^e the power
    /// of ℓ = `prime` in it, [N/ℓ^e]Q lies in the ℓ-part of the group for any point Q of the twist (for 13 and 23 it
    /// is ℓ × ℓ, not cyclic, so [N/ℓ]Q would always be O); multiplying by ℓ while that is not O leaves order ℓ.
    public static func smallOrderPoint(order prime: UInt64, seed: UInt64) -> G2Affine {
        var generator = SeededGenerator(seed: seed)
        var multiplier = h2 * r
        while (multiplier % GMPInteger(prime)).isZero { multiplier = exactQuotient(multiplier, by: prime) }
        while true {
            var point = multiply(G2Projective(randomTwistPoint(using: &generator)), by: multiplier)
            if point.isIdentity { continue }
            while true {
                let next = multiply(point, by: GMPInteger(prime))
                if next.isIdentity { break }
                point = next
            }
            return G2Affine(point)
        }
    }

    /// a / d for an odd d that divides a < 2^1024: a·d⁻¹ modulo 2^1024 (exact division, with no division routine).
    static func exactQuotient(_ a: GMPInteger, by d: UInt64) -> GMPInteger {
        let modulus = GMPInteger(1) << 1024
        let quotient = (a * GMPInteger(d).inverse(modulo: modulus)!) % modulus  // d is odd
        precondition(quotient * GMPInteger(d) == a, "\(d) divides the value")
        return quotient
    }

    /// Points of order 13 and 23, the smallest primes dividing h2 (both squared in it).
    public static let order13 = smallOrderPoint(order: 13, seed: 13)
    public static let order23 = smallOrderPoint(order: 23, seed: 23)

    /// Points on the twist whatever their subgroup: the identity, G2 points, points of the twist outside G2, points
    /// of order 13 and 23, the worked example's point.
    public static func twistPoints(random: Int, using generator: inout SeededGenerator) -> [(String, G2Affine)] {
        var points: [(String, G2Affine)] = [
            ("the identity", .identity), ("the generator of G2", .generator), ("−(the generator)", -.generator),
            ("the worked example's point (x = 2), outside G2", G2Oracle.workedExample),
            ("a point of order 13", G2Oracle.order13), ("a point of order 23", G2Oracle.order23),
            (
                "a point of G2 plus a point of order 13",
                G2Affine(G2Projective(G2Oracle.randomG2(using: &generator)) + G2Projective(G2Oracle.order13))
            ),
        ]
        for _ in 0..<random {
            points.append(("a random point of G2", G2Oracle.randomG2(using: &generator)))
            points.append(("a random point of the twist outside G2", G2Oracle.randomTwistPoint(using: &generator)))
        }
        return points
    }

    /// The same point with a random Z (with both Fp components non-zero): (λ²X, λ³Y, λZ).
    public static func withRandomZ(_ point: G2Projective, using generator: inout SeededGenerator) -> G2Projective {
        var lambda = Fp2.random(using: &generator)
        while lambda.c0.isZero || lambda.c1.isZero { lambda = Fp2.random(using: &generator) }
        let lambdaSquared = lambda.squared()
        return G2Projective(x: point.x * lambdaSquared, y: point.y * lambdaSquared * lambda, z: point.z * lambda)
    }

    /// "(x, y)" with both Fp2 coordinates as c0 + c1·u, or "the identity".
    public static func describe(_ point: G2Affine) -> String {
        point.isIdentity ? "the identity" : "(x: \(point.x), y: \(point.y))"
    }

    /// A projective point by its affine form and its Z.
    public static func describe(_ point: G2Projective) -> String {
        point.isIdentity ? "the identity (Z = 0)" : "\(describe(G2Affine(point))) with Z = \(point.z)"
    }

    /// Bytes in hexadecimal.
    public static func hex(_ bytes: [UInt8]) -> String {
        bytes.isEmpty ? "(no bytes)" : bytes.map { String(format: "%02x", $0) }.joined()
    }
}
