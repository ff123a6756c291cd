import Foundation
import WorkbookModel

/// One chapter made ready for a page: its text rendered, its exercise markers checked against the catalog, the
/// recall questions that close it rendered, and its text split into the `##` sections that the contents and
/// search point to.
struct ChapterDocument {
    struct Section {
        /// The heading's anchor; nil for the text before the first `##` heading.
        let id: String?
        let title: String
        /// The section's HTML, placeholders still in.
        let html: Substring
        /// The exercises whose boxes stand in this section, in order.
        let exercises: [Exercise]
    }

    struct RecallItem {
        let question: RenderedMarkdown
        let answer: RenderedMarkdown
    }

    let chapter: Chapter
    let text: RenderedMarkdown
    let sections: [Section]
    /// Exercises the text has no marker for; the page lists them after the text so none goes missing.
    let unplacedExercises: [Exercise]
    let recall: [RecallItem]
    let idPrefix: String

    var pageName: String { Self.pageName(of: chapter) }
    static func pageName(of chapter: Chapter) -> String { "\(chapter.folderName).html" }

    /// Whether the text supplies its own `#` title.
    var hasTitleHeading: Bool { text.headings.contains { $0.level == 1 } }

    init(chapter: Chapter, root: URL, idPrefix: String = "") throws(DocsError) {
        self.chapter = chapter
        self.idPrefix = idPrefix
        let recallSection = try RecallSection(
            splitting: try Self.read(chapter.textPath, root: root),
            file: chapter.textPath)
        text = try RenderedMarkdown(recallSection.text, file: chapter.textPath, idPrefix: idPrefix)

        var placed: Set<String> = []
        for marker in text.exerciseMarkers {
            guard chapter.exercises.contains(where: { $0.id == marker.id }) else {
                let known = chapter.exercises.map(\.id).joined(separator: ", ")
                throw .markup(
                    file: chapter.textPath, line: marker.line,
                    message: "unknown exercise `\(marker.id)`; chapter.yaml lists: \(known)")
            }
            guard placed.insert(marker.id).inserted else {
                throw .markup(
                    file: chapter.textPath, line: marker.line,
                    message: "exercise `\(marker.id)` is placed twice")
            }
        }
        unplacedExercises = chapter.exercises.filter { !placed.contains($0.id) }
        sections = Self.split(text, chapter: chapter)

        var recall: [RecallItem] = []
        for item in recallSection.items {
            let question = try RenderedMarkdown(
                item.question, file: chapter.textPath, firstLine: item.questionLine,
                idPrefix: idPrefix)
            let answer = try RenderedMarkdown(
                item.answer, file: chapter.textPath, firstLine: item.answerLine,
                idPrefix: idPrefix)
            if let marker = (question.exerciseMarkers + answer.exerciseMarkers).first {
                throw .markup(
                    file: chapter.textPath, line: marker.line,
                    message: "exercise markers belong before the Recall section")
            }
            recall.append(RecallItem(question: question, answer: answer))
        }
        self.recall = recall
    }

    static func read(_ path: String, root: URL) throws(DocsError) -> String {
        do {
            return try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        } catch {
            throw .io(path: path, reason: "cannot be read (\(error.localizedDescription))")
        }
    }

    private static func split(_ text: RenderedMarkdown, chapter: Chapter) -> [Section] {
        let html = text.html
        let starts = html.ranges(of: "<h2 id=\"").map(\.lowerBound)
        let titles = text.headings.filter { $0.level == 2 }
        var bounds = [html.startIndex] + starts
        bounds.append(html.endIndex)
        var sections: [Section] = []
        for index in 0..<(bounds.count - 1) {
            let chunk = html[bounds[index]..<bounds[index + 1]]
            let exercises = chunk.matches(of: /\u{E002}(\d+)\u{E003}/).compactMap { match in
                let id = text.exerciseMarkers[Int(match.output.1)!].id
                return chapter.exercises.first { $0.id == id }
            }
            if index == 0 {
                // Text before the first `##`: the chapter's opening, under the chapter's own title.
                sections.append(Section(id: nil, title: chapter.title, html: chunk, exercises: exercises))
            } else {
                let heading = titles[index - 1]
                sections.append(Section(id: heading.id, title: heading.title, html: chunk, exercises: exercises))
            }
        }
        return sections
    }
}
