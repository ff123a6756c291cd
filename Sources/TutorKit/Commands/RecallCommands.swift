import Book
import Foundation
import WorkbookModel

/// Where an interactive command reads the learner's answers: the terminal, or a script in tests.
public protocol AnswerInput {
    /// Whether a person can answer: standard input is a terminal. Without one, interactive commands explain
    /// how to run them instead of waiting on input that never comes.
    var isInteractive: Bool { get }
    /// The next line typed, without its newline; nil at the end of input (Ctrl-D).
    func readLine() -> String?
}

/// Standard input.
public struct TerminalInput: AnswerInput {
    public init() {}
    public var isInteractive: Bool { isatty(STDIN_FILENO) == 1 }
    public func readLine() -> String? { Swift.readLine(strippingNewline: true) }
}

extension Workbook {
    // MARK: Questions

    /// Chapter `chapter`'s questions, or nil when its text cannot be read (reported by `tutor verify` and
    /// `tutor docs`; the exercise loop goes on without them).
    func questions(of chapter: Chapter) -> ChapterQuestions? {
        if let cached = questionsCache[chapter.number] { return cached }
        guard let questions = try? ChapterQuestions(chapter: chapter, root: root) else { return nil }
        questionsCache[chapter.number] = questions
        return questions
    }

    func recallQuestionCounts() -> [String: Int] {
        var counts: [String: Int] = [:]
        for chapter in catalog.chapters { counts[chapter.folderName] = questions(of: chapter)?.recall.count ?? 0 }
        return counts
    }

    /// The question a card is for, if its chapter still has it.
    func question(_ id: QuestionID) -> ChapterQuestions.Question? {
        guard let chapter = catalog.chapters.first(where: { $0.folderName == id.chapterFolder }) else { return nil }
        return questions(of: chapter)?.question(id)
    }

    /// The one line `tutor next` shows when recall questions are due; nil when none are. Never blocks.
    func recallDueLine(_ progress: LearnerProgress) -> String? {
        let due = progress.dueQuestions(on: today()).filter { question($0) != nil }
        guard !due.isEmpty else { return nil }
        return console.cyan(
            "↻ \(count(due.count, "recall question")) due: `swift run tutor recall` when you like; it does not hold up the exercises."
        )
    }

    /// Counts a failed run of `exercise`'s tests on code the learner wrote: a run whose only failures are stubs'
    /// "not written yet" does not count, one with any other failure (a wrong answer beside an unwritten function) does.
    /// Returns whether it counted one.
    func countFailure(_ result: SuiteResult, of exercise: Exercise, in progress: inout LearnerProgress) -> Bool {
        switch result {
        case .passed, .noTestsMatched: return false
        // Only stubs left unwritten: nothing the learner wrote has failed yet.
        case .failed(_, let issues) where issues.allSatisfy({ $0.text.contains("not written yet") }): return false
        case .failed, .crashed, .timedOut:
            progress.failedRuns[exercise.id, default: 0] += 1
            return true
        }
    }

    // MARK: tutor recall

    /// `tutor recall`: asks the recall questions that are due, one at a time. The learner types an answer (or
    /// answers in their head), sees the model answer beside the one they typed last time, and grades themselves;
    /// the grade moves the question to a later day by SM-2 (see `SM2`), saved at once. Questions graded "again" or
    /// "hard" are asked once more at the end, as SM-2 prescribes, without moving them further.
    ///
    /// The lock is held only while progress is read or written, never while waiting for the learner, so `tutor
    /// next` in another terminal goes on meanwhile. `list` shows the schedule without asking anything.
    public func recall(input: any AnswerInput, list: Bool) throws(TutorError) -> Bool {
        let progress = try exclusively("recall") { () throws(TutorError) in
            let progress = try loadProgress()
            // Chapters finished before recall was scheduled (or whose text gained questions) join now.
            return try save(progress)
        }
        let day = today()
        let due = progress.dueQuestions(on: day).filter { question($0) != nil }
        if list {
            showSchedule(progress, on: day)
            return true
        }
        guard !due.isEmpty else {
            showNothingDue(progress, on: day)
            return true
        }
        guard input.isInteractive else { throw .notInteractive("recall") }

        console.line(
            console.bold("\(count(due.count, "recall question")) due today.")
                + " Answer from memory first: type your answer and finish with an empty line, or press Enter at once to answer in your head. `q` stops; every grade given is saved."
        )
        var again: [QuestionID] = []
        var reviewed = 0
        for (index, id) in due.enumerated() {
            console.line()
            guard let grade = try ask(id, label: "[\(index + 1)/\(due.count)]", input: input, reschedule: true)
            else { return finish(reviewed: reviewed) }
            reviewed += 1
            if grade.quality < 4 { again.append(id) }
        }
        // SM-2: at the end of the session, repeat what scored below 4 until it scores 4 or more.
        while !again.isEmpty {
            console.line()
            console.line(console.dim("Once more, the ones that were hard (the schedule does not change):"))
            var stillHard: [QuestionID] = []
            for (index, id) in again.enumerated() {
                console.line()
                guard
                    let grade = try ask(
                        id, label: "[again \(index + 1)/\(again.count)]", input: input, reschedule: false)
                else { return finish(reviewed: reviewed) }
                if grade.quality < 4 { stillHard.append(id) }
            }
            again = stillHard
        }
        return finish(reviewed: reviewed)
    }

