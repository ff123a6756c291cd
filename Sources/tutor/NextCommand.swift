import ArgumentParser
import TutorKit

struct Next: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build, run the current exercise's hidden tests, and move on when they pass (the default).")

    @OptionGroup var options: WorkbookOptions

    func run() throws {
        try withWorkbook(options) { workbook throws(TutorError) in try workbook.next() }
    }
}
