/// Everything KZG and EIP-4844 need from the arithmetic below them, in the spirit of rust-kzg's backend traits
/// (`Fr`, `G1`, `G2`, `G1LinComb`, `PairingVerify`, `FFTFr`): the protocol code is written once over this, and a
/// backend supplies the field, the groups, the MSM, the pairing check and the FFT.
///
/// A backend is a type with no values; its operations are static. Two forms are the backend's own choice: how the
/// MSM wants its fixed points (`MSMBases`: affine for the reference's batch-affine buckets) and how the pairing
/// wants its fixed G2 points (`PreparedG2`: with their Miller-loop lines computed once, for the reference). The
/// protocol converts the setup's points into them once and keeps them.
///
/// Its metatype is `SendableMetatype`: the protocol code hands work on a backend to other threads.
public protocol KZGBackend: SendableMetatype {
    associatedtype Scalar: BackendScalar
    associatedtype G1: BackendG1 where G1.Scalar == Scalar
    associatedtype G2: BackendG2
    associatedtype MSMBases: Sendable
    associatedtype PreparedG2: Sendable

    /// The points in the form `multiScalarMultiplication` takes them.
    static func msmBases(_ points: [G1]) -> MSMBases
    /// Σ scalars[i] · bases[i].
    ///
    /// - Precondition: as many scalars as bases.
    static func multiScalarMultiplication(_ bases: MSMBases, scalars: [Scalar]) -> G1
    /// [scalar]G1, for which a backend may keep a table of multiples of the generator.
    static func generatorMultiple(_ scalar: Scalar) -> G1

    /// `q` in the form `pairingCheck` takes it.
    static func prepare(_ q: G2) -> PreparedG2
    /// Whether e(p1, q1) · e(p2, q2) = 1 in the target group: the one pairing equation KZG verification needs
    /// (c-kzg-4844's `pairings_verify` asks e(a1, a2) = e(b1, b2), the same equation with one side negated).
    static func pairingCheck(_ p1: G1, _ q1: PreparedG2, _ p2: G1, _ q2: PreparedG2) -> Bool

    /// Coefficients to values at ω^0 … ω^(n−1), in place, where n = values.count is a power of two and ω is the
    /// n-th root of unity of the specs, 7^((r − 1)/n).
    static func fft(_ values: inout [Scalar])
    /// Values at ω^0 … ω^(n−1) to coefficients, in place.
    static func inverseFFT(_ values: inout [Scalar])
}

extension KZGBackend {
    /// [scalar]G1 by the group's own scalar multiplication, for backends without a table.
    @inlinable public static func generatorMultiple(_ scalar: Scalar) -> G1 { G1.generator * scalar }
}
