// init(bigEndianBytes:) reduces values of r or more by subtracting r instead of rejecting them.
import ExerciseSupport
import Limbs

extension Fr {
    /// The 32-byte big-endian encoding of the canonical value (not of the Montgomery form), as the consensus specs
    /// serialise a BLS scalar.
    public var bigEndianBytes: [UInt8] {
        canonical.bigEndianBytes
    }

    /// Decodes a canonical encoding: exactly 32 big-endian bytes of a value below r.
    ///
    /// Throws `.wrongLength(expected: 32, got: count)` for any other length and `.nonCanonical` for a value of r
    /// or more. Reducing such a value mod r instead would give every element x a second encoding x + r (2r is
    /// below 2^256), and systems that hash encodings would disagree about equal elements.
    public init(bigEndianBytes bytes: some Collection<UInt8>) throws(FrError) {
        let value: UInt256
        do throws(LimbsError) {
            value = try UInt256(bigEndianBytes: bytes)
        } catch {
            // The byte decoder's only error is a wrong length; it is reported in this type's own terms.
            switch error {
            case .wrongLength(let expected, let got): throw .wrongLength(expected: expected, got: got)
            }
        }
        let (reduced, borrow) = value.subtractingReportingBorrow(Fr.modulus)
        try self.init(canonical: borrow ? value : reduced)
    }
}