    /// Asks one question and records the answer and, when `reschedule`, the grade. Nil when the learner stops.
    private func ask(_ id: QuestionID, label: String, input: any AnswerInput, reschedule: Bool) throws(TutorError)
        -> RecallGrade?
    {
        guard let question = question(id),
            let chapter = catalog.chapters.first(where: { $0.folderName == id.chapterFolder })
        else { return .good }
        let renderer = TerminalRenderer(styled: console.usesColor, width: 100)
        console.line(console.bold("\(label) Chapter \(chapter.number), \(chapter.title): question \(id.number)"))
        console.raw(render(question.text, renderer, chapter))
        console.line(console.dim("Your answer (an empty line ends it):"))
        var lines: [String] = []
        while true {
            console.raw("> ")
            guard let line = input.readLine() else { return nil }
            if lines.isEmpty, line.trimmingCharacters(in: .whitespaces).lowercased() == "q" { return nil }
            if line.trimmingCharacters(in: .whitespaces).isEmpty { break }
            lines.append(line)
        }
        let typed = lines.joined(separator: "\n")
        console.line(console.bold("Model answer:"))
        console.raw(render(question.answer ?? "", renderer, chapter))
        let earlier = try exclusively("recall") { () throws(TutorError) in try loadProgress().answers[id.description] }
        if let earlier, earlier.day < today() || typed.isEmpty {
            console.line(console.bold("Your answer on \(earlier.day):"))
            for line in earlier.text.split(separator: "\n", omittingEmptySubsequences: false) {
                console.line("  " + line)
            }
        }
        let grade: RecallGrade
        while true {
            console.raw("How well did you recall it? 1 again · 2 hard · 3 good · 4 easy (q stops): ")
            guard let line = input.readLine() else { return nil }
            let choice = line.trimmingCharacters(in: .whitespaces).lowercased()
            if choice == "q" { return nil }
            if let picked = Self.grade(from: choice) {
                grade = picked
                break
            }
            console.line(console.yellow("Type 1, 2, 3 or 4 (or again, hard, good, easy), or q to stop."))
        }
        try exclusively("recall") { () throws(TutorError) in
            var progress = try loadProgress()
            if !typed.isEmpty { progress.answers[id.description] = WrittenAnswer(text: typed, day: today()) }
            if reschedule, let card = progress.recall[id.description] {
                let (next, explanation) = SM2.review(card, grade: grade, on: today())
                progress.recall[id.description] = next
                console.line(console.green(explanation))
            }
            try save(progress)
        }
        return grade
    }

    static func grade(from choice: String) -> RecallGrade? {
        switch choice {
        case "1", "a", "again": .again
        case "2", "h", "hard": .hard
        case "3", "g", "good": .good
        case "4", "e", "easy": .easy
        default: nil
        }
    }

    private func render(_ markdown: String, _ renderer: TerminalRenderer, _ chapter: Chapter) -> String {
        (try? renderer.render(markdown: markdown, file: chapter.textPath)) ?? markdown + "\n"
    }

    private func finish(reviewed: Int) -> Bool {
        console.line()
        guard case .found(let progress)? = try? store.load(for: catalog) else { return true }
        console.line("Reviewed \(count(reviewed, "question")) today.")
        showNext(progress, after: today())
        return true
    }

    private func showNothingDue(_ progress: LearnerProgress, on day: Day) {
        guard !progress.recall.isEmpty else {
            console.line(
                "No recall questions are scheduled yet: a chapter's questions join your schedule once all its exercises pass (`swift run tutor list`)."
            )
            return
        }
        console.line("Nothing is due today.")
        showNext(progress, after: day)
    }

