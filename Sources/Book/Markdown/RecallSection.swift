import Foundation

/// The recall questions that close a chapter's README, under `## Recall`: the learner finds them at the end of
/// the file `tutor next` points to, and the book shows each answer folded away (the terminal after all the
/// questions). Each question and each answer is one paragraph, labelled and numbered so the file reads well as
/// it is:
///
///     ## Recall
///
///     **Q1.** Why …?
///
///     **A1.** Because …
struct RecallSection {
    struct Item {
        let question: String
        let questionLine: Int
        let answer: String
        let answerLine: Int
    }

    static let heading = "## Recall"

    /// The chapter's text without the section.
    let text: String
    let items: [Item]

    /// Splits `markdown`, read from `file`, at its `## Recall` heading; a chapter without one has no questions.
    init(splitting markdown: String, file: String) throws(DocsError) {
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        var isInFence = false
        var headingIndex: Int?
        for (index, line) in lines.enumerated() {
            if line.hasPrefix("```") { isInFence.toggle() }
            if !isInFence, line.trimmingCharacters(in: .whitespaces) == Self.heading {
                headingIndex = index
                break
            }
        }
        guard let headingIndex else {
            text = markdown
            items = []
            return
        }
        text = lines[..<headingIndex].joined(separator: "\n") + "\n"

        // Paragraphs after the heading, each with the line it starts on (lines count from 1).
        var paragraphs: [(text: String, line: Int)] = []
        for index in (headingIndex + 1)..<lines.count {
            let line = lines[index]
            if line.hasPrefix("#") {
                throw .markup(
                    file: file, line: index + 1,
                    message: "`\(Self.heading)` must be the chapter's last section; move this heading above it")
            }
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            if index > headingIndex + 1, !lines[index - 1].trimmingCharacters(in: .whitespaces).isEmpty,
                let last = paragraphs.popLast()
            {
                paragraphs.append((last.text + "\n" + line, last.line))
            } else {
                paragraphs.append((String(line), index + 1))
            }
        }
        guard !paragraphs.isEmpty else {
            throw .markup(file: file, line: headingIndex + 1, message: "the Recall section has no questions")
        }
        var items: [Item] = []
        var question: (text: String, line: Int)?
        for (position, paragraph) in paragraphs.enumerated() {
            let number = position / 2 + 1
            let label = position.isMultiple(of: 2) ? "**Q\(number).**" : "**A\(number).**"
            guard paragraph.text.hasPrefix(label) else {
                throw .markup(
                    file: file, line: paragraph.line,
                    message: "this paragraph of the Recall section "
                        + "must start with `\(label)`: questions and answers alternate, one paragraph each, "
                        + "numbered from 1")
            }
            let body = String(paragraph.text.dropFirst(label.count).drop { $0 == " " })
            if let asked = question {
                items.append(
                    Item(
                        question: asked.text, questionLine: asked.line, answer: body,
                        answerLine: paragraph.line))
                question = nil
            } else {
                question = (body, paragraph.line)
            }
        }
        if let question {
            throw .markup(
                file: file, line: question.line,
                message: "question \(items.count + 1) of the Recall section has no `**A\(items.count + 1).**` answer")
        }
        self.items = items
    }
}
