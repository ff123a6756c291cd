/// Lays out the HTML Ink produces as terminal text: blocks separated by blank lines, paragraphs wrapped to the
/// width, lists and quotes indented, code kept as written.
struct BlockWriter {
    let styled: Bool
    let width: Int
    private(set) var output = ""

    private var runs: [Run] = []
    private var styleCounts: [Style: Int] = [:]
    private var lists: [(ordered: Bool, counter: Int)] = []
    private var pendingMarker: String?
    private var quoteDepth = 0
    private var headingLevel: Int?
    private var preformatted: [Run]?
    private var table: [[String]]?
    private var links: [String] = []

    init(styled: Bool, width: Int) {
        self.styled = styled
        self.width = width
    }

    // MARK: Blocks

    mutating func line(_ text: String) {
        output += text + "\n"
    }

    mutating func heading(level: Int, _ content: [Run]) {
        let text = content.map(\.text).joined().trimmingWhitespace()
        guard !text.isEmpty else { return }
        blankLine()
        switch level {
        case 1:
            output +=
                paint(text, [.bold]) + "\n" + paint(String(repeating: "═", count: min(text.count, width)), [.accent])
                + "\n"
        case 2:
            output +=
                paint(text, [.bold]) + "\n" + paint(String(repeating: "─", count: min(text.count, width)), [.accent])
                + "\n"
        default:
            output += paint(text, [.bold, .underline]) + "\n"
        }
        blankLine()
    }

    mutating func paragraph(_ content: [Run]) {
        runs = content
        flushParagraph()
    }

    mutating func block(_ lines: [String]) {
        blankLine()
        for line in lines { output += indentation + line + "\n" }
        blankLine()
    }

    private mutating func blankLine() {
        guard !output.isEmpty, !output.hasSuffix("\n\n") else { return }
        output += output.hasSuffix("\n") ? "\n" : "\n\n"
    }

    private var indentation: String {
        String(repeating: "  ", count: lists.count) + String(repeating: "│ ", count: quoteDepth)
    }

    // MARK: HTML

    /// Writes `html`; `<x-exercise n="…">` elements become the lines `exerciseBox` gives for that index.
    mutating func write(html: String, exerciseBox: (Int) -> [String]) {
        for token in HTMLTokenizer.tokens(in: html) {
            switch token {
            case .text(let text):
                if preformatted != nil {
                    preformatted!.append(Run(text: text, styles: activeStyles))
                } else {
                    runs.append(Run(text: text, styles: activeStyles))
                }
            case .open(let name, let attributes):
                open(name, attributes: attributes, exerciseBox: exerciseBox)
            case .close(let name):
                close(name)
            }
        }
        flushParagraph()
    }

    private var activeStyles: Set<Style> {
        Set(styleCounts.filter { $0.value > 0 }.keys)
    }

    private mutating func push(_ style: Style) { styleCounts[style, default: 0] += 1 }
    private mutating func pop(_ style: Style) { styleCounts[style, default: 1] -= 1 }

    private mutating func open(_ name: String, attributes: [String: String], exerciseBox: (Int) -> [String]) {
        switch name {
        case "h1", "h2", "h3", "h4", "h5", "h6":
            flushParagraph()
            headingLevel = Int(name.dropFirst())
        case "p", "div":
            flushParagraph()
        case "em", "i": push(.italic)
        case "strong", "b": push(.bold)
        case "a":
            push(.underline)
            links.append(attributes["href"] ?? "")
        case "code" where preformatted == nil:
            // Without colour, backticks are what mark code in running text.
            push(.code)
            if !styled { runs.append(Run(text: "`", styles: [])) }
        case "pre":
            flushParagraph()
            preformatted = []
        case "span":
            let classes: [String: Style] = [
                "kw": .keyword, "ty": .type, "str": .string, "num": .number,
                "com": .comment, "attr": .attribute,
            ]
            if let style = attributes["class"].flatMap({ classes[$0] }) { push(style) }
        case "ul", "ol":
            flushParagraph()
            if lists.isEmpty { blankLine() }
            lists.append((ordered: name == "ol", counter: 0))
        case "li":
            flushParagraph()
            if !lists.isEmpty {
                lists[lists.count - 1].counter += 1
                let list = lists[lists.count - 1]
                pendingMarker = list.ordered ? "\(list.counter). " : "• "
            }
        case "blockquote":
            flushParagraph()
            blankLine()
            quoteDepth += 1
        case "hr":
            flushParagraph()
            block([paint(String(repeating: "─", count: min(width, 60)), [.muted])])
        case "br":
            runs.append(Run(text: "\n", styles: []))
        case "img":
            runs.append(Run(text: "[image: \(attributes["alt"] ?? "")]", styles: [.muted]))
        case "table":
            flushParagraph()
            table = []
        case "tr":
            table?.append([])
        case "td", "th":
            runs = []
        case "x-exercise":
            flushParagraph()
            block(exerciseBox(Int(attributes["n"] ?? "") ?? 0))
        default:
            break
        }
    }

