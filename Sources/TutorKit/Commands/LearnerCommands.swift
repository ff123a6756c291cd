import Foundation
import WorkbookModel

extension Workbook {
    /// `tutor next`: builds, runs the current exercise's hidden tests and shows the outcome. A pass is recorded and
    /// the following exercise is tried at once, so a learner who worked ahead is carried as far as their code goes.
    /// Returns whether everything `next` ran passed.
    public func next() throws(TutorError) -> Bool {
        try exclusively("next") { () throws(TutorError) in try nextHoldingLock() }
    }

    func nextHoldingLock() throws(TutorError) -> Bool {
        var progress = try loadProgress()
        if let due = recallDueLine(progress) { console.line(due) }
        guard var exercise = currentExercise(progress) else {
            showAllDone()
            return true
        }
        showHeader(exercise)
        guard try buildUnlessFresh(focus: exercise) else { return false }
        while true {
            let result = try run(exercise)
            guard case .passed(let tests) = result else {
                console.line()
                showProblem(result, for: exercise, issueLimit: 2, indent: "")
                let seen = progress.hintsShown[exercise.id] ?? 0
                if seen < exercise.hints.count {
                    console.line()
                    console.line(console.dim("Stuck? `tutor hint` shows hint \(seen + 1) of \(exercise.hints.count)."))
                }
                let counted = countFailure(result, of: exercise, in: &progress)
                if progress.current != exercise.id || counted {
                    progress.current = exercise.id
                    try save(progress)
                }
                return false
            }
            progress.done.insert(exercise.id)
            progress.advance(through: catalog)
            try save(progress)
            console.line(console.green("✓ \(exercise.title) passes (\(count(tests, "test"))). Recorded."))
            guard let following = currentExercise(progress) else {
                console.line()
                showAllDone()
                return true
            }
            exercise = following
            console.line()
            showHeader(exercise)
        }
    }

    private func showAllDone() {
        console.line(console.green("✓ Every exercise passes: all \(catalog.exercises.count) of them. Well done."))
        console.line()
        console.line("What comes next:")
        console.line(
            "  · Recall: each chapter's questions come back on a schedule; `swift run tutor recall` asks those due.")
        console.line(
            "  · Compare: `swift run tutor solution <exercise>` shows the official solution of any exercise, "
                + "to set beside yours.")
        console.line("  · Read on: docs/index.html is the whole book, offline.")
        let present = Set(catalog.chapters.map(\.number))
        let coming = Self.plannedChapters.filter { !present.contains($0.number) }
        if !coming.isEmpty {
            console.line(
                "  · Still to come, as the book plans them (update the workbook with `git pull` to get them as they land):"
            )
            for chapter in coming { console.line("      \(chapter.number). \(chapter.topic)") }
        }
    }

    /// The chapters the book plans, from big integers to a deployed service and an application.
    static let plannedChapters: [(number: Int, topic: String)] = [
        (1, "big integers on limbs"), (2, "the scalar field Fr"), (3, "extension fields Fp2, Fp6, Fp12"),
        (4, "the curve G1"), (5, "G2, the twist and subgroup checks"), (6, "the pairing"), (7, "FFTs over Fr"),
        (8, "multi-scalar multiplication"), (9, "KZG commitments"), (10, "EIP-4844 blobs"),
        (11, "EIP-7594 cells and sampling"), (12, "your own backend under KZG"), (13, "a KZG service"),
        (14, "observability"), (15, "containers and Kubernetes"), (16, "CI/CD"), (17, "SLOs and runbooks"),
        (18, "notarised datasets"),
    ]

    /// `tutor list`: every chapter and exercise with its state.
    public func list() throws(TutorError) {
        try exclusively("list") { () throws(TutorError) in try listHoldingLock() }
    }

    private func listHoldingLock() throws(TutorError) {
        let progress = try loadProgress()
        let current = currentExercise(progress)
        for chapter in catalog.chapters {
            let done = chapter.exercises.filter { progress.done.contains($0.id) }.count
            console.line(
                console.bold("Chapter \(chapter.number) · \(chapter.title)")
                    + console.dim("  \(done)/\(chapter.exercises.count) done"))
            let width = chapter.exercises.map(\.id.count).max() ?? 0
            for exercise in chapter.exercises {
                let padded = exercise.id.padding(toLength: width, withPad: " ", startingAt: 0)
                if progress.done.contains(exercise.id) {
                    console.line("  " + console.green("✓") + " \(padded)  \(exercise.title)")
                } else if exercise == current {
                    console.line(
                        "  " + console.cyan("▸") + " \(padded)  \(exercise.title)  " + console.cyan("← current"))
                } else {
                    console.line("  " + console.dim("· \(padded)  \(exercise.title)"))
                }
            }
            console.line()
        }
        console.line("\(progress.done.count) of \(catalog.exercises.count) exercises done.")
    }

