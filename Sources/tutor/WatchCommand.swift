import ArgumentParser
import TutorKit

struct Watch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run `next` again each time you save an exercise file (Enter re-runs, q quits).")

    @OptionGroup var options: WorkbookOptions

    func run() throws {
        try withWorkbook(options) { workbook throws(TutorError) in
            workbook.watch()
            return true
        }
    }
}
