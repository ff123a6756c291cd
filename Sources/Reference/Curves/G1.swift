import Fields
import Limbs

/// G1, the order-r subgroup of E(Fp): y² = x³ + 4. Its points are `G1Affine` and `G1Projective`.
public enum G1: CurveGroup {
    public static let b = Fp(4)

    /// The standard generator of G1.
    public static let generator = G1Affine(
        unchecked: constant(
            "17f1d3a73197d7942695638c4fa9ac0fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb"),
        constant("08b3f481e3aaa0f1a09e30ed741d8ae4fcf5e095d5d00af600db18cb2c04b3edd03cc744a2888ae40caa232946c5e7e1"))

    /// β, the primitive cube root of unity in Fp for which σ(x, y) = (βx, y) acts on G1 as [−x²];
    /// β = 2^((p−1)/3), checked in the tests.
    static let cubeRootOfUnity = constant(
        "5f19672fdf76ce51ba69c6076a0f77eaddb3a93be6f89688de17d813620a00022e01fffffffefffe")

    /// σ(x, y) = (βx, y), β a primitive cube root of unity in Fp: an endomorphism of E that acts on G1 as
    /// multiplication by λ = −x² (the root of λ² + λ + 1 ≡ 0 mod r that goes with this β).
    static func endomorphism(_ point: G1Projective) -> G1Projective {
        G1Projective(x: point.x * cubeRootOfUnity, y: point.y, z: point.z)
    }

    /// Membership in the order-r subgroup by Scott's test ("A note on group membership tests for G1, G2 and GT on
    /// BLS pairing-friendly curves", eprint 2021/1130, §6): a point of E(Fp) is in G1 exactly when σ(P) = −[x²]P.
    /// Two 64-bit multiplications instead of one by the 255-bit r.
    public static func isInSubgroup(_ point: G1Projective) -> Bool {
        let xSquaredP = point.multipliedByParameterMagnitude().multipliedByParameterMagnitude()
        return (endomorphism(point) + xSquaredP).isIdentity
    }

    /// [k]P with the GLV split k ≡ k0 − k1·λ (mod r) into two 128-bit halves from the base-|x| digits of k: since
    /// λ = −x², [k]P = [a0 + a1·|x|]P − [a2 + a3·|x|]σ(P).
    public static func multiply(_ point: G1Projective, by scalar: Fr) -> G1Projective {
        let digits = baseXDigits(scalar)
        return G1Projective.linearCombination([
            (point, combine(low: digits[0], high: digits[1])),
            (-endomorphism(point), combine(low: digits[2], high: digits[3])),
        ])
    }

    /// The split `multiply` uses, for callers that run their own multi-scalar loops over many points: two scalars
    /// below 2^128, each as two 64-bit limbs (least significant first), with [k]P = [a]P + [b](−σ(P)) for every P of
    /// G1 (see `negatedEndomorphism`).
    public static func glvSplit(_ scalar: Fr) -> (a: [UInt64], b: [UInt64]) {
        let digits = baseXDigits(scalar)
        return (combine(low: digits[0], high: digits[1]), combine(low: digits[2], high: digits[3]))
    }

    /// −σ(P) = (βx, −y), the second base of `glvSplit`, for an affine point of G1: one multiplication in Fp.
    public static func negatedEndomorphism(_ point: G1Affine) -> G1Affine {
        point.isIdentity ? point : G1Affine(unchecked: point.x * cubeRootOfUnity, -point.y)
    }

    /// low + high·|x| as two 64-bit limbs (it is below |x|² < 2¹²⁸).
    private static func combine(low: UInt64, high: UInt64) -> [UInt64] {
        let product = high.multipliedFullWidth(by: blsParameterMagnitude)
        let (sum, carry) = product.low.addingReportingOverflow(low)
        return [sum, product.high + (carry ? 1 : 0)]
    }
}
