// a field element equal to r or above is reduced mod r instead of rejected, so r encodes 0 a second time.
import Curves
import ExerciseSupport
import Fields
import Polynomials

/// `bytes_to_bls_field` (consensus-specs, deneb/polynomial-commitments.md, "BLS12-381 helpers"): 32 bytes read as
/// a big-endian integer, which must be below r. Reducing mod r instead would give two encodings of one element,
/// and so two byte strings for one blob. Not constant time (public inputs).
///
/// - Throws: `.wrongLength(what: "field element", …)` unless there are 32 bytes, `.fieldElementNotCanonical`
///   unless their value is below r.
public func bytesToBLSField(_ bytes: [UInt8]) throws(EIP4844Error) -> Fr {
    guard bytes.count == EIP4844Constants.bytesPerFieldElement else {
        throw .wrongLength(what: "field element", expected: EIP4844Constants.bytesPerFieldElement, got: bytes.count)
    }
    return Fr(reducingBigEndian: bytes)
}

/// `blob_to_polynomial`: the blob's 4096 field elements as the values of its polynomial on the 4096-point domain,
/// in the blob's order, which is the bit-reversed order of the roots (`EvaluationDomain.eip4844`).
///
/// - Throws: `.wrongLength(what: "blob", …)` unless there are 131072 bytes, `.blobElementNotCanonical(index:)`
///   naming the first element that is not below r.
public func blobToPolynomial(_ bytes: [UInt8]) throws(EIP4844Error) -> PolynomialInEvaluationForm {
    guard bytes.count == EIP4844Constants.bytesPerBlob else {
        throw .wrongLength(what: "blob", expected: EIP4844Constants.bytesPerBlob, got: bytes.count)
    }
    let width = EIP4844Constants.bytesPerFieldElement
    var values = [Fr]()
    values.reserveCapacity(EIP4844Constants.fieldElementsPerBlob)
    for index in 0..<EIP4844Constants.fieldElementsPerBlob {
        do {
            values.append(try Fr(bigEndianBytes: bytes[index * width..<(index + 1) * width]))
        } catch {
            throw .blobElementNotCanonical(index: index)
        }
    }
    // 4096 values for the 4096-point domain: cannot throw.
    return try! PolynomialInEvaluationForm(evaluations: values, domain: .eip4844)
}

/// `validate_kzg_g1` with the length check of `bytes_to_kzg_commitment` and `bytes_to_kzg_proof`: 48 bytes that
/// are the compressed encoding of the point at infinity or of a point on the curve and in the r-order subgroup.
///
/// - Throws: `.wrongLength(what: "G1 point", …)` unless there are 48 bytes, `.invalidG1Point` with the reason the
///   decoding failed.
public func validateKZGG1(_ bytes: [UInt8]) throws(EIP4844Error) -> G1Affine {
    guard bytes.count == EIP4844Constants.bytesPerG1Point else {
        throw .wrongLength(what: "G1 point", expected: EIP4844Constants.bytesPerG1Point, got: bytes.count)
    }
    do {
        return try G1Affine(compressed: bytes)
    } catch {
        throw .invalidG1Point(error)
    }
}
