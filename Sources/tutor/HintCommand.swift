import ArgumentParser
import TutorKit

struct Hint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the next hint for the current exercise (or the one named).")

    @Argument(help: "An exercise ID; the current exercise if omitted.")
    var exercise: String?

    func run() throws {
        try withWorkbook { workbook throws(TutorError) in
            try workbook.hint(for: exercise)
            return true
        }
    }
}
