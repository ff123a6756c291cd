import Foundation
import WorkbookModel

/// Builds the offline book in `docs/` from `Chapters/`: an index with the learner's path, a page per chapter,
/// a print version, a glossary and a search page. Every page opens from `file://` and loads nothing from
/// anywhere else; formulas are MathML, written at build time.
///
/// The output depends only on the chapters (no dates, no ordering of hash tables), so `tutor docs --check` can
/// compare it with `docs/` byte for byte.
public struct BookBuilder {
    public static let bookTitle = "The ZK Workbook"
    public static let bookSubtitle = "Finite fields to KZG commitments and EIP-4844, built in Swift"
    /// Where the book goes, relative to the package root.
    public static let outputDirectory = "docs"

    public let catalog: Catalog
    public let glossary: Glossary

    public init(catalog: Catalog) throws(DocsError) {
        self.catalog = catalog
        glossary = try Glossary(root: catalog.root)
    }

    public func build() throws(DocsError) -> Site {
        var documents: [ChapterDocument] = []
        var printDocuments: [ChapterDocument] = []
        for chapter in catalog.chapters {
            documents.append(try ChapterDocument(chapter: chapter, root: catalog.root))
            // On the print page all chapters share one page, so their anchors need a chapter prefix.
            printDocuments.append(
                try ChapterDocument(
                    chapter: chapter, root: catalog.root,
                    idPrefix: "\(chapter.folderName)--"))
        }
        let glossaryEntries = try renderGlossary()
        let pages = PageTemplates(documents: documents, glossary: glossaryEntries)

        var files: [String: String] = [
            "index.html": pages.indexPage(),
            "print.html": pages.printPage(printDocuments),
            "glossary.html": pages.glossaryPage(),
            "search.html": pages.searchPage(),
            "search-index.js": SearchIndex(documents: documents, glossary: glossaryEntries).script,
        ]
        files.merge(try SiteAssets.load()) { generated, _ in generated }
        for (index, document) in documents.enumerated() {
            files[document.pageName] = pages.chapterPage(
                document,
                previous: index > 0 ? documents[index - 1] : nil,
                next: index + 1 < documents.count ? documents[index + 1] : nil)
        }
        return Site(files: files)
    }

    /// The glossary definitions rendered, with the anchor each term gets.
    private func renderGlossary() throws(DocsError) -> [GlossaryEntry] {
        var entries: [GlossaryEntry] = []
        for entry in glossary.entries {
            let definition = try RenderedMarkdown(entry.definition, file: Glossary.path, firstLine: entry.line)
            if let marker = definition.exerciseMarkers.first {
                throw .glossary(file: Glossary.path, line: marker.line, message: "exercise markers belong in chapters")
            }
            entries.append(
                GlossaryEntry(
                    term: entry.term, id: "term-" + RenderedMarkdown.slug(entry.term),
                    definition: definition))
        }
        return entries
    }
}

struct GlossaryEntry {
    let term: String
    let id: String
    let definition: RenderedMarkdown
}

extension Exercise {
    /// The command that checks this exercise.
    var checkCommand: String { "swift run tutor check \(id)" }
    var testCommand: String { "swift test --filter \(testFilter)" }
}
