import Foundation
import WorkbookModel

/// The questions of a chapter a learner can answer in the terminal: its recall questions, each with its model
/// answer (the `## Recall` section that closes the text), and its "Before you code" list (the numbered list under
/// `## Before you code`, asked before the exercises and answered by the learner alone). Both as Markdown, to be
/// drawn by `TerminalRenderer.render(markdown:file:)`.
public struct ChapterQuestions: Sendable {
    public struct Question: Sendable {
        public let id: QuestionID
        /// Markdown.
        public let text: String
        /// The model answer, Markdown; only recall questions have one.
        public let answer: String?
    }

    public static let beforeYouCodeHeading = "## Before you code"

    public let chapter: Chapter
    public let recall: [Question]
    public let beforeYouCode: [Question]

    /// Reads `chapter`'s text below `root`. A recall question without its answer is an error (`tutor verify`
    /// and `tutor docs` report it); a chapter without the sections has no questions of that kind.
    public init(chapter: Chapter, root: URL) throws(DocsError) {
        self.chapter = chapter
        let markdown = try ChapterDocument.read(chapter.textPath, root: root)
        let section = try RecallSection(splitting: markdown, file: chapter.textPath)
        recall = section.items.enumerated().map { index, item in
            Question(
                id: QuestionID(chapterFolder: chapter.folderName, kind: .recall, number: index + 1),
                text: item.question, answer: item.answer)
        }
        beforeYouCode = Self.numberedList(under: Self.beforeYouCodeHeading, in: section.text).enumerated().map {
            Question(
                id: QuestionID(chapterFolder: chapter.folderName, kind: .beforeYouCode, number: $0 + 1), text: $1,
                answer: nil)
        }
    }

    public func question(_ id: QuestionID) -> Question? {
        (id.kind == .recall ? recall : beforeYouCode).first { $0.id == id }
    }

    /// The items of the first numbered list in the section headed `heading` (outside code fences): an item starts
    /// with `1.`, `2.`, …; lines indented under it continue it.
    static func numberedList(under heading: String, in markdown: String) -> [String] {
        var items: [String] = []
        var inSection = false
        var inFence = false
        var listEnded = false
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") { inFence.toggle() }
            if !inFence, line.hasPrefix("#") {
                if inSection { break }
                inSection = line.trimmingCharacters(in: .whitespaces) == heading
                continue
            }
            guard inSection, !inFence, !listEnded else { continue }
            if let match = line.wholeMatch(of: /[0-9]{1,3}\.\s+(.*)/) {
                items.append(String(match.1))
            } else if !items.isEmpty, line.first == " " || line.first == "\t" {
                items[items.count - 1] += "\n" + line.trimmingCharacters(in: .whitespaces)
            } else if !items.isEmpty, !line.trimmingCharacters(in: .whitespaces).isEmpty {
                listEnded = true
            }
        }
        return items
    }
}
