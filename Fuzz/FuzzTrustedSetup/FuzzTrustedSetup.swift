import Curves
import FuzzSupport
import KZG

/// The trusted-setup text loader, `TrustedSetup(parsing:)`: counts, hex lines, point decoding, consistency.
///
/// The input is the file's text (as UTF-8, invalid sequences replaced). Properties:
/// - an accepted setup has as many Lagrange as monomial G1 points, a power of two that is the domain's size, at
///   least two G2 points, and the generators as its first powers;
/// - an error about a line names a line the text has, or the one just after its end.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    check(inputBytes(data, size))
    return 0
}

func check(_ input: [UInt8]) {
    let text = String(decoding: input, as: UTF8.self)
    do {
        let setup = try TrustedSetup(parsing: text)
        let n = setup.g1Monomial.count
        require(
            n > 0 && n & (n - 1) == 0 && setup.g1Lagrange.count == n && setup.domain.size == n,
            "a setup with \(n) monomial and \(setup.g1Lagrange.count) Lagrange points was accepted")
        require(setup.g2Monomial.count >= 2, "a setup with \(setup.g2Monomial.count) G2 points was accepted")
        require(
            setup.g1Monomial[0] == .generator && setup.g2Monomial[0] == .generator,
            "a setup whose first powers are not the generators was accepted")
    } catch {
        // Counting as a text editor does: every line feed starts a line, so a final one opens an empty last line.
        let lineCount = text.utf8.count { $0 == UInt8(ascii: "\n") } + 1
        if let line = error.line {
            require(line >= 1 && line <= lineCount + 1, "\(error) names line \(line) of a \(lineCount)-line text")
        }
    }
}

extension TrustedSetupError {
    /// The line an error about the file names.
    fileprivate var line: Int? {
        switch self {
        case .malformedCount(let line), .unsupportedCount(let line, _), .missingLine(let line),
            .malformedHex(let line, _), .invalidPoint(let line, _), .trailingContent(let line):
            line
        default: nil
        }
    }
}

#if !FUZZING
    @main enum Replay {
        static func main() { replay(check) }
    }
#endif
