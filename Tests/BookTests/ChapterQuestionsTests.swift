import Foundation
import Testing
import WorkbookModel

@testable import Book

/// The questions `tutor recall` and `tutor gaps` ask, read from the same text the book shows.
@Suite struct ChapterQuestionsTests {
    @Test func theBeforeYouCodeListIsItsNumberedItemsWithTheirContinuations() {
        let text = """
            # T

            ## Before you code

            Answer these on paper first.

            1. Why is $p$ odd?
            2. Write $13$ in base 4,
               then in signed digits.
            10. And this?

            ```
            1. not an item
            ```

            ## Next

            1. Not in the section.
            """
        #expect(
            ChapterQuestions.numberedList(under: "## Before you code", in: text) == [
                "Why is $p$ odd?", "Write $13$ in base 4,\nthen in signed digits.", "And this?",
            ])
        #expect(ChapterQuestions.numberedList(under: "## Missing", in: text).isEmpty)
    }

    @Test func recallQuestionsCarryTheirModelAnswersAndIDs() throws {
        let fixture = try DocsFixture()
        defer { fixture.remove() }
        let catalog = try Catalog(root: fixture.root)
        let chapter = try #require(catalog.chapters.first)
        let questions = try ChapterQuestions(chapter: chapter, root: fixture.root)
        let first = try #require(questions.recall.first)
        #expect(first.id.description == "\(chapter.folderName)/q1")
        #expect(first.text.hasPrefix("Why is $p$ odd?"))
        #expect(first.answer?.hasPrefix("Because") == true)
        #expect(questions.question(first.id)?.text == first.text)
    }

    @Test func aQuestionWithoutItsAnswerIsAnError() throws {
        let fixture = try DocsFixture()
        defer { fixture.remove() }
        try fixture.write(
            DocsFixture.firstChapterText + "\n\n## Recall\n\n**Q1.** Why?\n", to: "Chapters/01-sample-field/README.md")
        let chapter = try #require(try Catalog(root: fixture.root).chapters.first)
        #expect(throws: DocsError.self) { try ChapterQuestions(chapter: chapter, root: fixture.root) }
    }

    @Test func aFragmentIsDrawnForTheTerminalWithItsMathematics() throws {
        let text = try TerminalRenderer(styled: false, width: 80).render(
            markdown: "Why is $a^{p-1} = 1$ for `a` ≠ 0?", file: "x.md")
        #expect(text.contains("a") && text.contains("ᵖ⁻¹") && !text.contains("$"))
    }
}