    /// `tutor hint [exercise]`: the next rung of the hint ladder (the last one again once all were shown).
    public func hint(for id: String? = nil) throws(TutorError) {
        try exclusively("hint") { () throws(TutorError) in try hintHoldingLock(for: id) }
    }

    private func hintHoldingLock(for id: String?) throws(TutorError) {
        var progress = try loadProgress()
        let exercise: Exercise
        if let id {
            exercise = try self.exercise(named: id)
        } else {
            guard let current = currentExercise(progress) else {
                console.line("Every exercise passes; there is nothing left to hint at.")
                return
            }
            exercise = current
        }
        let seen = progress.hintsShown[exercise.id] ?? 0
        let rung = min(seen + 1, exercise.hints.count)
        console.line(console.bold("Hint \(rung) of \(exercise.hints.count) for “\(exercise.title)” (\(exercise.id)):"))
        for line in exercise.hints[rung - 1].split(separator: "\n", omittingEmptySubsequences: false) {
            console.line("  \(line)")
        }
        if rung < exercise.hints.count {
            let again = id.map { "tutor hint \($0)" } ?? "tutor hint"
            console.line(console.dim("`\(again)` again for the next, more direct one."))
        } else {
            console.line(
                console.dim(
                    "That was the last hint. Reread “\(exercise.section)” in \(catalog.chapter(of: exercise).textPath)."
                ))
        }
        if rung > seen {
            progress.hintsShown[exercise.id] = rung
            try save(progress)
        }
    }

    /// The exercises `check` runs for `target`: all of them, a chapter's, or one.
    func exercises(for target: String?) throws(TutorError) -> [Exercise] {
        guard let target else { return catalog.exercises }
        if let exercise = catalog.exercise(id: target) { return [exercise] }
        if let chapter = catalog.chapter(named: target) { return chapter.exercises }
        throw .unknownTarget(
            target, exercises: catalog.exercises.map(\.id), chapters: catalog.chapters.map(\.folderName))
    }

    /// `tutor check [exercise | chapter]`: runs those exercises' hidden tests and reports each. Passes are
    /// recorded; an exercise that passed before and fails now stays recorded (progress is never taken away) but is
    /// reported as failing. Returns whether all passed.
    public func check(_ target: String?) throws(TutorError) -> Bool {
        try exclusively("check") { () throws(TutorError) in try checkHoldingLock(target) }
    }

    private func checkHoldingLock(_ target: String?) throws(TutorError) -> Bool {
        let selected = try exercises(for: target)
        var progress = try loadProgress()
        guard try buildUnlessFresh(focus: selected.count == 1 ? selected[0] : nil) else { return false }
        var passed = 0
        for exercise in selected {
            let result = try run(exercise)
            if case .passed(let tests) = result {
                passed += 1
                console.line(console.green("✓") + " \(exercise.id)  " + console.dim("\(count(tests, "test")) passed"))
                progress.done.insert(exercise.id)
            } else {
                if !progress.done.contains(exercise.id) { _ = countFailure(result, of: exercise, in: &progress) }
                console.line(console.red("✗") + " \(exercise.id)")
                showProblem(result, for: exercise, issueLimit: selected.count == 1 ? 10 : 1, indent: "    ")
            }
        }
        if let current = progress.current, progress.done.contains(current) { progress.advance(through: catalog) }
        if progress.current == nil { progress.advance(through: catalog) }
        try save(progress)
        console.line()
        console.line("\(passed) of \(selected.count) exercises pass.")
        return passed == selected.count
    }

    /// `tutor reset <exercise>`: puts the stub back, after keeping the learner's file, byte for byte, in
    /// `.tutor/backups/`, and un-marks the exercise so that `list` and `next` show it as still to do. A file that
    /// exists but cannot be read (so cannot be backed up) is never overwritten. `confirm` asks the learner; it is not
    /// called when `confirmed` is already true.
    public func reset(_ id: String, confirmed: Bool, confirm: (String) -> Bool) throws(TutorError) {
        try exclusively("reset") { () throws(TutorError) in
            try resetHoldingLock(id, confirmed: confirmed, confirm: confirm)
        }
    }

