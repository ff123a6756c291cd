import Foundation
import Testing
import WorkbookModel

@testable import Book

/// The book builder on the fixture workbook: pages, exercise boxes, MathML, search index, glossary, and the
/// freshness check behind `tutor docs --check`.
@Suite struct DocsBuilderTests {
    @Test func chapterPageHasExerciseBoxesFromTheCatalog() throws {
        let fixture = try DocsFixture()
        defer { fixture.remove() }
        let page = try #require(try fixture.build().contents(of: "01-sample-field.html"))

        let boxStart = try #require(page.range(of: "<aside class=\"exercise\" id=\"exercise-sample-add\"")).lowerBound
        let box = String(page[boxStart...]).components(separatedBy: "</aside>")[0]
        #expect(box.contains("Add modulo p"))
        #expect(box.contains("<code>Sources/Exercises/01-sample-field/SampleAdd.swift</code>"))
        #expect(box.contains("<code>add(_:_:)</code>"))
        #expect(box.contains("<code>swift run tutor check sample-add</code>"))
        #expect(box.contains("<code>swift test --filter Chapter01Tests.SampleAddTests</code>"))
        // The box replaces the marker where it stood: after the display formula, before the code.
        #expect(page.range(of: "<math display=\"block\">")!.lowerBound < boxStart)
        #expect(boxStart < page.range(of: "<pre class=\"code\">")!.lowerBound)
        #expect(!page.contains("<!-- exercise"))
        // An exercise without a marker still gets its box, in an Exercises section.
        #expect(page.contains("id=\"exercise-sample-unplaced\""))
        #expect(page.contains("<h2 id=\"exercises\">Exercises</h2>"))
    }

