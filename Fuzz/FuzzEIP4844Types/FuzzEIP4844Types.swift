import Curves
import EIP4844
import Fields
import FuzzSupport

/// The EIP-4844 input types, whose initializers are the spec's checks on bytes from the network: `Blob`
/// (`blob_to_polynomial`), `Bytes32` (`bytes_to_bls_field`), `KZGCommitment` and `KZGProof` (`validate_kzg_g1`).
///
/// The first byte picks the type (0 blob, 1 field element, 2 commitment, 3 proof, modulo 4); the rest is the
/// input. A blob is 131072 bytes, more than libFuzzer's inputs, so the rest is also repeated to that length and
/// decoded as a blob, which is how the fuzzer reaches the element checks. Properties:
/// - a blob is accepted exactly when every 32-byte element is below r (judged from the bytes), a rejection names
///   the first element that is not, and an accepted blob keeps its bytes and holds exactly those elements;
/// - `Bytes32` is accepted exactly when `Fr(bigEndianBytes:)` is, with the same element and bytes;
/// - a commitment or proof is accepted exactly when `G1Affine(compressed:)` is, with the same point, and a
///   rejection carries the decoder's own error.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    check(inputBytes(data, size))
    return 0
}

func check(_ input: [UInt8]) {
    guard let selector = input.first else { return }
    let bytes = Array(input.dropFirst())
    switch selector % 4 {
    case 0:
        checkBlob(bytes)
        if !bytes.isEmpty {
            let repeated = (0..<EIP4844Constants.bytesPerBlob).map { bytes[$0 % bytes.count] }
            checkBlob(repeated)
        }
    case 1:
        checkBytes32(bytes)
    case 2:
        checkG1Point(
            bytes, decode: { bytes throws(EIP4844Error) in try KZGCommitment(bytes: bytes).point },
            what: "commitment", wrap: EIP4844Error.invalidCommitment)
    default:
        checkG1Point(
            bytes, decode: { bytes throws(EIP4844Error) in try KZGProof(bytes: bytes).point },
            what: "proof", wrap: EIP4844Error.invalidProof)
    }
}

private let rBytes = Array(Fr.modulus.bigEndianBytes.suffix(32))

private func checkBlob(_ bytes: [UInt8]) {
    let width = EIP4844Constants.bytesPerFieldElement
    let hasBlobLength = bytes.count == EIP4844Constants.bytesPerBlob
    // Slices, not copies: this runs on 4096 elements per input.
    let firstNonCanonical =
        !hasBlobLength
        ? nil
        : (0..<EIP4844Constants.fieldElementsPerBlob).first {
            !bytes[$0 * width..<($0 + 1) * width].lexicographicallyPrecedes(rBytes)
        }
    do {
        let blob = try Blob(bytes: bytes)
        require(
            hasBlobLength && firstNonCanonical == nil,
            "a blob of \(bytes.count) bytes was accepted with a bad length or element")
        require(blob.bytes == bytes, "the blob does not keep its bytes")
        require(
            blob.polynomial.evaluations.flatMap(\.bigEndianBytes) == bytes,
            "the blob's polynomial does not hold the blob's elements in order")
    } catch {
        let expected: EIP4844Error =
            hasBlobLength
            ? .blobElementNotCanonical(index: firstNonCanonical ?? -1)
            : .wrongLength(what: "blob", expected: EIP4844Constants.bytesPerBlob, got: bytes.count)
        require(error == expected, "a blob was rejected with \(error), not \(expected)")
    }
}

private func checkBytes32(_ bytes: [UInt8]) {
    let element = try? Fr(bigEndianBytes: bytes)
    do {
        let decoded = try Bytes32(bytes: bytes)
        require(decoded.fieldElement == element && decoded.bytes == bytes, "Bytes32 disagrees with Fr on \(hex(bytes))")
    } catch {
        let expected: EIP4844Error =
            bytes.count != EIP4844Constants.bytesPerFieldElement
            ? .wrongLength(what: "field element", expected: EIP4844Constants.bytesPerFieldElement, got: bytes.count)
            : .fieldElementNotCanonical
        require(element == nil && error == expected, "Bytes32 rejected \(hex(bytes)) with \(error), not \(expected)")
    }
}

private func checkG1Point(
    _ bytes: [UInt8], decode: ([UInt8]) throws(EIP4844Error) -> G1Affine, what: String,
    wrap: (PointDecodingError) -> EIP4844Error
) {
    let expected: Result<G1Affine, EIP4844Error>
    if bytes.count != EIP4844Constants.bytesPerG1Point {
        expected = .failure(.wrongLength(what: what, expected: EIP4844Constants.bytesPerG1Point, got: bytes.count))
    } else {
        expected = Result { () throws(PointDecodingError) in try G1Affine(compressed: bytes) }.mapError(wrap)
    }
    let actual = Result { () throws(EIP4844Error) in try decode(bytes) }
    require(actual == expected, "the \(what) \(hex(bytes)) gave \(actual), but the G1 decoder says \(expected)")
}

#if !FUZZING
    @main enum Replay {
        static func main() { replay(check) }
    }
#endif
