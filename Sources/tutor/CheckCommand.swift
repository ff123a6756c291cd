import ArgumentParser
import TutorKit

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the hidden tests of one exercise, one chapter, or everything, and report each exercise.")

    @Argument(help: "An exercise ID, or a chapter (1, 01, 01-big-integers); everything if omitted.")
    var target: String?

    @OptionGroup var options: WorkbookOptions

    func run() throws {
        try withWorkbook(options) { workbook throws(TutorError) in try workbook.check(target) }
    }
}
