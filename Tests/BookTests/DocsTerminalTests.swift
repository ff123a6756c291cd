import Foundation
import Testing
import WorkbookModel

@testable import Book

/// `tutor read`: a chapter laid out for the terminal, and the pieces that share code with the book
/// (Markdown preparation, Swift highlighting).
@Suite struct DocsTerminalTests {
    @Test func plainRenderingShowsTextMathBoxesAndRecall() throws {
        let fixture = try DocsFixture()
        defer { fixture.remove() }
        let text = try TerminalRenderer(styled: false, width: 80).render(chapterNamed: "1", in: fixture.catalog())
        #expect(!text.contains("\u{1B}"), "no escape codes when not styled")
        #expect(text.contains("A sample field\n══════════════\n"))
        #expect(text.contains("Adding\n──────\n"))
        #expect(text.contains("We work in 𝔽ₚ where p = 2²⁵⁵ − 19, and write a·b ≡ c (mod p)."))
        #expect(
            text.contains("\n    ∑ᵢ₌₀ⁿ⁻¹ aᵢxⁱ = (p + 1)/4,  e([τ]₁, [1]₂) ∈ 𝔾_T\n"), "display math on its own, indented"
        )
        #expect(text.contains("┌─ Exercise: Add modulo p "))
        #expect(text.contains("│ Check  swift run tutor check sample-add\n"))
        #expect(text.contains("│ Edit   Sources/Exercises/01-sample-field/SampleAdd.swift\n"))
        #expect(text.contains("`let x = $0`"))
        #expect(text.contains("\n    public func add(_ a: UInt64, _ b: UInt64) -> UInt64 {\n"))
        #expect(text.contains("• a list item with √x\n"))
        #expect(text.contains("The word zebrafish appears only here."))
        // Answers come after every question.
        let question = try #require(text.range(of: "1. Why is p odd?"))
        let answer = try #require(text.range(of: "1. Because p > 2 is prime, so 2 ∤ p."))
        #expect(question.upperBound < answer.lowerBound)
        #expect(!text.contains("<"), "no HTML left: \(text)")
    }

    @Test func oneSectionIsShownByItsHeadingInAnyCase() throws {
        let fixture = try DocsFixture()
        defer { fixture.remove() }
        let renderer = TerminalRenderer(styled: false, width: 80)
        let catalog = try fixture.catalog()
        let adding = try renderer.render(chapterNamed: "1", section: "aDDing", in: catalog)
        #expect(adding.hasPrefix("Chapter 1. A sample field\n"))
        #expect(adding.contains("Adding\n──────\n"))
        #expect(adding.contains("┌─ Exercise: Add modulo p "), "the section's exercise box comes with it")
        #expect(!adding.contains("We work in"), "not the text before it")
        #expect(!adding.contains("zebrafish"), "not the section after it")
        #expect(!adding.contains("Why is p odd?"), "not the recall questions")
        let recall = try renderer.render(chapterNamed: "1", section: "recall", in: catalog)
        #expect(recall.contains("1. Why is p odd?"))
        #expect(!recall.contains("Adding"))
        let exercises = try renderer.render(chapterNamed: "1", section: "Exercises", in: catalog)
        #expect(exercises.contains("┌─ Exercise: Negate modulo p "))
        #expect(!exercises.contains("Add modulo p"))
        #expect(
            throws: DocsError.unknownSection(
                "Subtracting", chapter: "01-sample-field",
                available: ["Adding", "Zebra section", "Exercises", "Recall"])
        ) {
            try renderer.render(chapterNamed: "1", section: "Subtracting", in: catalog)
        }
        #expect(
            DocsError.unknownSection("x", chapter: "01-a", available: ["A", "B"]).description
                == "No section `x` in 01-a. Sections: \"A\", \"B\"")
    }

    @Test func chaptersAreFoundByNumberFolderOrTopic() throws {
        let fixture = try DocsFixture()
        defer { fixture.remove() }
        let renderer = TerminalRenderer(styled: false, width: 80)
        let catalog = try fixture.catalog()
        let byNumber = try renderer.render(chapterNamed: "2", in: catalog)
        #expect(byNumber.hasPrefix("Chapter 2\n"))
        #expect(byNumber.contains("The second chapter\n═"))
        #expect(try renderer.render(chapterNamed: "second-chapter", in: catalog) == byNumber)
        #expect(try renderer.render(chapterNamed: "02-second-chapter", in: catalog) == byNumber)
        #expect(throws: DocsError.unknownChapter("9", available: ["01-sample-field", "02-second-chapter"])) {
            try renderer.render(chapterNamed: "9", in: catalog)
        }
    }

    @Test func withoutANameTheChapterOfTheCurrentExerciseIsShown() throws {
        let fixture = try DocsFixture()
        defer { fixture.remove() }
        #expect(TerminalRenderer.chapterToRead(in: try fixture.catalog())?.number == 1, "no progress yet: the first")
        // Chapter 2 of the fixture has no exercises, so a second chapter with one is added.
        try fixture.write(
            DocsFixture.secondChapterYAML.replacingOccurrences(
                of: "exercises: []",
                with: """
                    exercises:
                      - id: second-exercise
                        title: Something
                        file: Something.swift
                        functions: ["something()"]
                        section: Matrices
                        hints: ["one", "two"]
                    """), to: "Chapters/02-second-chapter/chapter.yaml")
        try fixture.write(
            #"{"version":1,"done":["sample-add"],"hintsShown":{},"current":"second-exercise"}"#,
            to: "tutor-state.json")
        #expect(TerminalRenderer.chapterToRead(in: try fixture.catalog())?.number == 2)
        // The recorded exercise is done: the first one not done decides.
        try fixture.write(
            #"{"version":1,"done":["sample-add","second-exercise"],"hintsShown":{},"current":"second-exercise"}"#,
            to: "tutor-state.json")
        #expect(TerminalRenderer.chapterToRead(in: try fixture.catalog())?.number == 1)
    }

    @Test func paragraphsWrapToTheWidth() throws {
        let long = (1...40).map { "word\($0)" }.joined(separator: " ")
        let fixture = try DocsFixture(firstChapterText: "## Long\n\n\(long) with $x^2$.\n\n- \(long)\n")
        defer { fixture.remove() }
        let text = try TerminalRenderer(styled: false, width: 50).render(chapterNamed: "1", in: fixture.catalog())
        let paragraphLines = text.split(separator: "\n").filter { $0.contains("word") }
        #expect(paragraphLines.count > 4)
        for line in paragraphLines { #expect(line.count <= 50, "too long: \(line)") }
        #expect(text.contains("word40 with x²."))
        // A short formula stays on one line even where a space inside it would be a better place to wrap.
        let formula = try DocsFixture(
            firstChapterText: "\(String(repeating: "abc ", count: 11))and $a + b = c$ here.\n")
        defer { formula.remove() }
        let wrapped = try TerminalRenderer(styled: false, width: 50).render(chapterNamed: "1", in: formula.catalog())
        #expect(wrapped.contains("\na + b = c here.\n"), "\(wrapped)")
        // A list item's continuation lines line up under its text.
        let item = try #require(text.range(of: "• word1 "))
        let continuation = text[item.upperBound...].split(separator: "\n")[1]
        #expect(continuation.hasPrefix("  word"))
    }

    @Test func styledRenderingUsesANSI() throws {
        let fixture = try DocsFixture()
        defer { fixture.remove() }
        let text = try TerminalRenderer(styled: true, width: 80).render(chapterNamed: "1", in: fixture.catalog())
        #expect(text.contains("\u{1B}[1mA sample field\u{1B}[0m"))
        #expect(text.contains("\u{1B}[3mreduced\u{1B}[0m"))
        #expect(text.contains("\u{1B}[35mpublic\u{1B}[0m"), "Swift keywords coloured")
    }

    @Test func mathInCodeIsNotExtracted() throws {
        let markdown = "Cost `$a$` and\n\n```\nlet s = \"$x$\"\n```\n\nthen $y$ and \\$z."
        let prepared = try PreparedMarkdown(markdown, file: "t.md")
        #expect(prepared.formulas.map(\.node) == [.identifier("y", upright: false)])
        #expect(prepared.text.contains("`$a$`"))
        #expect(prepared.text.contains("let s = \"$x$\""))
        #expect(prepared.text.contains("\\$z"))
        #expect(prepared.formulas[0].line == 7)
    }

    @Test func paragraphsStayWholeWhereInkWouldSplitThem() throws {
        // A line starting with a code span, and a code span that wraps, both continue the paragraph.
        let rendered = try RenderedMarkdown(
            "The width is fixed: a\n`U256` has\nfour limbs (`ffff,\n  0`) and $x$.",
            file: "t.md")
        #expect(
            rendered.html == "<p>The width is fixed: a <code>U256</code> has four limbs (<code>ffff, 0</code>) and "
                + "\u{E000}0\u{E001}.</p>")
        #expect(rendered.formulas.map(\.line) == [4])
        let list = try RenderedMarkdown("- one\n\n## Heading\n`code` starts a paragraph", file: "t.md")
        #expect(list.html.contains("<p><code>code</code> starts a paragraph</p>"))
    }

    @Test func indentedCodeIsCodeOutsideLists() throws {
        let rendered = try RenderedMarkdown(
            """
            Text:

                r = 0x73ed < $x$

                second line

            - item

                continued item paragraph

            After $y$.
            """, file: "t.md")
        #expect(
            rendered.html.hasPrefix(
                "<p>Text:</p><pre class=\"code\"><code>r = 0x73ed &lt; $x$\n\nsecond line</code></pre>"))
        #expect(!rendered.html.contains("<code>continued"))
        #expect(rendered.formulas.map(\.line) == [11], "lines are still counted")
    }

    @Test func displayMathMaySpanLinesAndKeepsLineNumbers() throws {
        // The formula opens on line 3; the stray row break is on line 5.
        #expect(
            throws: DocsError.math(
                file: "t.md", line: 5,
                message: "`\\\\` is only allowed inside an environment such as `aligned` or `pmatrix`")
        ) {
            try PreparedMarkdown("Intro\n\n$$\na = b\n\\\\ c\n$$\n", file: "t.md")
        }
        let prepared = try PreparedMarkdown("Intro\n\n$$\na = b\n$$\n\nAfter $c$.", file: "t.md")
        #expect(prepared.formulas.map(\.display) == [true, false])
        #expect(prepared.formulas.map(\.line) == [3, 7])
    }

    @Test func swiftHighlighterClassifiesTokens() {
        let tokens = SwiftHighlighter.tokens(
            in: """
                @inlinable func f(_ x: Int) -> String { // note
                    return "a\\(x + 1)b" /* c /* nested */ d */ + 0xFF_FF + 1.5e3 + x.default
                }
                """)
        let classified = tokens.compactMap { token in token.tokenClass.map { ($0, token.text) } }
        let expected: [(SwiftHighlighter.TokenClass, String)] = [
            (.attribute, "@inlinable"), (.keyword, "func"), (.type, "Int"), (.type, "String"), (.comment, "// note"),
            (.keyword, "return"), (.string, "\"a\\(x + 1)b\""), (.comment, "/* c /* nested */ d */"),
            (.number, "0xFF_FF"), (.number, "1.5e3"),
        ]
        #expect(classified.map(\.0) == expected.map(\.0))
        #expect(classified.map(\.1) == expected.map(\.1))
        #expect(
            tokens.map(\.text).joined() == """
                @inlinable func f(_ x: Int) -> String { // note
                    return "a\\(x + 1)b" /* c /* nested */ d */ + 0xFF_FF + 1.5e3 + x.default
                }
                """, "highlighting loses no text")
        #expect(
            SwiftHighlighter.html(for: "let s = \"<b>\"")
                == "<span class=\"kw\">let</span> s = <span class=\"str\">&quot;&lt;b&gt;&quot;</span>")
    }
}
