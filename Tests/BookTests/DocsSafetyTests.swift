import Foundation
import Testing
import WorkbookModel

@testable import Book

/// Chapter text cannot run code in the reader's browser, and every attribute the builder writes stays inside its
/// quotes.
@Suite struct DocsSafetyTests {
    /// Chapter 1 of the fixture with `addition` appended after a blank line; the line `addition` starts on.
    private func build(appending addition: String) throws -> (Site, line: Int) {
        let text = DocsFixture.firstChapterText + "\n\n" + addition + "\n"
        let fixture = try DocsFixture(firstChapterText: text)
        defer { fixture.remove() }
        let line = DocsFixture.firstChapterText.split(separator: "\n", omittingEmptySubsequences: false).count + 2
        return (try fixture.build(), line)
    }

    /// Each of these must stop the build with an error naming the chapter file and the line of the offence.
    @Test(arguments: [
        ("<script>alert(1)</script>", "raw `<script>` is not allowed"),
        ("Some text <SCRIPT SRC=https://example.org/x.js></SCRIPT>", "raw `<script>` is not allowed"),
        ("<ScRiPt\n>alert(1)</script>", "raw `<script>` is not allowed"),
        ("<script/src=\"data:,alert(1)\"></script>", "raw `<script>` is not allowed"),
        ("\\<script>alert(1)\\</script>", "raw `<script>` is not allowed"),
        ("<iframe src=\"https://example.org\"></iframe>", "raw `<iframe>` is not allowed"),
        ("<img src=x onerror=alert(1)>", "event-handler attribute `onerror`"),
        ("<img src=x ONERROR = \"alert(1)\">", "event-handler attribute `onerror`"),
        ("<img/onerror=alert(1)>", "event-handler attribute `onerror`"),
        ("<svg/onload=alert(1)>", "raw `<svg>` is not allowed"),
        ("[click](javascript:alert(1))", "`javascript:`"),
        ("[click](JaVaScRiPt:alert(1))", "`javascript:`"),
        ("[click]( javascript:alert(1))", "`javascript:`"),
        ("[click](java&#x09;script:alert(1))", "`javascript:`"),
        ("[click](&#106;avascript:alert(1))", "`javascript:`"),
        ("[click](&#x6A&#x61vascript:alert(1))", "`javascript:`"),
        ("[click](&#0000106;avascript:alert(1))", "`javascript:`"),
        ("[click](javascript&colon;alert(1))", "`javascript:`"),
        ("[click](java\\script:alert(1))", "`javascript:`"),
        ("[click](<javascript:alert(1)>)", "`javascript:`"),
        ("![picture](javascript:alert(1))", "`javascript:`"),
        ("[click](vbscript:msgbox(1))", "`vbscript:`"),
        ("[click](data:text/html;base64,PHNjcmlwdD4=)", "`data:`"),
        ("<javascript:alert(1)>", "autolinks are not supported"),
        ("<https://example.org>", "autolinks are not supported"),
        ("<a href=\"  javascript:alert(1)\">x</a>", "`javascript:`"),
        ("<a href='jav&#x0A;ascript:alert(1)'>x</a>", "`javascript:`"),
        ("<a href=javascript:alert(1)>x</a>", "`javascript:`"),
        ("<a HREF=\"java\tscript:alert(1)\">x</a>", "`javascript:`"),
        ("<a href=\"&bogus;javascript:alert(1)\">x</a>", "character reference `&bogus;`"),
        ("[click](https://example.org/\" onmouseover=\"alert(1))", "may not contain `\"`"),
        // Text that reads as a tag would swallow what follows it, code blocks included, as raw HTML.
        ("x<y and then\n\n```html\n<script>alert(1)</script>\n```", "raw `<y>` is not allowed"),
    ])
    func unsafeMarkupIsRefusedWithFileAndLine(markup: String, problem: String) throws {
        let error = #expect(throws: DocsError.self) { try build(appending: markup) }
        guard case .markup(let file, let line, let message)? = error else {
            Issue.record("expected a markup error, got \(String(describing: error))")
            return
        }
        #expect(file == "Chapters/01-sample-field/README.md")
        #expect(line == DocsFixture.firstChapterText.split(separator: "\n", omittingEmptySubsequences: false).count + 2)
        #expect(message.contains(problem), "\(message)")
    }

