import EIP7594
import Fields
import FuzzSupport

/// `Cell`, whose initializer is the spec's `cell_to_coset_evals` on bytes from the network (EIP-7594).
///
/// The input is decoded as it is, and also repeated to the 2048 bytes of a cell, which is how the fuzzer reaches
/// the element checks with short inputs. Properties: a cell is accepted exactly when it has 2048 bytes and every
/// 32-byte element is below r (judged from the bytes); a rejection names the wrong length or the first element
/// that is not below r; an accepted cell keeps its bytes, holds exactly those elements, and `Cell(evaluations:)`
/// gives it back.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    check(inputBytes(data, size))
    return 0
}

func check(_ input: [UInt8]) {
    checkCell(input)
    if !input.isEmpty {
        checkCell((0..<EIP7594Constants.bytesPerCell).map { input[$0 % input.count] })
    }
}

private let rBytes = Array(Fr.modulus.bigEndianBytes.suffix(32))

private func checkCell(_ bytes: [UInt8]) {
    let width = 32
    let hasCellLength = bytes.count == EIP7594Constants.bytesPerCell
    let firstNonCanonical =
        !hasCellLength
        ? nil
        : (0..<EIP7594Constants.fieldElementsPerCell).first {
            !bytes[$0 * width..<($0 + 1) * width].lexicographicallyPrecedes(rBytes)
        }
    do {
        let cell = try Cell(bytes: bytes)
        require(
            hasCellLength && firstNonCanonical == nil,
            "a cell of \(bytes.count) bytes was accepted with a bad length or element")
        require(cell.bytes == bytes, "the cell does not keep its bytes")
        require(cell.evaluations.flatMap(\.bigEndianBytes) == bytes, "the cell does not hold its elements in order")
        require(Cell(evaluations: cell.evaluations) == cell, "Cell(evaluations:) does not give the cell back")
    } catch {
        let expected: EIP7594Error =
            hasCellLength
            ? .cellElementNotCanonical(index: firstNonCanonical ?? -1)
            : .cellWrongLength(expected: EIP7594Constants.bytesPerCell, got: bytes.count)
        require(error == expected, "a cell was rejected with \(error), not \(expected)")
    }
}

#if !FUZZING
    @main enum Replay {
        static func main() { replay(check) }
    }
#endif
