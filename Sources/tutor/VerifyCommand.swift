import ArgumentParser
import TutorKit

struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "For maintainers and CI: every exercise fails as shipped and passes with its official solution.",
        discussion: """
            Also checks that the committed stubs are derived from the solutions, that each exercise's section \
            exists in its chapter, and that ReferenceTests and TutorKitTests pass. Your exercise files are \
            swapped during the run and always restored. Ends with a line `N passed, M failed`.
            """)

    @OptionGroup var options: WorkbookOptions

    func run() throws {
        try withWorkbook(timeout: options.timeout) { workbook throws(TutorError) in try workbook.verify() }
    }
}
