import ArgumentParser
import TutorKit

struct Solution: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the official solution of an exercise you have passed.")

    @Argument(help: "The exercise ID.")
    var exercise: String

    func run() throws {
        try withWorkbook { workbook throws(TutorError) in
            try workbook.solution(exercise)
            return true
        }
    }
}
