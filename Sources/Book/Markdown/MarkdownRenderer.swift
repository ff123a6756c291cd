import Foundation
import Ink
import WorkbookModel

/// Markdown rendered by Ink, with the book's additions: formulas parsed from TeX, Swift highlighted, headings
/// given anchors, links between chapter files pointed at the chapter pages, and exercise markers kept as
/// placeholders until a page (HTML or terminal) decides how to draw them.
struct RenderedMarkdown {
    struct Heading {
        let level: Int
        let id: String
        /// The heading as plain text, formulas in Unicode.
        let title: String
    }

    /// HTML in which formulas and exercise boxes are still placeholders.
    let html: String
    let formulas: [PreparedMarkdown.Formula]
    let exerciseMarkers: [PreparedMarkdown.ExerciseMarker]
    let headings: [Heading]

    /// Renders `markdown` from `file` (for error messages). `idPrefix` keeps anchors unique when several
    /// documents share a page, as in the print version.
    init(_ markdown: String, file: String, firstLine: Int = 1, idPrefix: String = "") throws(DocsError) {
        let prepared = try PreparedMarkdown(markdown, file: file, firstLine: firstLine)
        let parser = MarkdownParser(modifiers: [Modifier(target: .codeBlocks, closure: Self.codeBlock)])
        var html = parser.html(from: prepared.text)
        try Self.checkSafety(ofHTML: html, from: markdown, file: file, firstLine: firstLine)
        formulas = prepared.formulas
        exerciseMarkers = prepared.exerciseMarkers

        var headings: [Heading] = []
        var usedIDs: Set<String> = []
        html = html.replacing(/<h([1-6])>(.*?)<\/h\1>/) { match in
            let level = Int(match.output.1)!
            let inner = String(match.output.2)
            let title = Self.plainText(ofHTML: inner, formulas: prepared.formulas, exercises: { _ in "" })
            var id = idPrefix + Self.slug(title)
            if usedIDs.contains(id) {
                var counter = 2
                while usedIDs.contains("\(id)-\(counter)") { counter += 1 }
                id += "-\(counter)"
            }
            usedIDs.insert(id)
            headings.append(Heading(level: level, id: id, title: title))
            let attribute = MathMLWriter.escape(id)
            return "<h\(level) id=\"\(attribute)\">\(inner)<a class=\"anchor\" href=\"#\(attribute)\" "
                + "aria-label=\"Link to this section\">#</a></h\(level)>"
        }
        // Chapters link to each other as files (`../02-scalar-field/README.md#…`), which works on a forge; in
        // the book those links go to the chapter pages.
        html = html.replacing(/href="(?:\.\.\/)?(\d\d-[a-z0-9-]+)\/README\.md(#[^"]*)?"/) { match in
            "href=\"\(match.output.1).html\(match.output.2 ?? "")\""
        }
        self.html = html
        self.headings = headings
    }

    /// Applies the book's markup rules to the HTML Ink made: every `<` there opens a tag, since Ink escapes the
    /// `<` of text and code. The line named is where the offending tag first appears in the Markdown.
    private static func checkSafety(
        ofHTML html: String, from markdown: String, file: String,
        firstLine: Int
    ) throws(DocsError) {
        let characters = Array(html)
        for (index, character) in characters.enumerated() where character == "<" {
            guard let problem = MarkupSafety.problem(withTagAt: index, in: characters) else { continue }
            let tag = characters[index...].prefix { !$0.isWhitespace && $0 != ">" }
            let offset = markdown.lowercased().range(of: String(tag).lowercased())?.lowerBound ?? markdown.startIndex
            throw .markup(
                file: file, line: firstLine + markdown[..<offset].filter { $0 == "\n" }.count,
                message: problem)
        }
    }

    /// The final HTML: formulas as MathML, each exercise marker replaced by `exerciseBox`.
    func pageHTML(exerciseBox: (PreparedMarkdown.ExerciseMarker) -> String) -> String {
        // Punctuation after a formula (and a bracket before it) must not wrap onto a line of its own.
        let glued = html.replacing(/([(\[]?)\u{E000}(\d+)\u{E001}([.,;:!?)\]]+)/) { match -> String in
            guard !formulas[Int(match.output.2)!].display else { return String(match.output.0) }
            return "<span class=\"nowrap\">\(match.output.0)</span>"
        }
        return Self.substitutePlaceholders(
            in: glued, formulas: formulas,
            formula: { MathMLWriter.markup(for: $0.node, display: $0.display) },
            exercise: { exerciseBox(exerciseMarkers[$0]) })
    }

    /// Replaces formula placeholders through `formula` and exercise placeholders (with the paragraph Ink put
    /// around each) through `exercise`, which is given the marker's index.
    static func substitutePlaceholders(
        in html: String, formulas: [PreparedMarkdown.Formula],
        formula: (PreparedMarkdown.Formula) -> String, exercise: (Int) -> String
    ) -> String {
        html.replacing(/(?:<p>)?\u{E002}(\d+)\u{E003}(?:<\/p>)?/) { exercise(Int($0.output.1)!) }
            .replacing(/\u{E000}(\d+)\u{E001}/) { formula(formulas[Int($0.output.1)!]) }
    }

    /// Text without markup, for search and for headings: tags dropped, entities decoded, formulas in Unicode,
    /// exercises as `exercises(index)` says, whitespace collapsed.
    static func plainText(
        ofHTML html: some StringProtocol, formulas: [PreparedMarkdown.Formula],
        exercises: (Int) -> String
    ) -> String {
        var text = substitutePlaceholders(
            in: String(html), formulas: formulas,
            formula: { MathTextWriter.text(for: $0.node) },
            exercise: { " \(exercises($0)) " })
        // The "#" links beside headings are for the browser, not part of the text.
        text = text.replacing(/<a class="anchor"[^>]*>#<\/a>/, with: "")
        text = text.replacing(/<[^>]*>/, with: " ")
        text = decodeEntities(text)
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func decodeEntities(_ text: String) -> String {
        text.replacing(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/) { match -> String in
            let name = match.output.1
            if name.hasPrefix("#x"), let value = UInt32(name.dropFirst(2), radix: 16),
                let scalar = Unicode.Scalar(value)
            {
                return String(scalar)
            }
            if name.hasPrefix("#"), let value = UInt32(name.dropFirst()), let scalar = Unicode.Scalar(value) {
                return String(scalar)
            }
            switch name {
            case "lt": return "<"
            case "gt": return ">"
            case "amp": return "&"
            case "quot": return "\""
            case "apos": return "'"
            case "nbsp": return "\u{00A0}"
            default: return String(match.output.0)
            }
        }
    }

    /// An anchor from a heading: lowercase letters and digits, words joined by hyphens.
    static func slug(_ title: String) -> String {
        let words = title.lowercased().split { !($0.isLetter || $0.isNumber) || !$0.isASCII }
        return words.isEmpty ? "section" : words.joined(separator: "-")
    }

    private static func codeBlock(_ input: Modifier.Input) -> String {
        var lines = input.markdown.split(separator: "\n", omittingEmptySubsequences: false)
        let opening = lines.removeFirst()
        let language = opening.drop { $0 == "`" || $0 == " " }.trimmingCharacters(in: .whitespaces)
        while let last = lines.last,
            last.trimmingCharacters(in: .whitespaces).isEmpty
                || last.trimmingCharacters(in: .whitespaces).allSatisfy({ $0 == "`" })
        {
            lines.removeLast()
        }
        let code = lines.joined(separator: "\n")
        let body = language == "swift" ? SwiftHighlighter.html(for: code) : MathMLWriter.escape(code)
        let languageClass = language.isEmpty ? "" : " class=\"language-\(MathMLWriter.escape(language))\""
        return "<pre class=\"code\"><code\(languageClass)>\(body)</code></pre>"
    }
}
