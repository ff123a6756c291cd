import WorkbookModel

/// Draws a chapter for a terminal, for `tutor read`: headings, emphasis, code, lists and exercise boxes, with
/// formulas in Unicode (`x²`, `a·b ≡ c (mod p)`), wrapped to the terminal's width.
///
/// It walks the HTML that Ink made, which is a small, known set of tags, so the Markdown is parsed once, by Ink,
/// for both the book and the terminal.
public struct TerminalRenderer {
    /// Whether to use ANSI escape codes; only when writing to a terminal.
    public let styled: Bool
    /// Columns to wrap to.
    public let width: Int

    public init(styled: Bool, width: Int) {
        self.styled = styled
        self.width = max(width, 40)
    }

    /// The chapter to show when none is named: that of the exercise the learner is on, as the progress file
    /// records it, else the first. Reading never runs the tests to rebuild progress, as `tutor next` does.
    public static func chapterToRead(in catalog: Catalog) -> Chapter? {
        let known = Set(catalog.exercises.map(\.id))
        guard case .found(let progress)? = try? ProgressStore(root: catalog.root).load(knownIDs: known) else {
            return catalog.chapters.first
        }
        let recorded = progress.current.flatMap { progress.done.contains($0) ? nil : catalog.exercise(id: $0) }
        let exercise = recorded ?? catalog.exercises.first { !progress.done.contains($0.id) }
        return exercise.map(catalog.chapter(of:)) ?? catalog.chapters.first
    }

    /// The chapter `name` (number, folder or topic) of `catalog`, ready to print; only its section titled
    /// `section` (a `##` heading, "Exercises" or "Recall", in any case) when one is named.
    public func render(chapterNamed name: String, section: String? = nil, in catalog: Catalog) throws(DocsError)
        -> String
    {
        guard let chapter = catalog.chapter(named: name) else {
            throw .unknownChapter(name, available: catalog.chapters.map(\.folderName))
        }
        let document = try ChapterDocument(chapter: chapter, root: catalog.root)
        guard let section else { return render(document, part: nil) }
        let titles = Self.sectionTitles(of: document)
        guard let title = titles.first(where: { $0.lowercased() == section.lowercased() }) else {
            throw .unknownSection(section, chapter: chapter.folderName, available: titles)
        }
        return render(document, part: title)
    }

    /// What `--section` accepts: the `##` headings in order, then the exercises without a place in the text and
    /// the recall questions when the chapter has them.
    static func sectionTitles(of document: ChapterDocument) -> [String] {
        document.sections.filter { $0.id != nil }.map(\.title)
            + (document.unplacedExercises.isEmpty ? [] : ["Exercises"]) + (document.recall.isEmpty ? [] : ["Recall"])
    }

    /// The whole chapter, or only the part titled `part`.
    func render(_ document: ChapterDocument, part: String? = nil) -> String {
        let chapter = document.chapter
        var writer = BlockWriter(styled: styled, width: width)
        writer.line(style(.muted, "Chapter \(chapter.number)" + (part == nil ? "" : ". \(chapter.title)")))
        if part == nil, !document.hasTitleHeading {
            writer.heading(level: 1, [Run(text: chapter.title, styles: [])])
        }
        let box = { (index: Int) -> [String] in
            let marker = document.text.exerciseMarkers[index]
            // ChapterDocument has checked every marker against the catalog.
            return exerciseBox(chapter.exercises.first { $0.id == marker.id }!)
        }
        if part == nil {
            writer.write(
                html: terminalHTML(document.text.html, formulas: document.text.formulas),
                exerciseBox: box)
        } else if let section = document.sections.first(where: { $0.id != nil && $0.title == part }) {
            writer.write(
                html: terminalHTML(String(section.html), formulas: document.text.formulas),
                exerciseBox: box)
        }
        if !document.unplacedExercises.isEmpty, part == nil || part == "Exercises" {
            writer.heading(level: 2, [Run(text: "Exercises", styles: [])])
            for exercise in document.unplacedExercises { writer.block(exerciseBox(exercise)) }
        }
        if !document.recall.isEmpty, part == nil || part == "Recall" {
            // Answers come after all the questions, so reading on does not give them away.
            writer.heading(level: 2, [Run(text: "Recall", styles: [])])
            writer.paragraph([Run(text: "Answer from memory first; the answers follow.", styles: [.italic])])
            var questions = ""
            var answers = ""
            for item in document.recall {
                questions += "<li>\(terminalHTML(item.question.html, formulas: item.question.formulas))</li>"
                answers += "<li>\(terminalHTML(item.answer.html, formulas: item.answer.formulas))</li>"
            }
            writer.write(html: "<ol>\(questions)</ol>", exerciseBox: { _ in [] })
            writer.heading(level: 3, [Run(text: "Answers", styles: [])])
            writer.write(html: "<ol>\(answers)</ol>", exerciseBox: { _ in [] })
        }
        return writer.output
    }