    private mutating func close(_ name: String) {
        switch name {
        case "h1", "h2", "h3", "h4", "h5", "h6":
            // The heading's anchor link ("#") is for the browser only.
            var content = runs
            if content.last?.text == "#" { content.removeLast() }
            runs = []
            heading(level: headingLevel ?? 3, content)
            headingLevel = nil
        case "p", "div": flushParagraph()
        case "em", "i": pop(.italic)
        case "strong", "b": pop(.bold)
        case "a":
            pop(.underline)
            if let href = links.popLast(), href.hasPrefix("http") {
                runs.append(Run(text: " <\(href)>", styles: [.muted]))
            }
        case "code" where preformatted == nil:
            pop(.code)
            if !styled { runs.append(Run(text: "`", styles: [])) }
        case "pre":
            let content = preformatted ?? []
            preformatted = nil
            writePreformatted(content)
        case "span":
            for style in [Style.keyword, .type, .string, .number, .comment, .attribute]
            where styleCounts[style, default: 0] > 0 {
                pop(style)
                break
            }
        case "ul", "ol":
            flushParagraph()
            _ = lists.popLast()
            if lists.isEmpty { blankLine() }
        case "li":
            flushParagraph()
        case "blockquote":
            flushParagraph()
            quoteDepth -= 1
            blankLine()
        case "td", "th":
            let cell = runs.map(\.text).joined().collapsingWhitespace()
            runs = []
            if table?.isEmpty == false { table![table!.count - 1].append(cell) }
        case "table":
            writeTable(table ?? [])
            table = nil
        default:
            break
        }
    }

    private mutating func writePreformatted(_ content: [Run]) {
        var lines: [String] = [""]
        for run in content {
            let pieces = RenderedMarkdown.decodeEntities(run.text).split(
                separator: "\n", omittingEmptySubsequences: false)
            for (index, piece) in pieces.enumerated() {
                if index > 0 { lines.append("") }
                lines[lines.count - 1] += paint(String(piece), run.styles)
            }
        }
        block(lines.map { "    " + $0 })
    }

    private mutating func writeTable(_ rows: [[String]]) {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        let lines = rows.enumerated().map { index, row in
            let cells = (0..<columns).map { column in
                (column < row.count ? row[column] : "").padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }
            let text = cells.joined(separator: " │ ")
            return index == 0 ? paint(text, [.bold]) : text
        }
        block(lines)
    }

