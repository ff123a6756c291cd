import Fields
import FuzzSupport

/// Field-element decoding: `Fr(bigEndianBytes:)` (32 bytes) and `Fp(bigEndianBytes:)` (48 bytes).
///
/// The first byte picks the field (even: Fr, odd: Fp); the rest is the encoding. Properties:
/// - exactly the encodings of the right length whose value is below the modulus are accepted, judged by comparing
///   the bytes with the modulus's, independently of the limb code;
/// - an accepted encoding encodes back to the same bytes (one encoding per element);
/// - the decoded element equals the one `reducingBigEndian` makes of the same bytes (Fr only, which has it);
/// - a rejection gives the documented error.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    check(inputBytes(data, size))
    return 0
}

func check(_ input: [UInt8]) {
    guard let selector = input.first else { return }
    let encoding = Array(input.dropFirst())
    if selector & 1 == 0 {
        let element = checkDecoding(Fr.self, encoding)
        if let element { require(element == Fr(reducingBigEndian: encoding), "Fr decoding disagrees with reduction") }
    } else {
        _ = checkDecoding(Fp.self, encoding)
    }
}

private func checkDecoding<Field: PrimeField>(_: Field.Type, _ encoding: [UInt8]) -> Field? {
    let modulus = Array(Field.modulus.bigEndianBytes.suffix(Field.byteCount))
    let isCanonical = encoding.count == Field.byteCount && encoding.lexicographicallyPrecedes(modulus)
    do {
        let element = try Field(bigEndianBytes: encoding)
        require(isCanonical, "\(Field.self) accepted \(hex(encoding)), which is not below the modulus")
        require(element.bigEndianBytes == encoding, "\(Field.self) \(hex(encoding)) encodes back differently")
        return element
    } catch {
        require(!isCanonical, "\(Field.self) rejected the canonical \(hex(encoding)): \(error)")
        let expected: FieldError =
            encoding.count == Field.byteCount
            ? .nonCanonical : .wrongLength(expected: Field.byteCount, got: encoding.count)
        require(error == expected, "\(Field.self) rejected \(hex(encoding)) with \(error), not \(expected)")
        return nil
    }
}

#if !FUZZING
    @main enum Replay {
        static func main() { replay(check) }
    }
#endif
