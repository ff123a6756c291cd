import Foundation
import WorkbookModel

/// A chapter's Markdown with its formulas and exercise markers lifted out and replaced by placeholders, so Ink
/// never sees TeX (it would read `_` and `*` in `$a_i * b_i$` as emphasis) and the exercise boxes can be built
/// from the catalog afterwards.
///
/// Code is left alone: a `$` inside a code span or a fenced block is not math.
struct PreparedMarkdown {
    struct Formula {
        let display: Bool
        let node: MathNode
        let line: Int
    }

    struct ExerciseMarker {
        let id: String
        let line: Int
    }

    /// The Markdown to hand to Ink.
    let text: String
    let formulas: [Formula]
    let exerciseMarkers: [ExerciseMarker]

    /// Placeholders are private-use characters: Ink passes them through untouched, and no chapter contains them.
    static let formulaStart: Character = "\u{E000}"
    static let formulaEnd: Character = "\u{E001}"
    static let exerciseStart: Character = "\u{E002}"
    static let exerciseEnd: Character = "\u{E003}"

    /// Prepares `markdown`, read from `file` (a path for error messages), whose first line is `firstLine` there.
    init(_ markdown: String, file: String, firstLine: Int = 1) throws(DocsError) {
        let placeholders: Set<Character> = [Self.formulaStart, Self.formulaEnd, Self.exerciseStart, Self.exerciseEnd]
        if let index = markdown.firstIndex(where: placeholders.contains) {
            throw .markup(
                file: file, line: firstLine + markdown[..<index].filter { $0 == "\n" }.count,
                message: "the private-use characters U+E000 to U+E003 are reserved by the book builder")
        }
        var scanner = MarkdownScanner(characters: Array(markdown), file: file, line: firstLine)
        try scanner.run()
        text = scanner.output
        formulas = scanner.formulas
        exerciseMarkers = scanner.exerciseMarkers
    }
}

private struct MarkdownScanner {
    let characters: [Character]
    let file: String
    var line: Int
    var position = 0
    var output = ""
    var formulas: [PreparedMarkdown.Formula] = []
    var exerciseMarkers: [PreparedMarkdown.ExerciseMarker] = []
    var previousLineIsParagraphText = false
    var previousLineIsBlank = true
    var isInList = false

    init(characters: [Character], file: String, line: Int) {
        self.characters = characters
        self.file = file
        self.line = line
    }

    mutating func run() throws(DocsError) {
        while position < characters.count {
            try scanLine()
        }
    }

    /// The text of the current line from `position` on, without its newline.
    private var restOfLine: String {
        var end = position
        while end < characters.count, characters[end] != "\n" { end += 1 }
        return String(characters[position..<end])
    }