    @Test func aLinkDefinitionIsCheckedOnItsOwnLine() throws {
        let error = #expect(throws: DocsError.self) {
            try build(appending: "Go [there][evil].\n\n[evil]: javascript:alert(1)")
        }
        guard case .markup(_, let line, let message)? = error else {
            Issue.record("expected a markup error, got \(String(describing: error))")
            return
        }
        #expect(line == DocsFixture.firstChapterText.split(separator: "\n", omittingEmptySubsequences: false).count + 4)
        #expect(message.contains("`javascript:`"))
    }

    /// Inside a `<details>` element Ink copies a fenced block as raw HTML, so the page itself is checked too; the
    /// error names the line of the tag in the Markdown.
    @Test func aScriptThatInkTakesAsHTMLIsRefusedToo() throws {
        let error = #expect(throws: DocsError.self) {
            try build(
                appending: "<details><summary>More</summary>\n\n```html\n<script>alert(1)</script>\n```\n\n</details>")
        }
        guard case .markup(_, let line, let message)? = error else {
            Issue.record("expected a markup error, got \(String(describing: error))")
            return
        }
        #expect(line == DocsFixture.firstChapterText.split(separator: "\n", omittingEmptySubsequences: false).count + 5)
        #expect(message.contains("raw `<script>` is not allowed"))
    }

    @Test func ordinaryLinksComparisonsAndHTMLPass() throws {
        let (site, _) = try build(
            appending: """
                See [the spec](https://example.org/a?b=1&c=2), [mail](mailto:someone@example.org), \
                [a section](#a:b) and [a page](../02-second-chapter/README.md#matrices); \
                a < b and a &lt;b. Code such as `<script>` and `javascript:x` is only shown.

                <details><summary>More</summary>Text with <sup>2</sup>.</details>

                ```html
                <script>alert(1)</script>
                ```
                """)
        let page = try #require(site.contents(of: "01-sample-field.html"))
        #expect(page.contains("href=\"https://example.org/a?b=1&c=2\""))
        #expect(page.contains("href=\"02-second-chapter.html#matrices\""))
        #expect(!page.contains("<script>alert"), "the code block's script is escaped")
        #expect(page.contains("a &lt; b and a &lt;b."))
    }

    /// Titles from chapter.yaml reach the pages' titles, links and exercise boxes; one holding quotes and brackets
    /// must come out escaped, not as markup. (Exercise IDs cannot carry such characters: the catalog refuses them.)
    @Test func titlesFromChapterYAMLAreEscaped() throws {
        let fixture = try DocsFixture()
        defer { fixture.remove() }
        let hostile = "Add\"><img src=x onerror=alert(1)>"
        try fixture.write(
            DocsFixture.firstChapterYAML
                .replacingOccurrences(of: "title: A sample field", with: "title: '\(hostile)'")
                .replacingOccurrences(of: "title: Add modulo p", with: "title: '\(hostile)'"),
            to: "Chapters/01-sample-field/chapter.yaml")
        let site = try fixture.build()
        let escaped = "Add&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"
        for page in ["01-sample-field.html", "index.html", "print.html"] {
            let html = try #require(site.contents(of: page))
            #expect(!html.contains("<img"), "\(page) lets a title out as markup")
            #expect(html.contains(escaped), "\(page)")
        }
    }

    /// Every attribute value of every page is well formed: quoted, and free of raw `<`, `>` and quotes.
    @Test func everyAttributeOfEveryPageIsQuotedAndEscaped() throws {
        let fixture = try DocsFixture()
        defer { fixture.remove() }
        for (path, contents) in try fixture.build().files where path.hasSuffix(".html") {
            for tag in contents.matches(of: /<[a-zA-Z][^<>]*>/) {
                let attributes = tag.output.dropFirst().drop { $0.isLetter || $0.isNumber || $0 == "-" }
                let wellFormed = /(\s+[a-z:-]+(="[^"<>]*")?)*\s*\/?>/
                #expect(attributes.wholeMatch(of: wellFormed) != nil, "\(path): \(tag.output)")
            }
        }
    }
}
