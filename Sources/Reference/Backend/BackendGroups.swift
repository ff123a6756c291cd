/// The group G1 of BLS12-381 as a KZG library needs it: commitments and proofs are its points.
///
/// One type serves for arithmetic and for values at rest; a backend picks the coordinates (Jacobian for the
/// reference and for chapter 4). Encodings are the ZCash compressed form of 48 bytes that the consensus specs use
/// (`validate_kzg_g1`, `g1_to_bytes`).
public protocol BackendG1: Equatable, Sendable {
    associatedtype Scalar: BackendScalar

    /// The point at infinity.
    static var identity: Self { get }
    /// The fixed generator of the specs.
    static var generator: Self { get }
    static func + (p: Self, q: Self) -> Self
    static prefix func - (p: Self) -> Self
    /// [scalar]p. Variable time is acceptable: every scalar a KZG verifier or prover multiplies by is public.
    static func * (p: Self, scalar: Scalar) -> Self

    /// The 48-byte compressed encoding.
    var compressed: [UInt8] { get }
    /// The point encoded by `bytes`; throws unless they are 48 well-flagged bytes of a point on the curve and in
    /// the subgroup of order r (`validate_kzg_g1`): a point outside it breaks the binding of a commitment.
    init(validatingCompressed bytes: [UInt8]) throws
}

/// The group G2 of BLS12-381 as a KZG verifier needs it: the setup's [s]G2 arrives as 96 compressed bytes, and
/// the generator is fixed.
public protocol BackendG2: Sendable {
    static var generator: Self { get }
    /// The point encoded by `bytes`; throws unless they are 96 well-flagged bytes of a point of the subgroup.
    init(validatingCompressed bytes: [UInt8]) throws
}
