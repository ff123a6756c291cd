/// The scalar field Fr of BLS12-381 as a KZG library needs it: the ring operations, inversion, powers, and the
/// 32-byte big-endian encoding of the consensus specs (deneb/polynomial-commitments.md, `bytes_to_bls_field`,
/// `hash_to_bls_field`).
///
/// rust-kzg states the same needs as its `Fr` trait, so that one EIP-4844 implementation runs on blst, arkworks or
/// constantine; here the workbook's reference `Fr` conforms, and so does the learner's own field of chapter 2.
public protocol BackendScalar: Equatable, Sendable {
    static var zero: Self { get }
    static var one: Self { get }
    /// `small` as a field element.
    init(_ small: UInt64)
    /// The element whose canonical encoding is `bytes`: 32 bytes, big-endian, a value below r. Throws otherwise
    /// (`bytes_to_bls_field`, which must reject r itself rather than read it as 0).
    init(validatingBigEndian bytes: [UInt8]) throws
    /// Any 32 bytes read as a big-endian integer and reduced mod r (the last step of `hash_to_bls_field`: a digest
    /// is any 256-bit number).
    static func reducing(bigEndian bytes: [UInt8]) -> Self
    /// The canonical encoding: 32 bytes, big-endian.
    var bigEndianBytes: [UInt8] { get }

    static func + (a: Self, b: Self) -> Self
    static func - (a: Self, b: Self) -> Self
    static func * (a: Self, b: Self) -> Self
    static prefix func - (a: Self) -> Self
    /// a⁻¹, or nil for zero.
    func inverse() -> Self?
    /// self^exponent.
    func pow(_ exponent: UInt64) -> Self
    /// Replaces every non-zero element by its inverse and leaves zeros at zero, with one inversion for the lot
    /// (Montgomery's trick): the quotient and the evaluation outside the domain invert 4096 values at a time.
    static func batchInverse(_ elements: inout [Self])
}
