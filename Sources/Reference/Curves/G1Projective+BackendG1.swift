import Backend
import Fields

/// G1 in Jacobian coordinates as a KZG backend's group: arithmetic, identity, generator and `*` are the point's own.
extension JacobianPoint: BackendG1 where Curve == G1 {
    public typealias Scalar = Fr

    public var compressed: [UInt8] { G1Affine(self).compressed }

    public init(validatingCompressed bytes: [UInt8]) throws {
        self.init(try G1Affine(compressed: bytes))
    }
}