    /// A fragment of Markdown (a question, an answer) drawn as `tutor read` draws a chapter, from `file` for error
    /// messages.
    public func render(markdown: String, file: String) throws(DocsError) -> String {
        let rendered = try RenderedMarkdown(markdown, file: file)
        var writer = BlockWriter(styled: styled, width: width)
        writer.write(html: terminalHTML(rendered.html, formulas: rendered.formulas), exerciseBox: { _ in [] })
        return writer.output
    }

    /// The rendered Markdown with formulas as Unicode text (display ones as preformatted blocks) and exercise
    /// markers as `<x-exercise>` elements the writer draws as boxes.
    private func terminalHTML(_ html: String, formulas: [PreparedMarkdown.Formula]) -> String {
        RenderedMarkdown.substitutePlaceholders(
            in: html, formulas: formulas,
            formula: { formula in
                let text = MathMLWriter.escape(
                    MathTextWriter.text(
                        for: formula.node,
                        layout: formula.display ? .display : .inline))
                if formula.display { return "<pre class=\"math\">\(text)</pre>" }
                // A short formula is not broken across lines (`A = aR mod N` reads badly as `A =` / `aR mod N`).
                return text.count <= 30 ? text.replacingOccurrences(of: " ", with: "\u{00A0}") : text
            }, exercise: { "<x-exercise n=\"\($0)\"></x-exercise>" })
    }

    private func exerciseBox(_ exercise: Exercise) -> [String] {
        let facts = [
            ("ID", exercise.id),
            ("Edit", exercise.exercisePath),
            ("Write", exercise.functions.joined(separator: ", ")),
            ("Check", exercise.checkCommand),
            ("Tests", exercise.testCommand),
        ]
        // "┌─ Exercise: " and a space after the title take 14 columns.
        let ruleWidth = min(width, max(facts.map { $0.1.count + 9 }.max() ?? 0, exercise.title.count + 16))
        var lines = [
            style(.accent, "┌─ ") + style(.bold, "Exercise: \(exercise.title)") + " "
                + style(.accent, String(repeating: "─", count: max(ruleWidth - exercise.title.count - 14, 2)))
        ]
        for (label, value) in facts {
            lines.append(
                style(.accent, "│ ") + style(.muted, label.padding(toLength: 7, withPad: " ", startingAt: 0))
                    + (label == "Check" ? style(.code, value) : value))
        }
        lines.append(style(.accent, "└" + String(repeating: "─", count: max(ruleWidth - 1, 2))))
        return lines
    }

    private func style(_ kind: Style, _ text: String) -> String {
        styled ? kind.ansi + text + "\u{1B}[0m" : text
    }
}

enum Style: Hashable {
    case bold, italic, code, muted, accent, underline
    case keyword, type, string, number, comment, attribute

    var ansi: String {
        switch self {
        case .bold: "\u{1B}[1m"
        case .italic: "\u{1B}[3m"
        case .underline: "\u{1B}[4m"
        case .code: "\u{1B}[36m"
        case .muted, .comment: "\u{1B}[90m"
        case .accent: "\u{1B}[34m"
        case .keyword: "\u{1B}[35m"
        case .type: "\u{1B}[36m"
        case .string: "\u{1B}[31m"
        case .number: "\u{1B}[34m"
        case .attribute: "\u{1B}[33m"
        }
    }
}

/// Text with the styles that apply to it.
struct Run {
    var text: String
    var styles: Set<Style>
}
