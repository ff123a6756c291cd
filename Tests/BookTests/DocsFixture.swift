import Foundation
import WorkbookModel

@testable import Book

/// A small workbook written to a temporary folder: two chapters with formulas, code, exercise markers, recall
/// questions and a glossary, enough to exercise every part of the book builder.
struct DocsFixture {
    let root: URL

    static let firstChapterYAML = """
        number: 1
        topic: sample-field
        title: A sample field
        summary: Arithmetic modulo a prime.
        kind: code
        exercises:
          - id: sample-add
            title: Add modulo p
            file: SampleAdd.swift
            functions: ["add(_:_:)"]
            section: Adding
            hints: ["Add, then subtract p once.", "Compare with p before subtracting."]
          - id: sample-unplaced
            title: Negate modulo p
            file: Negate.swift
            functions: ["negate(_:)"]
            section: Adding
            hints: ["Zero is its own negation.", "Otherwise subtract from p."]
        """

    static let firstChapterText = """
        # A sample field

        We work in $\\mathbb{F}_p$ where $p = 2^{255} - 19$, and write $a \\cdot b \\equiv c \\pmod{p}$.

        ## Adding

        The sum of $a_i$ and $b_i$ is *reduced* once. A price is written \\$5 and code `let x = $0`.

        $$
        \\sum_{i=0}^{n-1} a_i x^i = \\frac{p+1}{4}, \\quad e([\\tau]_1, [1]_2) \\in \\mathbb{G}_T
        $$

        <!-- exercise: sample-add -->

        ```swift
        /// Adds modulo p.
        public func add(_ a: UInt64, _ b: UInt64) -> UInt64 {
            let (sum, overflow) = a.addingReportingOverflow(b) // "costs $x$"
            return overflow ? sum &- 0x1F : sum
        }
        ```

        - a list item with $\\sqrt{x}$
        - see [the next chapter](../02-second-chapter/README.md#matrices)

        ## Zebra section

        The word zebrafish appears only here.
        """

    /// The recall questions that close chapter 1's text, after whatever text a test gives.
    static let firstChapterRecall = """
        ## Recall

        **Q1.** Why is $p$ odd?

        **A1.** Because $p > 2$ is prime,
        so $2 \\nmid p$.
        """

    static let secondChapterYAML = """
        number: 2
        topic: second-chapter
        title: The second chapter
        summary: Roots of unity and matrices.
        kind: code
        exercises: []
        """

    static let secondChapterText = """
        Roots of unity: $\\omega^{2^k} = 1$ and $\\omega \\ne 1$.

        ## Matrices

        $$\\begin{pmatrix} 1 & 1 \\\\ 1 & \\omega \\end{pmatrix}$$
        """

    static let glossaryYAML = """
        - term: Limb
          definition: One 64-bit digit of a big integer written in base $2^{64}$.
        - term: Field
          definition: >
            A set with addition and multiplication in which every nonzero element has an inverse,
            such as $\\mathbb{F}_p$.
        """

    /// Writes the fixture; `firstChapterText` replaces chapter 1's text (before its recall questions) when given.
    init(firstChapterText: String = Self.firstChapterText) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("docs-fixture-\(UUID().uuidString)")
        try write(Self.firstChapterYAML, to: "Chapters/01-sample-field/chapter.yaml")
        try write(firstChapterText + "\n\n" + Self.firstChapterRecall + "\n", to: "Chapters/01-sample-field/README.md")
        try write(Self.secondChapterYAML, to: "Chapters/02-second-chapter/chapter.yaml")
        try write(Self.secondChapterText, to: "Chapters/02-second-chapter/README.md")
        try write(Self.glossaryYAML, to: "Chapters/glossary.yaml")
        try write("// A fixture workbook.\n", to: "Package.swift")
    }

    func write(_ contents: String, to path: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(contents.utf8).write(to: url)
    }

    func catalog() throws -> Catalog { try Catalog(root: root) }

    func build() throws -> Site { try BookBuilder(catalog: catalog()).build() }

    func remove() { try? FileManager.default.removeItem(at: root) }
}
