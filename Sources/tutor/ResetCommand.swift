import ArgumentParser
import Foundation
import TutorKit

struct Reset: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Put an exercise's stub back, keeping a backup of your file in .tutor/backups/.")

    @Argument(help: "The exercise ID.")
    var exercise: String

    @Flag(name: .long, help: "Do not ask for confirmation.")
    var yes = false

    func run() throws {
        try withWorkbook { workbook throws(TutorError) in
            try workbook.reset(exercise, confirmed: yes) { question in
                // The console writes unbuffered, so the question must too, or it would show after the answer.
                FileHandle.standardOutput.write(Data(question.utf8))
                let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased()
                return answer == "y" || answer == "yes"
            }
            return true
        }
    }
}
