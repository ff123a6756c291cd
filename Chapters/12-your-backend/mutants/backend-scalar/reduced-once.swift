// the digest is reduced by one subtraction of r at most, so digests of 2r or more stay above r.
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
        try self.init(bigEndianBytes: bytes)
    }

    /// A 32-byte digest as an integer below 2^256, reduced mod r. Since 2r < 2^256 < 3r, at most two
    /// subtractions of r bring it below r.
    public static func reducing(bigEndian bytes: [UInt8]) -> Chapter02Exercises.Fr {
        var value = try! UInt256(bigEndianBytes: bytes)  // 32 bytes: the one length a digest has
        if !(value < modulus) { value = value.subtractingReportingBorrow(modulus).difference }
        return try! Chapter02Exercises.Fr(canonical: value)  // below r now
    }

    /// Chapter 2's `pow` takes a 256-bit exponent.
    public func pow(_ exponent: UInt64) -> Chapter02Exercises.Fr {
        pow(UInt256(exponent))
    }

    /// Montgomery's trick: prefix products of the non-zero elements, one inversion of the last, then a walk back
    /// that peels one element off at a time. Zeros are skipped on the way up and left at zero.
    public static func batchInverse(_ elements: inout [Chapter02Exercises.Fr]) {
        var prefixes: [Chapter02Exercises.Fr] = []
        prefixes.reserveCapacity(elements.count)
        var product = Chapter02Exercises.Fr.one
        for element in elements {
            prefixes.append(product)  // the product of the non-zero elements before this one
            if !element.isZero { product = product * element }
        }
        var inverse = product.inverse()!  // a product of non-zero elements, so non-zero
        for index in elements.indices.reversed() where !elements[index].isZero {
            let element = elements[index]
            elements[index] = inverse * prefixes[index]
            inverse = inverse * element
        }
    }

    /// The same element as the reference's `Fr`, by the canonical encoding both share: chapters 7 and 8 work on
    /// the reference's type, and this is how a backend hands them its values.
    public var reference: Fields.Fr {
        try! Fields.Fr(bigEndianBytes: bigEndianBytes)  // below r in one field, so in the other
    }

    /// The reference's element as chapter 2's.
    public init(_ reference: Fields.Fr) {
        try! self.init(bigEndianBytes: reference.bigEndianBytes)
    }
}