    private mutating func scanLine() throws(DocsError) {
        let lineText = restOfLine
        let trimmed = lineText.drop { $0 == " " }
        let indentation = lineText.count - trimmed.count
        let continuesParagraph = previousLineIsParagraphText
        let followsBlankLine = previousLineIsBlank
        previousLineIsParagraphText = !trimmed.isEmpty && !"#|<>".contains(trimmed.first!)
        previousLineIsBlank = trimmed.isEmpty
        if !trimmed.isEmpty && indentation < 4 {
            isInList = Self.startsListItem(trimmed) || (isInList && indentation > 0)
        }
        // Ink has no indented code blocks; CommonMark (and a forge) has, so they become fenced ones. Inside a list
        // the indentation belongs to the list.
        if indentation >= 4, !trimmed.isEmpty, followsBlankLine, !isInList {
            copyIndentedBlock()
            return
        }
        if lineText.count - trimmed.count <= 3, trimmed.hasPrefix("```") {
            previousLineIsParagraphText = false
            copyFencedBlock(fence: String(trimmed.prefix { $0 == "`" }))
            return
        }
        if let id = Self.exerciseMarker(in: lineText) {
            previousLineIsParagraphText = false
            exerciseMarkers.append(.init(id: id, line: line))
            // Blank lines around the placeholder make it a paragraph of its own, which the box replaces whole.
            output += "\n\(PreparedMarkdown.exerciseStart)\(exerciseMarkers.count - 1)\(PreparedMarkdown.exerciseEnd)\n"
            position += lineText.count
            return
        }
        // `[name]: address` defines a link address that `[text][name]` uses.
        if let definition = lineText.firstMatch(of: /^ {0,3}\[[^\]]+\]:[ \t]*(.*)$/),
            let problem = MarkupSafety.problem(withAddress: String(definition.output.1))
        {
            throw .markup(file: file, line: line, message: problem)
        }
        // Ink ends a paragraph at a line that starts with a backtick; in CommonMark (and on a forge) the line
        // continues the paragraph. Joining it to the line before keeps the paragraph whole.
        if continuesParagraph, lineText.first == "`", output.last == "\n" {
            output.removeLast()
            output.append(" ")
        }
        while position < characters.count {
            let character = characters[position]
            switch character {
            case "\n":
                output.append(character)
                position += 1
                line += 1
                return
            case "\\" where position + 1 < characters.count && characters[position + 1] != "\n":
                // `\<script>` is checked too: what Ink makes of an escaped `<` is its business, not a promise.
                if characters[position + 1] == "<" { try checkTag(at: position + 1) }
                output.append(character)
                output.append(characters[position + 1])
                position += 2
            case "`":
                copyCodeSpan()
            case "$":
                try extractFormula()
            case "<":
                try checkTag(at: position)
                output.append(character)
                position += 1
            case "]" where position + 1 < characters.count && characters[position + 1] == "(":
                if let problem = MarkupSafety.problem(withLinkAddressAt: position + 2, in: characters) {
                    throw .markup(file: file, line: line, message: problem)
                }
                output.append(character)
                position += 1
            default:
                output.append(character)
                position += 1
            }
        }
    }

    private func checkTag(at start: Int) throws(DocsError) {
        if let problem = MarkupSafety.problem(withTagAt: start, in: characters) {
            throw .markup(file: file, line: line, message: problem)
        }
    }

    /// `<!-- exercise: ID -->` alone on a line.
    static func exerciseMarker(in line: String) -> String? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("<!--"), trimmed.hasSuffix("-->") else { return nil }
        let body = trimmed.dropFirst(4).dropLast(3).trimmingCharacters(in: .whitespaces)
        guard body.hasPrefix("exercise:") else { return nil }
        let id = body.dropFirst("exercise:".count).trimmingCharacters(in: .whitespaces)
        return id.isEmpty || id.contains(" ") ? nil : id
    }

    /// `- `, `* `, `+ ` or `1. `: the start of a list item.
    static func startsListItem(_ line: Substring) -> Bool {
        if let first = line.first, "-*+".contains(first), line.dropFirst().first == " " { return true }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        return !digits.isEmpty && line.dropFirst(digits.count).hasPrefix(". ")
    }

    /// Lines indented by four spaces, blank lines between them included, written as a fenced block.
    private mutating func copyIndentedBlock() {
        var lines: [String] = []
        while position < characters.count {
            let lineText = restOfLine
            let isBlank = lineText.allSatisfy { $0 == " " }
            if !isBlank && !lineText.hasPrefix("    ") { break }
            lines.append(isBlank ? "" : String(lineText.dropFirst(4)))
            position += lineText.count
            if position < characters.count { position += 1 }
            line += 1
        }
        var trailingBlankLines = 0
        while lines.last == "" {
            lines.removeLast()
            trailingBlankLines += 1
        }
        output +=
            "```\n" + lines.joined(separator: "\n") + "\n```\n" + String(repeating: "\n", count: trailingBlankLines)
        previousLineIsBlank = trailingBlankLines > 0
        previousLineIsParagraphText = false
    }

    private mutating func copyFencedBlock(fence: String) {
        var first = true
        while position < characters.count {
            let lineText = restOfLine
            output += lineText
            position += lineText.count
            if position < characters.count {
                output.append("\n")
                position += 1
                line += 1
            }
            let trimmed = lineText.trimmingCharacters(in: .whitespaces)
            if !first, trimmed.hasPrefix(fence), trimmed.allSatisfy({ $0 == "`" }) { return }
            first = false
        }
    }

    /// A code span opened by a run of backticks closes at the next run of the same length in the same
    /// paragraph; without one, the backticks are literal. Ink only knows one-line spans, so a span that wraps
    /// is put on one line, its line break becoming a space as in CommonMark.
    private mutating func copyCodeSpan() {
        var runLength = 0
        while position + runLength < characters.count, characters[position + runLength] == "`" { runLength += 1 }
        var probe = position + runLength
        while probe < characters.count {
            if characters[probe] == "\n" && Self.isBlankLine(after: probe, in: characters) { break }
            if characters[probe] == "`" {
                var closing = 0
                while probe + closing < characters.count, characters[probe + closing] == "`" { closing += 1 }
                if closing == runLength {
                    let span = String(characters[position..<(probe + closing)])
                    line += span.filter { $0 == "\n" }.count
                    output += span.replacing(/\n[ \t]*/, with: " ")
                    position = probe + closing
                    return
                }
                probe += closing
            } else {
                probe += 1
            }
        }
        output += String(repeating: "`", count: runLength)
        position += runLength
    }

    private mutating func extractFormula() throws(DocsError) {
        let display = position + 1 < characters.count && characters[position + 1] == "$"
        let delimiter = display ? 2 : 1
        let startLine = line
        var probe = position + delimiter
        var closing: Int?
        while probe < characters.count {
            let character = characters[probe]
            if character == "\\" {
                probe += 2
                continue
            }
            if character == "$" {
                if !display {
                    closing = probe
                    break
                }
                if probe + 1 < characters.count, characters[probe + 1] == "$" {
                    closing = probe
                    break
                }
            }
            // Inline math stays within its paragraph: a blank line means the `$` was never closed.
            if !display, character == "\n", Self.isBlankLine(after: probe, in: characters) { break }
            probe += 1
        }
        guard let closing else {
            throw .markup(
                file: file, line: startLine,
                message: display
                    ? "`$$` opens display math that is never closed"
                    : "`$` opens inline math that is never closed (write `\\$` for a dollar sign)")
        }
        let tex = String(characters[(position + delimiter)..<closing])
        let node: MathNode
        do {
            node = try TeXParser.parse(tex, display: display)
        } catch {
            let lineInFormula = tex.prefix(error.offset).filter { $0 == "\n" }.count
            throw .math(file: file, line: startLine + lineInFormula, message: error.message)
        }
        guard !tex.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw .markup(file: file, line: startLine, message: "empty formula")
        }
        formulas.append(.init(display: display, node: node, line: startLine))
        line += tex.filter { $0 == "\n" }.count
        output += "\(PreparedMarkdown.formulaStart)\(formulas.count - 1)\(PreparedMarkdown.formulaEnd)"
        position = closing + delimiter
    }

    private static func isBlankLine(after newline: Int, in characters: [Character]) -> Bool {
        var probe = newline + 1
        while probe < characters.count, characters[probe] == " " || characters[probe] == "\t" { probe += 1 }
        return probe >= characters.count || characters[probe] == "\n"
    }
}
