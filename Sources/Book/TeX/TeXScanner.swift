/// A problem in a formula, at a character offset into its TeX source.
struct TeXError: Error, Equatable, Sendable {
    let message: String
    let offset: Int
}

/// One lexical unit of math-mode TeX.
enum TeXToken: Equatable, Sendable {
    /// `\name` (letters), or `\` and one other character (`\{`, `\,`, `\\`).
    case command(String)
    case character(Character)
    case openGroup
    case closeGroup
    case superscript
    case `subscript`
    /// `&`, the column separator inside environments.
    case alignment
}

/// Splits math-mode TeX into tokens, skipping the whitespace math mode ignores. The parser also reads raw text
/// through it, for `\text{…}` and environment names, where spaces matter.
struct TeXScanner {
    private let characters: [Character]
    private(set) var position = 0

    init(_ source: String) {
        characters = Array(source)
    }

    /// The offset of the next token, for error messages.
    var nextOffset: Int {
        var probe = position
        while probe < characters.count, characters[probe].isWhitespace { probe += 1 }
        return probe
    }

    func peek() throws(TeXError) -> TeXToken? {
        var copy = self
        return try copy.next()
    }

    mutating func next() throws(TeXError) -> TeXToken? {
        while position < characters.count, characters[position].isWhitespace { position += 1 }
        guard position < characters.count else { return nil }
        let start = position
        let character = characters[position]
        position += 1
        switch character {
        case "\\":
            guard position < characters.count else {
                throw TeXError(message: "a lone backslash ends the formula", offset: start)
            }
            if characters[position].isASCIILetter {
                var name = ""
                while position < characters.count, characters[position].isASCIILetter {
                    name.append(characters[position])
                    position += 1
                }
                return .command(name)
            }
            position += 1
            return .command(String(characters[position - 1]))
        case "{": return .openGroup
        case "}": return .closeGroup
        case "^": return .superscript
        case "_": return .subscript
        case "&": return .alignment
        case "%":
            throw TeXError(
                message: "`%` starts a TeX comment, which formulas here do not allow; write `\\%` for a percent sign",
                offset: start)
        case "#":
            throw TeXError(message: "`#` is not allowed in a formula; write `\\#`", offset: start)
        default: return .character(character)
        }
    }

    /// Reads the raw text of a `{…}` group (braces may nest), for `\text` and friends. The opening brace must
    /// come next.
    mutating func readRawGroup() throws(TeXError) -> String {
        let start = nextOffset
        guard try next() == .openGroup else {
            throw TeXError(message: "expected `{` here", offset: start)
        }
        var depth = 1
        var text = ""
        while position < characters.count {
            let character = characters[position]
            position += 1
            switch character {
            case "{": depth += 1
            case "}":
                depth -= 1
                if depth == 0 { return text }
            case "\\" where position < characters.count:
                text.append(character)
                text.append(characters[position])
                position += 1
                continue
            default: break
            }
            text.append(character)
        }
        throw TeXError(message: "this `{` is never closed", offset: start)
    }
}

extension Character {
    var isASCIILetter: Bool { isASCII && isLetter }
}
