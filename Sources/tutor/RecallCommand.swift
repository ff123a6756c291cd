import ArgumentParser
import TutorKit

struct Recall: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Answer the recall questions that are due, and grade yourself; SM-2 schedules the next time.",
        discussion: """
            A chapter's recall questions join your schedule when all its exercises pass. Each is asked on the day \
            it is due: type an answer (or answer in your head), compare it with the model answer, and grade \
            yourself; a good recall waits longer before the next, a forgotten one comes back tomorrow. A chapter \
            whose exercises took many hints or failed runs starts with shorter intervals. Every grade is saved at \
            once in tutor-state.json.
            """)

    @Flag(name: .long, help: "Show the schedule (what is due, and when the rest is) without asking anything.")
    var list = false

    func run() throws {
        try withWorkbook { workbook throws(TutorError) in try workbook.recall(input: TerminalInput(), list: list) }
    }
}

struct Gaps: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Answer a chapter's “Before you code” questions in the terminal; your answers are kept.")

    @Argument(help: "A chapter (3, 03, 03-extension-fields); the one you are working on if omitted.")
    var chapter: String?

    func run() throws {
        try withWorkbook { workbook throws(TutorError) in
            try workbook.beforeYouCode(chapter: chapter, input: TerminalInput())
        }
    }
}
