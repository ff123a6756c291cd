/// Marks up Swift source for the book at build time, so pages need no script: keywords, type names, string and
/// number literals, comments and attributes each get a `<span>` whose class the stylesheet colours.
///
/// It is a lexer, not a parser: a capitalised identifier is taken to be a type, which is the Swift API Design
/// Guidelines' convention and right for the book's code.
enum SwiftHighlighter {
    enum TokenClass: String {
        case keyword = "kw"
        case type = "ty"
        case string = "str"
        case number = "num"
        case comment = "com"
        case attribute = "attr"
    }

    struct Token: Equatable {
        let text: String
        let tokenClass: TokenClass?
    }

    static func html(for source: String) -> String {
        tokens(in: source).map { token in
            let escaped = MathMLWriter.escape(token.text)
            guard let tokenClass = token.tokenClass else { return escaped }
            return "<span class=\"\(tokenClass.rawValue)\">\(escaped)</span>"
        }.joined()
    }

    static func tokens(in source: String) -> [Token] {
        var lexer = Lexer(characters: Array(source))
        return lexer.run()
    }

    private struct Lexer {
        let characters: [Character]
        var position = 0
        var tokens: [Token] = []
        var plain = ""

        mutating func run() -> [Token] {
            while position < characters.count {
                let character = characters[position]
                if character == "/" && peek(1) == "/" {
                    emit(readWhile { $0 != "\n" }, .comment)
                } else if character == "/" && peek(1) == "*" {
                    emit(readBlockComment(), .comment)
                } else if character == "\"" || (character == "#" && (peek(1) == "\"" || peek(1) == "#")) {
                    emit(readString(), .string)
                } else if character.isASCII && character.isNumber {
                    emit(readNumber(), .number)
                } else if character == "@" || (character == "#" && peek(1)?.isLetter == true) {
                    // `@inlinable` and `#if` both steer the compiler rather than compute.
                    position += 1
                    let name = String(character) + readWhile { $0.isLetter || $0.isNumber || $0 == "_" }
                    emit(name, character == "@" ? .attribute : .keyword)
                } else if character.isLetter || character == "_" {
                    let word = readWhile { $0.isLetter || $0.isNumber || $0 == "_" }
                    let isMemberName = plain.hasSuffix(".")
                    if keywords.contains(word) && !isMemberName {
                        emit(word, .keyword)
                    } else if word.first!.isUppercase {
                        emit(word, .type)
                    } else {
                        plain += word
                    }
                } else if character == "`" {
                    // A backquoted identifier (`default`) is a name, not a keyword.
                    position += 1
                    plain += "`" + readWhile { $0 != "`" && $0 != "\n" }
                    if position < characters.count, characters[position] == "`" {
                        plain.append("`")
                        position += 1
                    }
                } else {
                    plain.append(character)
                    position += 1
                }
            }
            flushPlain()
            return tokens
        }

        func peek(_ offset: Int) -> Character? {
            position + offset < characters.count ? characters[position + offset] : nil
        }

        mutating func emit(_ text: String, _ tokenClass: TokenClass) {
            flushPlain()
            tokens.append(Token(text: text, tokenClass: tokenClass))
        }

        mutating func flushPlain() {
            guard !plain.isEmpty else { return }
            tokens.append(Token(text: plain, tokenClass: nil))
            plain = ""
        }

        mutating func readWhile(_ predicate: (Character) -> Bool) -> String {
            let start = position
            while position < characters.count, predicate(characters[position]) { position += 1 }
            return String(characters[start..<position])
        }

        /// Swift block comments nest.
        mutating func readBlockComment() -> String {
            let start = position
            var depth = 0
            while position < characters.count {
                if characters[position] == "/" && peek(1) == "*" {
                    depth += 1
                    position += 2
                } else if characters[position] == "*" && peek(1) == "/" {
                    depth -= 1
                    position += 2
                    if depth == 0 { break }
                } else {
                    position += 1
                }
            }
            return String(characters[start..<position])
        }

        /// A string literal: `"…"`, `"""…"""` or raw `#"…"#`, with escapes and interpolations
        /// (whose parentheses may nest) kept inside it.
        mutating func readString() -> String {
            let start = position
            let hashes = readWhile { $0 == "#" }.count
            let isMultiline = peek(0) == "\"" && peek(1) == "\"" && peek(2) == "\""
            let quote = isMultiline ? "\"\"\"" : "\""
            position += quote.count
            let terminator = Array(quote + String(repeating: "#", count: hashes))
            while position < characters.count {
                if characters[position] == "\\" {
                    position += 1 + hashes
                    if position < characters.count, characters[position] == "(" {
                        skipInterpolation()
                    } else {
                        position += 1
                    }
                    continue
                }
                if !isMultiline && characters[position] == "\n" { break }
                if matches(terminator) {
                    position += terminator.count
                    break
                }
                position += 1
            }
            return String(characters[start..<min(position, characters.count)])
        }

        mutating func skipInterpolation() {
            var depth = 0
            while position < characters.count {
                switch characters[position] {
                case "(": depth += 1
                case ")":
                    depth -= 1
                    if depth == 0 {
                        position += 1
                        return
                    }
                default: break
                }
                position += 1
            }
        }

        func matches(_ sequence: [Character]) -> Bool {
            guard position + sequence.count <= characters.count else { return false }
            return Array(characters[position..<(position + sequence.count)]) == sequence
        }

        /// Decimal, hexadecimal, octal and binary literals, with `_` separators, fractions and exponents.
        mutating func readNumber() -> String {
            let start = position
            if characters[position] == "0", let prefix = peek(1), "xob".contains(prefix) {
                position += 2
                _ = readWhile { $0.isHexDigit || $0 == "_" }
                return String(characters[start..<position])
            }
            _ = readWhile { ($0.isASCII && $0.isNumber) || $0 == "_" }
            if peek(0) == ".", let next = peek(1), next.isASCII, next.isNumber {
                position += 1
                _ = readWhile { ($0.isASCII && $0.isNumber) || $0 == "_" }
            }
            if let exponent = peek(0), exponent == "e" || exponent == "E",
                let next = peek(1), next.isNumber || next == "-" || next == "+"
            {
                position += 2
                _ = readWhile { $0.isASCII && $0.isNumber }
            }
            return String(characters[start..<position])
        }
    }

    /// Swift's keywords (The Swift Programming Language, "Lexical Structure"), with the contextual ones a reader
    /// expects coloured.
    static let keywords: Set<String> = [
        "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension", "fileprivate", "func",
        "import", "init", "inout", "internal", "let", "nonisolated", "open", "operator", "package", "private",
        "precedencegroup", "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias", "var",
        "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough", "for", "guard", "if",
        "in", "repeat", "return", "throw", "switch", "where", "while", "Any", "as", "await", "false", "is", "nil",
        "self", "Self", "super", "throws", "true", "try", "async", "some", "any", "mutating", "nonmutating",
        "override", "final", "lazy", "weak", "unowned", "indirect", "convenience", "required", "willSet", "didSet",
        "sending",
    ]
}
