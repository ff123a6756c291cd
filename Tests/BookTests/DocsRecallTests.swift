import Foundation
import Testing
import WorkbookModel

@testable import Book

/// Recall questions live at the end of the chapter's README, the file `tutor next` sends the learner to; the
/// book and `tutor read` take them from there.
@Suite struct DocsRecallTests {
    @Test func theQuestionsAtTheEndOfTheTextBecomeTheRecallList() throws {
        let fixture = try DocsFixture()
        defer { fixture.remove() }
        let page = try #require(try fixture.build().contents(of: "01-sample-field.html"))
        let list = try #require(page.range(of: "<ol class=\"recall-list\">"))
        let question = try #require(
            page.range(of: "<div class=\"recall-question\"><p>Why is <math><mi>p</mi></math> odd?"))
        let answer = try #require(page.range(of: "<div class=\"recall-answer\"><p>Because"))
        #expect(list.upperBound < question.lowerBound && question.upperBound < answer.lowerBound)
        #expect(!page.contains("Q1."), "the labels are for the README, not the book")
        #expect(!page.contains("<h2 id=\"recall\">"), "the section is drawn once, as the recall list")
    }

    private func error(recall: String) throws -> DocsError? {
        let fixture = try DocsFixture()
        defer { fixture.remove() }
        try fixture.write(DocsFixture.firstChapterText + "\n\n" + recall, to: "Chapters/01-sample-field/README.md")
        do {
            _ = try fixture.build()
            return nil
        } catch {
            return error as? DocsError
        }
    }

    @Test func mistakesInTheSectionNameTheirLine() throws {
        let first = DocsFixture.firstChapterText.split(separator: "\n", omittingEmptySubsequences: false).count + 2
        let file = "Chapters/01-sample-field/README.md"
        #expect(
            try error(recall: "## Recall\n\n**Q1.** Why?\n\n**Q2.** And?\n")
                == .markup(
                    file: file, line: first + 4,
                    message: "this paragraph of the Recall section must start with `**A1.**`: "
                        + "questions and answers alternate, one paragraph each, numbered from 1"))
        #expect(
            try error(recall: "## Recall\n\n**Q1.** Why?\n\n**A1.** So.\n\n**Q2.** And?\n")
                == .markup(
                    file: file, line: first + 6, message: "question 2 of the Recall section has no `**A2.**` answer"))
        #expect(
            try error(recall: "## Recall\n\n**Q1.** Why?\n\n**A1.** So.\n\n## Sources\n")
                == .markup(
                    file: file, line: first + 6,
                    message: "`## Recall` must be the chapter's last section; move this heading above it"))
        #expect(
            try error(recall: "## Recall\n\n")
                == .markup(
                    file: file, line: first,
                    message: "the Recall section has no questions"))
        #expect(
            try error(recall: "## Recall\n\n**Q1.** Why $x^$?\n\n**A1.** So.\n")
                == .math(
                    file: file, line: first + 2, message: "an argument is missing at the end of the formula"))
    }

    /// The workbook's own chapters: each README ends with its questions, and chapter.yaml holds none.
    @Test func everyChapterOfTheWorkbookEndsWithItsQuestions() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let catalog = try Catalog(root: root)
        #expect(!catalog.chapters.isEmpty)
        for chapter in catalog.chapters {
            let document = try ChapterDocument(chapter: chapter, root: root)
            #expect(document.recall.count >= 3, "\(chapter.textPath) has \(document.recall.count) recall questions")
            let metadata = try String(
                contentsOf: root.appendingPathComponent("Chapters/\(chapter.folderName)/chapter.yaml"),
                encoding: .utf8)
            #expect(!metadata.contains("\nrecall:"), "the questions of \(chapter.folderName) are in its README only")
        }
    }
}
