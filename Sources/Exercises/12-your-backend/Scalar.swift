import Backend
import Chapter02Exercises
import ExerciseSupport
import Fields
import Limbs

/// Chapter 2's field as a backend's scalar field. Zero, one, `init(_:)` for small values, the ring operations,
/// `inverse()` and `bigEndianBytes` are chapter 2's own; what is left adapts the rest.
extension Chapter02Exercises.Fr: BackendScalar {
    /// `bytes_to_bls_field`: chapter 2's decoder already rejects a value not below r.
    public init(validatingBigEndian bytes: [UInt8]) throws {
        unimplemented()
    }

    /// A 32-byte digest as an integer below 2^256, reduced mod r. Since 2r < 2^256 < 3r, at most two
    /// subtractions of r bring it below r.
    public static func reducing(bigEndian bytes: [UInt8]) -> Chapter02Exercises.Fr {
        unimplemented()
    }

    /// Chapter 2's `pow` takes a 256-bit exponent.
    public func pow(_ exponent: UInt64) -> Chapter02Exercises.Fr {
        unimplemented()
    }

    /// Montgomery's trick: prefix products of the non-zero elements, one inversion of the last, then a walk back
    /// that peels one element off at a time. Zeros are skipped on the way up and left at zero.
    public static func batchInverse(_ elements: inout [Chapter02Exercises.Fr]) {
        unimplemented()
    }

    /// The same element as the reference's `Fr`, by the canonical encoding both share: chapters 7 and 8 work on
    /// the reference's type, and this is how a backend hands them its values.
    public var reference: Fields.Fr {
        unimplemented()
    }

    /// The reference's element as chapter 2's.
    public init(_ reference: Fields.Fr) {
        unimplemented()
    }
}
