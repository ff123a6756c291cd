import ExtensionFields
import Fields

/// G2, the order-r subgroup of E'(Fp2): y² = x³ + 4(u + 1), the sextic M-type twist of E. Its points are
/// `G2Affine` and `G2Projective`.
public enum G2: CurveGroup {
    /// b' = 4ξ = 4 + 4u.
    public static let b = Fp2(c0: Fp(4), c1: Fp(4))

    /// The standard generator of G2.
    public static let generator = G2Affine(
        unchecked: Fp2(
            c0: constant(
                "024aa2b2f08f0a91260805272dc51051c6e47ad4fa403b02b4510b647ae3d1770bac0326a805bbefd48056c8c121bdb8"),
            c1: constant(
                "13e02b6052719f607dacd3a088274f65596bd0d09920b61ab5da61bbdc7f5049334cf11213945d57e5ac7d055d042b7e")),
        Fp2(
            c0: constant(
                "0ce5d527727d6e118cc9cdc6da2e351aadfd9baa8cbdd3a76d429a695160d12c923ac9cc3baca289e193548608b82801"),
            c1: constant(
                "0606c4a02ea734cc32acd2b02bc28b99cb3e287e85a763af267492ab572e99ab3f370d275cec1da1aaa9075ff05f79be")))

    /// ξ^(−(p−1)/3) and ξ^(−(p−1)/2), the constants of ψ (see `endomorphism`); checked in the tests.
    static let psiCoefficientX = Fp2(
        c0: .zero,
        c1: constant("1a0111ea397fe699ec02408663d4de85aa0d857d89759ad4897d29650fb85f9b409427eb4f49fffd8bfd00000000aaad")
    )
    static let psiCoefficientY = Fp2(
        c0: constant(
            "135203e60180a68ee2e9c448d77a2cd91c3dedd930b1cf60ef396489f61eb45e304466cf3e67fa0af1ee7b04121bdea2"),
        c1: constant("06af0e0437ff400b6831e36d6bd17ffe48395dabc2d3435e77f76e17009241c5ee67992f72ec05f4c81084fbede3cc09")
    )

    /// ψ = (untwist, Frobenius, twist) (Galbraith and Scott, "Exponentiation in pairing-friendly groups using
    /// homomorphisms", 2008): ψ(x, y) = (x̄·ξ^(−(p−1)/3), ȳ·ξ^(−(p−1)/2)), which acts on G2 as [p] = [x] mod r.
    static func endomorphism(_ point: G2Projective) -> G2Projective {
        G2Projective(
            x: point.x.conjugate() * psiCoefficientX, y: point.y.conjugate() * psiCoefficientY,
            z: point.z.conjugate())
    }

    /// Membership in the order-r subgroup by Scott's test ("A note on group membership tests for G1, G2 and GT on
    /// BLS pairing-friendly curves", eprint 2021/1130, §4): a point of E'(Fp2) is in G2 exactly when ψ(Q) = [x]Q.
    /// One 64-bit multiplication instead of one by the 255-bit r.
    public static func isInSubgroup(_ point: G2Projective) -> Bool {
        (endomorphism(point) + point.multipliedByParameterMagnitude()).isIdentity
    }

    /// [k]Q with the four-dimensional GLS split from the base-|x| digits a0…a3 of k: on G2, [|x|]Q = [−x]Q = −ψ(Q),
    /// so [k]Q = [a0]Q − [a1]ψ(Q) + [a2]ψ²(Q) − [a3]ψ³(Q), four 64-bit multiplications sharing their doublings.
    public static func multiply(_ point: G2Projective, by scalar: Fr) -> G2Projective {
        let digits = baseXDigits(scalar)
        let psi1 = endomorphism(point)
        let psi2 = endomorphism(psi1)
        let psi3 = endomorphism(psi2)
        return G2Projective.linearCombination([
            (point, [digits[0]]), (-psi1, [digits[1]]), (psi2, [digits[2]]), (-psi3, [digits[3]]),
        ])
    }
}
