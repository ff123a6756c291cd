import ArgumentParser
import TutorKit

struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show your progress through every chapter and exercise.")

    func run() throws {
        try withWorkbook { workbook throws(TutorError) in
            try workbook.list()
            return true
        }
    }
}
