import Fields
import Limbs

/// The curve E: y² = x³ + b over Fp with b = 4, and its subgroup G1 of prime order r.
///
/// Given, not an exercise: the constants every exercise of the chapter uses.
public enum G1 {
    /// b in y² = x³ + b.
    public static let b = Fp(4)

    /// r, the order of G1 (the modulus of `Fr`). E(Fp) has h·r points, with a cofactor h of about 2¹²⁶.
    public static let order: UInt256 = Fr.modulus

    /// The standard generator of G1, as fixed by the ZCash BLS12-381 specification and used by every BLS12-381
    /// library, the IETF pairing-friendly-curves draft and Ethereum's consensus specs.
    public static let generator = G1Affine(
        x: coordinate(
            "17f1d3a73197d7942695638c4fa9ac0fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb"),
        y: coordinate(
            "08b3f481e3aaa0f1a09e30ed741d8ae4fcf5e095d5d00af600db18cb2c04b3edd03cc744a2888ae40caa232946c5e7e1"))

    private static func coordinate(_ hex: String) -> Fp {
        try! Fp(canonical: UInt384(hex: hex)!)
    }
}

/// The three flag bits in the first byte of a compressed encoding (the ZCash BLS12-381 serialisation). x is below
/// p < 2³⁸¹, so the top three of its 384 bits are free to carry them.
public enum CompressionFlags {
    /// Bit 7: the encoding is compressed (x alone). Always set in the encodings of this chapter.
    public static let compressed: UInt8 = 0b1000_0000
    /// Bit 6: the point at infinity. Every other bit of the 48 bytes is then zero.
    public static let infinity: UInt8 = 0b0100_0000
    /// Bit 5: y is the larger of the two square roots ±y, taking the values as integers in [0, p).
    public static let largerY: UInt8 = 0b0010_0000
}

/// A point of E in affine coordinates (x, y).
///
/// The point at infinity O has no affine coordinates; it is written (0, 0), which is not on the curve
/// (0² ≠ 0³ + 4), so no point of the curve is mistaken for it.
public struct G1Affine: Hashable, Sendable {
    public var x: Fp
    public var y: Fp

    /// The point with these coordinates, unchecked: `isOnCurve` and the decoding of the last exercise check.
    public init(x: Fp, y: Fp) {
        self.x = x
        self.y = y
    }

    /// O, the point at infinity: the identity of the group.
    public static let identity = G1Affine(x: .zero, y: .zero)

    public var isIdentity: Bool { x.isZero && y.isZero }

    /// −P = (x, −y): the other point of the curve on the same vertical line. −O = O.
    public static prefix func - (point: G1Affine) -> G1Affine {
        point.isIdentity ? point : G1Affine(x: point.x, y: -point.y)
    }
}

/// A point of E in Jacobian coordinates (X, Y, Z), standing for the affine point (X/Z², Y/Z³).
///
/// The triples (λ²X, λ³Y, λZ) for every λ ≠ 0 stand for the same point. Z = 0 is the point at infinity, whatever
/// X and Y are.
public struct G1Projective: Sendable {
    public var x: Fp
    public var y: Fp
    public var z: Fp

    public init(x: Fp, y: Fp, z: Fp) {
        self.x = x
        self.y = y
        self.z = z
    }

    /// O, the point at infinity: (1, 1, 0).
    public static let identity = G1Projective(x: .one, y: .one, z: .zero)

    /// The generator of G1, with Z = 1.
    public static let generator = G1Projective(x: G1.generator.x, y: G1.generator.y, z: .one)

    public var isIdentity: Bool { z.isZero }

    /// −(X, Y, Z) = (X, −Y, Z).
    public static prefix func - (point: G1Projective) -> G1Projective {
        G1Projective(x: point.x, y: -point.y, z: point.z)
    }
}

extension G1Projective: Equatable {
    /// Whether two triples stand for the same point: X1/Z1² = X2/Z2² and Y1/Z1³ = Y2/Z2³, with the divisions
    /// multiplied out (X1·Z2² = X2·Z1², Y1·Z2³ = Y2·Z1³), so no inversion is needed.
    public static func == (p: G1Projective, q: G1Projective) -> Bool {
        if p.isIdentity || q.isIdentity { return p.isIdentity && q.isIdentity }
        let pz2 = p.z.squared()
        let qz2 = q.z.squared()
        return p.x * qz2 == q.x * pz2 && p.y * qz2 * q.z == q.y * pz2 * p.z
    }
}
