import Fields
import Limbs

/// What chapter 4's exercises implement, stated once so that the same checks run on the learner's G1
/// (`Chapter04Tests`) and on the reference's (`ReferenceTests`).
///
/// Points cross the protocol as plain coordinates, so the checks need no type of either implementation: an affine
/// point is `AffineCoordinates`, nil for the point at infinity; a Jacobian point is its triple (X, Y, Z).
public protocol G1Implementation: Sendable {
    /// y² = x³ + 4 (true for the point at infinity).
    func isOnCurve(_ point: AffineCoordinates?) -> Bool
    /// Y² = X³ + 4·Z⁶ (true for Z = 0).
    func isOnCurve(_ point: JacobianCoordinates) -> Bool
    /// The Jacobian form of an affine point.
    func jacobian(_ point: AffineCoordinates?) -> JacobianCoordinates
    /// The affine form of a Jacobian point, nil for the point at infinity.
    func affine(_ point: JacobianCoordinates) -> AffineCoordinates?
    /// 2P.
    func doubled(_ point: JacobianCoordinates) -> JacobianCoordinates
    /// P + Q, both Jacobian.
    func sum(_ p: JacobianCoordinates, _ q: JacobianCoordinates) -> JacobianCoordinates
    /// P + Q, P Jacobian and Q affine.
    func mixedSum(_ p: JacobianCoordinates, _ q: AffineCoordinates?) -> JacobianCoordinates
    /// [k]P by double-and-add.
    func doubleAndAdd(_ point: JacobianCoordinates, by scalar: UInt256) -> JacobianCoordinates
    /// [k]P by the fixed-window method with windows of `windowBits` bits.
    func windowed(_ point: JacobianCoordinates, by scalar: UInt256, windowBits: Int) -> JacobianCoordinates
    /// The 48-byte compressed encoding.
    func compressed(_ point: AffineCoordinates?) -> [UInt8]
    /// The decoded point (nil for the point at infinity), or why the bytes were rejected.
    func decompressed(_ bytes: [UInt8]) -> Result<AffineCoordinates?, G1DecodingFailure>
    /// Whether [r]P = O.
    func isInSubgroup(_ point: AffineCoordinates?) -> Bool
}

/// An affine point (x, y); the point at infinity is written nil wherever an `AffineCoordinates?` is taken.
public struct AffineCoordinates: Hashable, Sendable, CustomStringConvertible {
    public var x: Fp
    public var y: Fp

    public init(x: Fp, y: Fp) {
        self.x = x
        self.y = y
    }

    public var description: String { "(x: \(x.canonical.hex), y: \(y.canonical.hex))" }
}

/// A Jacobian triple (X, Y, Z), standing for (X/Z², Y/Z³); Z = 0 is the point at infinity.
public struct JacobianCoordinates: Sendable, CustomStringConvertible {
    public var x: Fp
    public var y: Fp
    public var z: Fp

    public init(x: Fp, y: Fp, z: Fp) {
        self.x = x
        self.y = y
        self.z = z
    }

    public var description: String { "(X: \(x.canonical.hex), Y: \(y.canonical.hex), Z: \(z.canonical.hex))" }
}

/// The reasons a compressed encoding is rejected, named as both implementations' `PointDecodingError` cases are.
public enum G1DecodingFailure: Error, Equatable, Sendable {
    case wrongLength(expected: Int, got: Int)
    case missingCompressionFlag
    case nonCanonicalInfinity
    case coordinateNotCanonical
    case notOnCurve
    case notInSubgroup
}