    /// Wraps the pending inline text into lines, with the list marker (if any) on the first.
    private mutating func flushParagraph() {
        let content = runs
        runs = []
        let words = Self.words(in: content)
        guard !words.isEmpty else { return }
        let marker = pendingMarker ?? ""
        pendingMarker = nil
        let baseIndent =
            String(repeating: "  ", count: max(lists.count - 1, 0))
            + String(repeating: "│ ", count: quoteDepth)
        let firstPrefix = baseIndent + marker
        let restPrefix = baseIndent + String(repeating: " ", count: marker.count)
        if lists.isEmpty { blankLine() }
        var line = firstPrefix
        var lineWidth = firstPrefix.count
        var lineHasWord = false
        for word in words {
            if word.isBreak {
                output += line + "\n"
                line = restPrefix
                lineWidth = restPrefix.count
                lineHasWord = false
                continue
            }
            let needed = word.text.count + (lineHasWord ? 1 : 0)
            if lineHasWord && lineWidth + needed > width {
                output += line + "\n"
                line = restPrefix
                lineWidth = restPrefix.count
                lineHasWord = false
            }
            if lineHasWord {
                line += " "
                lineWidth += 1
            }
            // No-break spaces only steer wrapping; the terminal gets plain spaces.
            line += paint(word.text.replacingOccurrences(of: "\u{00A0}", with: " "), word.styles)
            lineWidth += word.text.count
            lineHasWord = true
        }
        output += line + "\n"
        if lists.isEmpty { blankLine() }
    }

    private struct Word {
        var text: String
        var styles: Set<Style>
        var isBreak = false
    }

    /// Splits styled runs into words. Text with no space between runs (`x` then `²`) stays one word.
    private static func words(in runs: [Run]) -> [Word] {
        var words: [Word] = []
        var joinNext = false
        for run in runs {
            let text = RenderedMarkdown.decodeEntities(run.text)
            if text == "\n" {
                words.append(Word(text: "", styles: [], isBreak: true))
                joinNext = false
                continue
            }
            let startsWithSpace = text.first?.isWhitespace ?? false
            // Inline code is never broken across lines: a command must stay copyable.
            let pieces =
                run.styles.contains(.code)
                ? [Substring(text)]
                : text.split(whereSeparator: { $0.isWhitespace && $0 != "\u{00A0}" })
            for (index, piece) in pieces.enumerated() {
                if index == 0 && joinNext && !startsWithSpace, let last = words.last, !last.isBreak {
                    // Styles differ within the word; keep the first run's, it is rare and harmless.
                    words[words.count - 1].text += piece
                } else {
                    words.append(Word(text: String(piece), styles: run.styles))
                }
            }
            joinNext = !(text.last?.isWhitespace ?? true)
        }
        return words
    }

    private func paint(_ text: String, _ styles: Set<Style>) -> String {
        guard styled, !styles.isEmpty, !text.isEmpty else { return text }
        let order: [Style] = [
            .bold, .italic, .underline, .code, .muted, .accent, .keyword, .type, .string, .number,
            .comment, .attribute,
        ]
        return order.filter(styles.contains).map(\.ansi).joined() + text + "\u{1B}[0m"
    }
}

/// The tokens of the HTML the book generates: tags with attributes, and text. Not a general HTML parser; it
/// only needs to read what Ink and the renderer write.
enum HTMLTokenizer {
    enum Token: Equatable {
        case open(String, [String: String])
        case close(String)
        case text(String)
    }

    static func tokens(in html: String) -> [Token] {
        var tokens: [Token] = []
        var rest = Substring(html)
        while !rest.isEmpty {
            guard let tagStart = rest.firstIndex(of: "<") else {
                tokens.append(.text(String(rest)))
                break
            }
            if tagStart > rest.startIndex { tokens.append(.text(String(rest[..<tagStart]))) }
            guard let tagEnd = rest[tagStart...].firstIndex(of: ">") else {
                tokens.append(.text(String(rest[tagStart...])))
                break
            }
            let tag = rest[rest.index(after: tagStart)..<tagEnd]
            rest = rest[rest.index(after: tagEnd)...]
            if tag.hasPrefix("!") { continue }
            if tag.hasPrefix("/") {
                tokens.append(.close(tag.dropFirst().lowercased()))
                continue
            }
            let name = tag.prefix { !$0.isWhitespace && $0 != "/" }.lowercased()
            var attributes: [String: String] = [:]
            for match in tag.matches(of: /([a-zA-Z-]+)="([^"]*)"/) {
                attributes[String(match.output.1)] = RenderedMarkdown.decodeEntities(String(match.output.2))
            }
            tokens.append(.open(name, attributes))
        }
        return tokens
    }
}

extension String {
    func trimmingWhitespace() -> String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }

    func collapsingWhitespace() -> String {
        split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
