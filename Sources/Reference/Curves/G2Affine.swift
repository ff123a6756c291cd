import ExtensionFields
import Fields

/// A point of G2 in affine coordinates, the form points are stored, encoded and paired in.
///
/// The identity has no affine coordinates; it is represented by (0, 0), which is not on the curve (0 ≠ 0 + 4ξ), so
/// the representation is unambiguous and the type stays two field elements wide.
public struct G2Affine: Hashable, Sendable {
    public let x: Fp2
    public let y: Fp2

    /// A point from coordinates the caller guarantees to be on the curve and in G2 (or (0, 0) for the identity):
    /// for results of this module's arithmetic and for tables built from them. Untrusted data goes through
    /// `init(compressed:)` or `init(x:y:)`.
    @inlinable
    public init(unchecked x: Fp2, _ y: Fp2) {
        self.x = x
        self.y = y
    }

    /// A point from coordinates, checked to be on the curve and in G2.
    public init(x: Fp2, y: Fp2) throws(PointDecodingError) {
        self.init(unchecked: x, y)
        guard isOnCurve else { throw .notOnCurve }
        guard isInSubgroup else { throw .notInSubgroup }
    }

    /// The affine form of a Jacobian point: one inversion.
    public init(_ point: G2Projective) {
        guard let zInverse = point.z.inverse() else {
            self = .identity
            return
        }
        let zInverseSquared = zInverse.squared()
        self.init(unchecked: point.x * zInverseSquared, point.y * zInverseSquared * zInverse)
    }

    public static let identity = G2Affine(unchecked: .zero, .zero)

    /// The standard generator of G2 (the one of the ZCash specification, the IETF BLS signature and pairing
    /// drafts, and the consensus specs).
    public static let generator = G2Affine(
        unchecked: Fp2(
            c0: constant("024aa2b2f08f0a91260805272dc51051c6e47ad4fa403b02b4510b647ae3d1770bac0326a805bbefd48056c8c121bdb8"),
            c1: constant("13e02b6052719f607dacd3a088274f65596bd0d09920b61ab5da61bbdc7f5049334cf11213945d57e5ac7d055d042b7e")),
        Fp2(
            c0: constant("0ce5d527727d6e118cc9cdc6da2e351aadfd9baa8cbdd3a76d429a695160d12c923ac9cc3baca289e193548608b82801"),
            c1: constant("0606c4a02ea734cc32acd2b02bc28b99cb3e287e85a763af267492ab572e99ab3f370d275cec1da1aaa9075ff05f79be")))

    /// b' = 4ξ = 4 + 4u, the constant of the twist E': y² = x³ + b'.
    public static let twistCoefficient = Fp2(c0: Fp(4), c1: Fp(4))

    /// ξ^(−(p−1)/3) and ξ^(−(p−1)/2), the constants of ψ (see `G2Projective.endomorphism`); checked in the tests.
    @usableFromInline
    static let psiCoefficientX = Fp2(
        c0: .zero,
        c1: constant("1a0111ea397fe699ec02408663d4de85aa0d857d89759ad4897d29650fb85f9b409427eb4f49fffd8bfd00000000aaad"))
    @usableFromInline
    static let psiCoefficientY = Fp2(
        c0: constant("135203e60180a68ee2e9c448d77a2cd91c3dedd930b1cf60ef396489f61eb45e304466cf3e67fa0af1ee7b04121bdea2"),
        c1: constant("06af0e0437ff400b6831e36d6bd17ffe48395dabc2d3435e77f76e17009241c5ee67992f72ec05f4c81084fbede3cc09"))

    @inlinable
    public var isIdentity: Bool { x.isZero && y.isZero }

    /// y² = x³ + 4ξ; the identity counts as on the curve.
    public var isOnCurve: Bool {
        isIdentity || y.squared() == x.squared() * x + G2Affine.twistCoefficient
    }

    /// See `G2Projective.isInSubgroup`.
    public var isInSubgroup: Bool { G2Projective(self).isInSubgroup }

    @inlinable
    public static prefix func - (p: G2Affine) -> G2Affine {
        p.isIdentity ? p : G2Affine(unchecked: p.x, -p.y)
    }

    public static func * (point: G2Affine, scalar: Fr) -> G2Projective { G2Projective(point) * scalar }
    public static func * (scalar: Fr, point: G2Affine) -> G2Projective { G2Projective(point) * scalar }

    /// The affine forms of many points with a single inversion (Montgomery's trick, through Fp2.batchInverse).
    public static func batchNormalized(_ points: [G2Projective]) -> [G2Affine] {
        var zInverses = points.map(\.z)
        Fp2.batchInverse(&zInverses)
        return zip(points, zInverses).map { point, zInverse in
            if point.isIdentity { return .identity }
            let zInverseSquared = zInverse.squared()
            return G2Affine(unchecked: point.x * zInverseSquared, point.y * zInverseSquared * zInverse)
        }
    }
}

extension G2Affine: CustomStringConvertible {
    public var description: String { isIdentity ? "G2(identity)" : "G2(x: \(x), y: \(y))" }
}