    private func resetHoldingLock(_ id: String, confirmed: Bool, confirm: (String) -> Bool) throws(TutorError) {
        let exercise = try exercise(named: id)
        let stub = Data(try derivedStub(for: exercise).utf8)
        let file = root.appendingPathComponent(exercise.exercisePath)
        let current: Data?
        if FileManager.default.fileExists(atPath: file.path) {
            do { current = try Data(contentsOf: file) } catch {
                throw .file(
                    file.path,
                    "it cannot be read, so it cannot be backed up (\(error.localizedDescription)); nothing was reset")
            }
        } else {
            current = nil
        }
        if current == stub {
            console.line("\(exercise.exercisePath) is already the untouched stub; nothing to reset.")
            try unmark(exercise)
            return
        }
        guard
            confirmed
                || confirm("Replace \(exercise.exercisePath) with the stub? Your version is backed up first. [y/N] ")
        else {
            console.line("Nothing changed.")
            return
        }
        if let current {
            let folder = root.appendingPathComponent(".tutor/backups/\(exercise.id)")
            let stamp = Self.timestamp()
            var backup = folder.appendingPathComponent("\(stamp)-\(exercise.fileName)")
            var n = 2
            while FileManager.default.fileExists(atPath: backup.path) {
                backup = folder.appendingPathComponent("\(stamp)-\(n)-\(exercise.fileName)")
                n += 1
            }
            do {
                try FileManager.default.createDirectory(
                    at: backup.deletingLastPathComponent(), withIntermediateDirectories: true)
                try current.write(to: backup, options: .withoutOverwriting)
                // Read back: the stub goes in only over a file whose every byte is kept.
                guard try Data(contentsOf: backup) == current else {
                    throw CocoaError(.fileWriteUnknown)
                }
            } catch {
                throw .file(
                    backup.path, "the backup could not be written (\(error.localizedDescription)), so nothing was reset"
                )
            }
            console.line("Your version is saved as \(relative(backup.path)).")
        }
        do { try stub.write(to: file, options: .atomic) } catch {
            throw .file(file.path, error.localizedDescription)
        }
        console.line(console.green("✓ \(exercise.exercisePath) is the stub again."))
        try unmark(exercise)
    }

    /// Takes `exercise` out of the exercises done, saying so if it was there.
    private func unmark(_ exercise: Exercise) throws(TutorError) {
        // Without a usable progress file there is no mark to take away (and nothing worth running every hidden
        // test for, as rebuilding the file would).
        let loaded: ProgressStore.Loaded
        do { loaded = try store.load(for: catalog) } catch { throw .progress(error) }
        guard case .found(var progress) = loaded else { return }
        progressBase = progress
        guard progress.done.remove(exercise.id) != nil else { return }
        if progress.current == nil { progress.current = exercise.id }
        try save(progress)
        console.line("`\(exercise.id)` is no longer marked done; `tutor next` comes back to it.")
    }

    /// `tutor solution <exercise>`: the official solution, once the learner's own passed.
    public func solution(_ id: String) throws(TutorError) {
        try exclusively("solution") { () throws(TutorError) in try solutionHoldingLock(id) }
    }

    private func solutionHoldingLock(_ id: String) throws(TutorError) {
        let exercise = try exercise(named: id)
        let progress = try loadProgress()
        guard progress.done.contains(exercise.id) else { throw .notPassedYet(exercise.id) }
        let path = root.appendingPathComponent(exercise.solutionPath)
        guard let text = try? String(contentsOf: path, encoding: .utf8) else {
            throw .file(path.path, "the official solution is missing")
        }
        let official = StubDerivation.officialText(ofSolution: text, fileName: exercise.fileName)
        let kind = catalog.chapter(of: exercise).kind
        console.line(console.dim((kind == .code ? "// " : "") + exercise.solutionPath))
        console.raw(official.hasSuffix("\n") ? official : official + "\n")
    }

    /// The stub derived from `exercise`'s official solution.
    func derivedStub(for exercise: Exercise) throws(TutorError) -> String {
        let path = root.appendingPathComponent(exercise.solutionPath)
        guard let solution = try? String(contentsOf: path, encoding: .utf8) else {
            throw .file(path.path, "the official solution is missing or unreadable")
        }
        do { return try StubDerivation.stub(fromSolution: solution, fileName: exercise.solutionPath) } catch {
            throw .stub(error)
        }
    }

    static func timestamp() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        return formatter.string(from: Date())
    }
}
