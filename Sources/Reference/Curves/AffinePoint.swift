import Fields

/// A point of G1 in affine coordinates.
public typealias G1Affine = AffinePoint<G1>
/// A point of G2 in affine coordinates.
public typealias G2Affine = AffinePoint<G2>

/// A point of y² = x³ + b in affine coordinates, the form points are stored, encoded and paired in.
///
/// The identity has no affine coordinates; it is represented by (0, 0), which is not on the curve (0 ≠ 0 + b, as
/// b ≠ 0), so the representation is unambiguous and the type stays two field elements wide.
public struct AffinePoint<Curve: CurveGroup>: Hashable, Sendable {
    public let x: Curve.Field
    public let y: Curve.Field

    /// A point from coordinates the caller guarantees to be on the curve and in the subgroup (or (0, 0) for the
    /// identity): for results of this module's arithmetic and for tables built from them. Untrusted data goes
    /// through `init(compressed:)` or `init(x:y:)`.
    @inlinable
    public init(unchecked x: Curve.Field, _ y: Curve.Field) {
        self.x = x
        self.y = y
    }

    /// A point from coordinates, checked to be on the curve and in the subgroup.
    @inlinable
    public init(x: Curve.Field, y: Curve.Field) throws(PointDecodingError) {
        self.init(unchecked: x, y)
        guard isOnCurve else { throw .notOnCurve }
        guard isInSubgroup else { throw .notInSubgroup }
    }

    /// The affine form of a Jacobian point: one inversion.
    @inlinable
    public init(_ point: JacobianPoint<Curve>) {
        guard let zInverse = point.z.inverse() else {
            self = .identity
            return
        }
        let zInverseSquared = zInverse.squared()
        self.init(unchecked: point.x * zInverseSquared, point.y * zInverseSquared * zInverse)
    }

    @inlinable
    public static var identity: AffinePoint { AffinePoint(unchecked: .zero, .zero) }

    /// The standard generator (for G1 and G2 the one of the ZCash specification, the IETF BLS signature and
    /// pairing drafts, and the consensus specs).
    @inlinable
    public static var generator: AffinePoint { Curve.generator }

    @inlinable
    public var isIdentity: Bool { x.isZero && y.isZero }

    /// y² = x³ + b; the identity counts as on the curve.
    @inlinable
    public var isOnCurve: Bool {
        isIdentity || y.squared() == x.squared() * x + Curve.b
    }

    /// See `JacobianPoint.isInSubgroup`.
    @inlinable
    public var isInSubgroup: Bool { Curve.isInSubgroup(JacobianPoint(self)) }

    @inlinable
    public static prefix func - (p: AffinePoint) -> AffinePoint {
        p.isIdentity ? p : AffinePoint(unchecked: p.x, -p.y)
    }

    @inlinable
    public static func * (point: AffinePoint, scalar: Fr) -> JacobianPoint<Curve> {
        Curve.multiply(JacobianPoint(point), by: scalar)
    }

    @inlinable
    public static func * (scalar: Fr, point: AffinePoint) -> JacobianPoint<Curve> {
        Curve.multiply(JacobianPoint(point), by: scalar)
    }

    /// The affine forms of many points with a single inversion (Montgomery's trick, through the field's
    /// `batchInverse`).
    @inlinable
    public static func batchNormalized(_ points: [JacobianPoint<Curve>]) -> [AffinePoint] {
        var zInverses = points.map(\.z)
        Curve.Field.batchInverse(&zInverses)
        return zip(points, zInverses).map { point, zInverse in
            if point.isIdentity { return .identity }
            let zInverseSquared = zInverse.squared()
            return AffinePoint(unchecked: point.x * zInverseSquared, point.y * zInverseSquared * zInverse)
        }
    }
}

extension AffinePoint: CustomStringConvertible {
    /// "G1(x: …, y: …)" or "G2(identity)": the group's name, then the coordinates.
    public var description: String {
        isIdentity ? "\(Curve.self)(identity)" : "\(Curve.self)(x: \(x), y: \(y))"
    }
}