    private func showNext(_ progress: LearnerProgress, after day: Day) {
        let later = progress.recall.values.map(\.due).filter { $0 > day }
        guard let next = later.min() else { return }
        let n = later.filter { $0 == next }.count
        console.line("Next: \(count(n, "question")) on \(next), in \(count(day.days(until: next), "day")).")
    }

    /// `tutor recall --list`: for each chapter with scheduled questions, how many are due and when the rest are.
    private func showSchedule(_ progress: LearnerProgress, on day: Day) {
        guard !progress.recall.isEmpty else {
            showNothingDue(progress, on: day)
            return
        }
        for chapter in catalog.chapters {
            let cards = progress.recall.compactMap { key, card -> (QuestionID, RecallCard)? in
                guard let id = QuestionID(key), id.chapterFolder == chapter.folderName else { return nil }
                return (id, card)
            }.sorted { $0.0 < $1.0 }
            guard !cards.isEmpty else { continue }
            let dueNow = cards.filter { $0.1.due <= day }.count
            console.line(
                console.bold("Chapter \(chapter.number), \(chapter.title)")
                    + (dueNow > 0 ? console.cyan("  \(dueNow) due") : ""))
            for (id, card) in cards {
                let when = card.due <= day ? "due" : "on \(card.due)"
                let last = card.lastReviewed.map { "last recalled \($0)" } ?? "not asked yet"
                console.line(
                    "  Q\(id.number)  \(when.padding(toLength: 14, withPad: " ", startingAt: 0)) "
                        + console.dim(
                            "\(last), ease \(String(format: "%.2f", card.ease)), \(card.repetitions) recalled in a row"
                        ))
            }
        }
    }

    // MARK: tutor gaps

    /// `tutor gaps [chapter]`: the "Before you code" questions of a chapter (the current one by default), one at a
    /// time, each answer kept in the progress file; an earlier answer is shown first, and Enter keeps it.
    public func beforeYouCode(chapter name: String?, input: any AnswerInput) throws(TutorError) -> Bool {
        let chapter: Chapter
        if let name {
            guard let named = catalog.chapter(named: name) else {
                throw .unknownTarget(name, exercises: [], chapters: catalog.chapters.map(\.folderName))
            }
            chapter = named
        } else {
            let progress = try exclusively("gaps") { () throws(TutorError) in try loadProgress() }
            guard let current = currentExercise(progress).map(catalog.chapter(of:)) ?? catalog.chapters.last else {
                return true
            }
            chapter = current
        }
        guard let questions = questions(of: chapter), !questions.beforeYouCode.isEmpty else {
            console.line("Chapter \(chapter.number) has no “Before you code” questions.")
            return true
        }
        guard input.isInteractive else { throw .notInteractive("gaps") }
        let renderer = TerminalRenderer(styled: console.usesColor, width: 100)
        console.line(
            console.bold("Before you code: chapter \(chapter.number), \(chapter.title).")
                + " Type an answer, ending with an empty line; Enter at once skips (or keeps your earlier answer); q stops."
        )
        for (index, question) in questions.beforeYouCode.enumerated() {
            console.line()
            console.line(console.bold("[\(index + 1)/\(questions.beforeYouCode.count)]"))
            console.raw(render(question.text, renderer, chapter))
            let earlier = try exclusively("gaps") { () throws(TutorError) in
                try loadProgress().answers[question.id.description]
            }
            if let earlier {
                console.line(console.dim("Your answer on \(earlier.day):"))
                for line in earlier.text.split(separator: "\n", omittingEmptySubsequences: false) {
                    console.line(console.dim("  " + line))
                }
            }
            var lines: [String] = []
            while true {
                console.raw("> ")
                guard let line = input.readLine() else { return true }
                if lines.isEmpty, line.trimmingCharacters(in: .whitespaces).lowercased() == "q" { return true }
                if line.trimmingCharacters(in: .whitespaces).isEmpty { break }
                lines.append(line)
            }
            guard !lines.isEmpty else { continue }
            try exclusively("gaps") { () throws(TutorError) in
                var progress = try loadProgress()
                progress.answers[question.id.description] = WrittenAnswer(
                    text: lines.joined(separator: "\n"), day: today())
                try save(progress)
            }
            console.line(console.green("Kept. `tutor gaps \(chapter.number)` shows it again beside the question."))
        }
        return true
    }
}
