import Fields

/// A point of G1 in affine coordinates, the form points are stored, encoded and paired in.
///
/// The identity has no affine coordinates; it is represented by (0, 0), which is not on the curve (0 ≠ 0 + 4), so
/// the representation is unambiguous and the type stays two field elements wide.
public struct G1Affine: Hashable, Sendable {
    public let x: Fp
    public let y: Fp

    /// A point from coordinates the caller guarantees to be on the curve and in G1 (or (0, 0) for the identity):
    /// for results of this module's arithmetic and for tables built from them. Untrusted data goes through
    /// `init(compressed:)` or `init(x:y:)`.
    @inlinable
    public init(unchecked x: Fp, _ y: Fp) {
        self.x = x
        self.y = y
    }

    /// A point from coordinates, checked to be on the curve and in G1.
    public init(x: Fp, y: Fp) throws(PointDecodingError) {
        self.init(unchecked: x, y)
        guard isOnCurve else { throw .notOnCurve }
        guard isInSubgroup else { throw .notInSubgroup }
    }

    /// The affine form of a Jacobian point: one inversion.
    public init(_ point: G1Projective) {
        guard let zInverse = point.z.inverse() else {
            self = .identity
            return
        }
        let zInverseSquared = zInverse.squared()
        self.init(unchecked: point.x * zInverseSquared, point.y * zInverseSquared * zInverse)
    }

    public static let identity = G1Affine(unchecked: .zero, .zero)

    /// The standard generator of G1 (the one of the ZCash specification, the IETF BLS signature and pairing
    /// drafts, and the consensus specs).
    public static let generator = G1Affine(
        unchecked: constant("17f1d3a73197d7942695638c4fa9ac0fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb"),
        constant("08b3f481e3aaa0f1a09e30ed741d8ae4fcf5e095d5d00af600db18cb2c04b3edd03cc744a2888ae40caa232946c5e7e1"))

    /// β, the primitive cube root of unity in Fp for which σ(x, y) = (βx, y) acts on G1 as [−x²];
    /// β = 2^((p−1)/3), checked in the tests.
    @usableFromInline
    static let cubeRootOfUnity = constant(
        "5f19672fdf76ce51ba69c6076a0f77eaddb3a93be6f89688de17d813620a00022e01fffffffefffe")

    @inlinable
    public var isIdentity: Bool { x.isZero && y.isZero }

    /// y² = x³ + 4; the identity counts as on the curve.
    public var isOnCurve: Bool {
        isIdentity || y.squared() == x.squared() * x + Fp(4)
    }

    /// See `G1Projective.isInSubgroup`.
    public var isInSubgroup: Bool { G1Projective(self).isInSubgroup }

    @inlinable
    public static prefix func - (p: G1Affine) -> G1Affine {
        p.isIdentity ? p : G1Affine(unchecked: p.x, -p.y)
    }

    public static func * (point: G1Affine, scalar: Fr) -> G1Projective { G1Projective(point) * scalar }
    public static func * (scalar: Fr, point: G1Affine) -> G1Projective { G1Projective(point) * scalar }

    /// The affine forms of many points with a single inversion (Montgomery's trick, through Fp.batchInverse).
    public static func batchNormalized(_ points: [G1Projective]) -> [G1Affine] {
        var zInverses = points.map(\.z)
        Fp.batchInverse(&zInverses)
        return zip(points, zInverses).map { point, zInverse in
            if point.isIdentity { return .identity }
            let zInverseSquared = zInverse.squared()
            return G1Affine(unchecked: point.x * zInverseSquared, point.y * zInverseSquared * zInverse)
        }
    }
}

extension G1Affine: CustomStringConvertible {
    public var description: String { isIdentity ? "G1(identity)" : "G1(x: \(x), y: \(y))" }
}
