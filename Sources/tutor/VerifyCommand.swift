import ArgumentParser
import TutorKit

struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "For maintainers and CI: every exercise fails as shipped, passes with its official solution and fails with each of its mutants.",
        discussion: """
            Also checks that Package.swift's chapter targets match Chapters/*/chapter.yaml, that the committed \
            stubs are derived from the solutions, that each exercise's section exists in its chapter and its suite \
            in Tests/NN-topic/<File>Tests.swift, and that ReferenceTests, WorkbookModelTests, BookTests and \
            TutorKitTests pass. Your exercise files are swapped during the run and always restored, even if the \
            run is killed (the next tutor command restores them). Ends with a line `N passed, M failed`.
            """)

    @Argument(help: "Chapters to check (4, 04, 04-g1); every chapter, and the workbook's own tests, if omitted.")
    var chapters: [String] = []

    @OptionGroup var options: WorkbookOptions

    func run() throws {
        try withWorkbook(options) { workbook throws(TutorError) in try workbook.verify(chapters: chapters) }
    }
}