    @Test func formulasBecomeMathMLAndCodeKeepsItsDollars() throws {
        let fixture = try DocsFixture()
        defer { fixture.remove() }
        let site = try fixture.build()
        let page = try #require(site.contents(of: "01-sample-field.html"))
        #expect(page.contains("<math><msub><mi mathvariant=\"normal\">𝔽</mi><mi>p</mi></msub></math>"))
        #expect(page.contains("<math display=\"block\"><mrow><munderover><mo>∑</mo>"))
        for tex in ["\\mathbb", "\\frac", "\\sum", "\\tau", "$p$", "\\cdot"] {
            #expect(!page.contains(tex), "raw TeX \(tex) left in the page")
        }
        #expect(
            page.contains("<span class=\"nowrap\"><math><mrow><mi>a</mi><mo>·</mo>"), "a formula keeps its full stop")
        #expect(page.contains("<mo stretchy=\"false\">)</mo></mrow></mrow></math>.</span>"))
        #expect(page.contains("A price is written $5"), "an escaped dollar is a dollar")
        #expect(page.contains("<code>let x = $0</code>"), "a dollar in inline code is not math")
        #expect(
            page.contains("<span class=\"com\">// &quot;costs $x$&quot;</span>"), "a dollar in a code block is not math"
        )
        let second = try #require(site.contents(of: "02-second-chapter.html"))
        #expect(second.contains("<mtable>"))
    }

    /// The stylesheet and the search script come from the module's resource files, byte for byte.
    @Test func assetsAreTheResourceFiles() throws {
        let fixture = try DocsFixture()
        defer { fixture.remove() }
        let site = try fixture.build()
        let resources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/Book/Resources").standardized
        for name in ["style.css", "search.js"] {
            let file = try String(contentsOf: resources.appendingPathComponent(name), encoding: .utf8)
            #expect(!file.isEmpty)
            #expect(site.contents(of: name) == file, "\(name) differs from Sources/Book/Resources/\(name)")
        }
    }

    @Test func swiftCodeIsHighlightedAtBuildTime() throws {
        let fixture = try DocsFixture()
        defer { fixture.remove() }
        let page = try #require(try fixture.build().contents(of: "01-sample-field.html"))
        #expect(
            page.contains(
                "<pre class=\"code\"><code class=\"language-swift\"><span class=\"com\">/// Adds modulo p.</span>"))
        #expect(page.contains("<span class=\"kw\">public</span> <span class=\"kw\">func</span> add("))
        #expect(page.contains("<span class=\"ty\">UInt64</span>"))
        #expect(page.contains("<span class=\"num\">0x1F</span>"))
    }

    @Test func pagesLinkInOrderAndOnlyToLocalFiles() throws {
        let fixture = try DocsFixture()
        defer { fixture.remove() }
        let site = try fixture.build()
        #expect(
            site.files.map(\.path) == [
                "01-sample-field.html", "02-second-chapter.html", "glossary.html",
                "index.html", "print.html", "search-index.js", "search.html",
                "search.js", "style.css",
            ])
        let first = try #require(site.contents(of: "01-sample-field.html"))
        let second = try #require(site.contents(of: "02-second-chapter.html"))
        #expect(first.contains("rel=\"next\" href=\"02-second-chapter.html\""))
        #expect(!first.contains("rel=\"prev\""))
        #expect(second.contains("rel=\"prev\" href=\"01-sample-field.html\""))
        #expect(!second.contains("rel=\"next\""))
        #expect(
            first.contains(
                "<li><a href=\"#zebra-section\">Zebra section</a></li>\n<li><a href=\"#exercises\">Exercises</a></li>\n"
                    + "<li><a href=\"#recall-questions\">Recall</a></li>\n</ol>"), "the sidebar lists every section")
        // A link to another chapter's README goes to its page.
        #expect(first.contains("href=\"02-second-chapter.html#matrices\""))

        let sameFolderReference = /(?:href|src)="([^"#?]*)/
        let pages = Set(site.files.map(\.path))
        for file in site.files where file.path.hasSuffix(".html") {
            #expect(
                !file.contents.contains("http://") && !file.contents.contains("https://"),
                "\(file.path) refers to the network")
            for match in file.contents.matches(of: sameFolderReference) where !match.output.1.isEmpty {
                #expect(pages.contains(String(match.output.1)), "\(file.path) links to missing \(match.output.1)")
            }
        }
    }

    @Test func indexShowsTheLearnersPath() throws {
        let fixture = try DocsFixture()
        defer { fixture.remove() }
        let index = try #require(try fixture.build().contents(of: "index.html"))
        let order = [
            "href=\"01-sample-field.html\"", "href=\"01-sample-field.html#adding\"",
            "href=\"01-sample-field.html#exercise-sample-add\"", "href=\"01-sample-field.html#zebra-section\"",
            "href=\"01-sample-field.html#exercise-sample-unplaced\"", "href=\"02-second-chapter.html\"",
            "href=\"02-second-chapter.html#matrices\"",
        ]
        var previous = index.startIndex
        for link in order {
            let range = try #require(index.range(of: link, range: previous..<index.endIndex), "\(link) in order")
            previous = range.upperBound
        }
        #expect(index.contains("Arithmetic modulo a prime."))
    }

    @Test func searchIndexHasOneRecordPerSection() throws {
        let fixture = try DocsFixture()
        defer { fixture.remove() }
        let script = try #require(try fixture.build().contents(of: "search-index.js"))
        #expect(script.contains("window.bookSearchIndex = ["))
        let zebra = try #require(script.split(separator: "\n").first { $0.contains("\"title\":\"Zebra section\"") })
        #expect(zebra.contains("\"url\":\"01-sample-field.html#zebra-section\""))
        #expect(zebra.contains("\"text\":\"The word zebrafish appears only here.\""), "the text, without its heading")
        #expect(zebra.contains("\"place\":\"1. A sample field\""))
        let adding = try #require(script.split(separator: "\n").first { $0.contains("\"title\":\"Adding\"") })
        #expect(adding.contains("Exercise sample-add: Add modulo p."), "exercise boxes are searchable")
        #expect(adding.contains("e([τ]₁, [1]₂) ∈ 𝔾_T"), "formulas are indexed as Unicode text")
        #expect(!zebra.contains("Adding"), "sections do not run into each other")
        #expect(script.contains("\"title\":\"Limb\",\"url\":\"glossary.html#term-limb\""))
    }

    @Test func glossaryAndRecallRenderWithMath() throws {
        let fixture = try DocsFixture()
        defer { fixture.remove() }
        let site = try fixture.build()
        let glossary = try #require(site.contents(of: "glossary.html"))
        // Sorted by term, not by file order.
        let field = try #require(glossary.range(of: "<dt id=\"term-field\">Field</dt>"))
        let limb = try #require(glossary.range(of: "<dt id=\"term-limb\">Limb</dt>"))
        #expect(field.lowerBound < limb.lowerBound)
        #expect(glossary.contains("<msup><mn>2</mn><mn>64</mn></msup>"))
        let page = try #require(site.contents(of: "01-sample-field.html"))
        #expect(page.contains("<details><summary>Answer</summary>"))
        #expect(page.contains("<mo>∤</mo>"))
    }

    @Test func glossaryFormatMistakesAreErrorsWithLines() {
        func error(_ yaml: String) -> DocsError? {
            do {
                _ = try Glossary(yaml: yaml)
                return nil
            } catch {
                return error
            }
        }
        #expect(
            error("- term: Limb\n  definition: A word.\n- term: limb\n  definition: Again.\n")
                == .glossary(file: "Chapters/glossary.yaml", line: 3, message: "`limb` is defined twice"))
        #expect(
            error("- term: Limb\n")
                == .glossary(
                    file: "Chapters/glossary.yaml", line: 1,
                    message: "`Limb` has no `definition:`"))
        #expect(
            error("- term: Limb\n  definition: A word.\n  see: Carry\n")
                == .glossary(
                    file: "Chapters/glossary.yaml", line: 1, message: "unknown key `see` (only `term` and `definition`)"
                ))
        #expect(
            error("term: Limb\n")
                == .glossary(
                    file: "Chapters/glossary.yaml", line: 1,
                    message: "the glossary must be a list of `term:` / `definition:` items"))
        #expect(
            error("- definition: A word.\n")
                == .glossary(
                    file: "Chapters/glossary.yaml", line: 1,
                    message: "an item has no `term:`"))
        #expect(error("") == nil, "an empty file is an empty glossary")
    }

    @Test func printPageHoldsEveryChapterWithUniqueAnchors() throws {
        let fixture = try DocsFixture()
        defer { fixture.remove() }
        let print = try #require(try fixture.build().contents(of: "print.html"))
        #expect(print.contains("<article class=\"print-chapter\" id=\"01-sample-field\">"))
        #expect(print.contains("<article class=\"print-chapter\" id=\"02-second-chapter\">"))
        #expect(print.contains("id=\"01-sample-field--exercise-sample-add\""))
        let ids = print.matches(of: /\sid="([^"]+)"/).map { String($0.output.1) }
        #expect(
            Set(ids).count == ids.count, "duplicate anchors: \(ids.filter { id in ids.filter { $0 == id }.count > 1 })")
        #expect(print.contains("<details open>"), "answers are open on paper")
    }

    @Test func buildIsDeterministic() throws {
        let fixture = try DocsFixture()
        defer { fixture.remove() }
        let first = try fixture.build()
        let second = try fixture.build()
        #expect(first.files.map(\.path) == second.files.map(\.path))
        #expect(first.files.map(\.contents) == second.files.map(\.contents))
    }

    @Test func checkDetectsStaleMissingAndExtraFiles() throws {
        let fixture = try DocsFixture()
        defer { fixture.remove() }
        let docs = fixture.root.appendingPathComponent("docs")
        let site = try fixture.build()
        #expect(site.differences(from: docs) == site.files.map { .missing($0.path) })

        try site.write(to: docs)
        #expect(site.differences(from: docs).isEmpty)

        // The chapter text changes but docs/ is not rebuilt.
        try fixture.write(
            DocsFixture.firstChapterText.replacingOccurrences(of: "zebrafish", with: "okapi")
                + "\n\n" + DocsFixture.firstChapterRecall, to: "Chapters/01-sample-field/README.md")
        let rebuilt = try fixture.build()
        #expect(
            rebuilt.differences(from: docs) == [
                .differs("01-sample-field.html"), .differs("print.html"),
                .differs("search-index.js"),
            ])

        try FileManager.default.removeItem(at: docs.appendingPathComponent("glossary.html"))
        try Data("stale".utf8).write(to: docs.appendingPathComponent("old-chapter.html"))
        #expect(
            rebuilt.differences(from: docs) == [
                .differs("01-sample-field.html"), .missing("glossary.html"),
                .extra("old-chapter.html"), .differs("print.html"),
                .differs("search-index.js"),
            ])

        try rebuilt.write(to: docs)
        #expect(rebuilt.differences(from: docs).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: docs.appendingPathComponent("old-chapter.html").path))
    }

    @Test func unknownTeXCommandNamesTheChapterFileAndLine() throws {
        let text = DocsFixture.firstChapterText.replacingOccurrences(
            of: "\\frac{p+1}{4}", with: "\\frobnicate{p}")
        let fixture = try DocsFixture(firstChapterText: text)
        defer { fixture.remove() }
        // The display formula opens on line 9 and the command is on its second line.
        #expect(
            throws: DocsError.math(
                file: "Chapters/01-sample-field/README.md", line: 10,
                message: "unknown TeX command `\\frobnicate`")
        ) {
            try fixture.build()
        }
        let description = DocsError.math(
            file: "Chapters/01-sample-field/README.md", line: 10,
            message: "unknown TeX command `\\frobnicate`"
        ).description
        #expect(description == "Chapters/01-sample-field/README.md:10: unknown TeX command `\\frobnicate`")
    }

    @Test func markupMistakesAreErrorsWithLines() throws {
        let unknownExercise = try DocsFixture(firstChapterText: "Intro.\n\n<!-- exercise: no-such-thing -->\n")
        defer { unknownExercise.remove() }
        #expect(
            throws: DocsError.markup(
                file: "Chapters/01-sample-field/README.md", line: 3,
                message: "unknown exercise `no-such-thing`; chapter.yaml lists: sample-add, sample-unplaced")
        ) {
            try unknownExercise.build()
        }

        let unclosed = try DocsFixture(firstChapterText: "One.\n\nCosts $5 today.\n\nAnd $x$ here.\n")
        defer { unclosed.remove() }
        #expect(
            throws: DocsError.markup(
                file: "Chapters/01-sample-field/README.md", line: 3,
                message: "`$` opens inline math that is never closed (write `\\$` for a dollar sign)")
        ) {
            try unclosed.build()
        }

        let reserved = try DocsFixture(firstChapterText: "One.\n\nTwo \u{E000}0\u{E001}.\n")
        defer { reserved.remove() }
        #expect(
            throws: DocsError.markup(
                file: "Chapters/01-sample-field/README.md", line: 3,
                message: "the private-use characters U+E000 to U+E003 are reserved by the book builder")
        ) {
            try reserved.build()
        }

        let badGlossary = try DocsFixture()
        defer { badGlossary.remove() }
        try badGlossary.write("- term: Pairing\n  definition: A map $e \\colon \\foo$.\n", to: "Chapters/glossary.yaml")
        #expect(throws: DocsError.math(file: "Chapters/glossary.yaml", line: 2, message: "unknown TeX command `\\foo`"))
        {
            try badGlossary.build()
        }
    }
}
