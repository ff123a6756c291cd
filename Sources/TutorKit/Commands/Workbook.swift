import Book
import Foundation
import WorkbookModel

/// The workbook as the `tutor` command sees it: the catalog, the learner's progress, and the hidden tests.
///
/// Every subcommand of `tutor` is one method of this type (see the extensions in this folder).
public final class Workbook {
    public let catalog: Catalog
    public let console: Console
    let store: ProgressStore
    let runner: any TestRunning
    /// Builds and runs the timing harness of `tutor bench`.
    var benchRunner: (any BenchRunning)?
    /// Set when rebuilding progress has just built the package, so the command that asked for the progress does
    /// not pay for a second, identical build. Taken (reset) by the first `buildUnlessFresh`.
    private var freshBuild = false
    /// Set once this command has built the KZG service for a configuration chapter's checks.
    private var serviceBuilt = false
    /// The preparation scripts (`prepare:` in chapter.yaml) this command has run.
    private var prepared: Set<String> = []
    /// How long a command waits for another that holds the tutor's lock.
    let patience: TutorLock.Patience
    /// The tutor's lock while this workbook holds it, and how many `exclusively` calls are running.
    private var lock: TutorLock?
    private var lockDepth = 0
    /// The progress as this command last read or wrote it, so a save can tell whether another command changed the
    /// file meanwhile.
    var progressBase: LearnerProgress?
    /// The learner's calendar day, which recall schedules count in; tests set their own.
    var today: () -> Day = { Day.today() }
    /// Each chapter's questions, read from its text once per command.
    var questionsCache: [Int: ChapterQuestions] = [:]

    /// The workbook around `directory`, found by walking up to the folder with `Package.swift` and `Chapters/`.
    public convenience init(
        from directory: URL, console: Console, suiteTimeout: Duration = .seconds(180),
        buildTimeout: Duration = .seconds(1800)
    ) throws(TutorError) {
        guard let root = Catalog.locateRoot(from: directory) else { throw .notInWorkbook(directory.path) }
        let runner: TestRunner
        do { runner = try TestRunner(root: root, suiteTimeout: suiteTimeout, buildTimeout: buildTimeout) } catch {
            throw .runner(error)
        }
        try self.init(root: root, console: console, runner: runner, patience: .forThisProcess)
        do { benchRunner = try HarnessRunner(root: root, buildTimeout: buildTimeout) } catch { throw .runner(error) }
    }

    init(
        root: URL, console: Console, runner: any TestRunning,
        patience: TutorLock.Patience = .upTo(.seconds(5))
    ) throws(TutorError) {
        do { catalog = try Catalog(root: root) } catch { throw .catalog(error) }
        self.runner = runner
        self.console = console
        self.patience = patience
        store = ProgressStore(root: root)
    }

    // MARK: The lock

    /// Runs `body` holding the tutor's lock (see `TutorLock`), taking it first if this workbook does not hold it
    /// yet, and waiting while another command does. Once the lock is taken, a swap of the exercise files left by
    /// a `tutor verify` that died is restored.
    func exclusively<T>(_ command: String, _ body: () throws(TutorError) -> T) throws(TutorError) -> T {
        if lockDepth == 0 {
            lock = try TutorLock.acquire(root: root, command: command, patience: patience) { holder in
                let who = holder?.description ?? "Another tutor command"
                console.line(console.yellow("\(who) is running in this workbook; waiting for it to finish…"))
            }
        }
        lockDepth += 1
        defer {
            lockDepth -= 1
            if lockDepth == 0 { lock = nil }
        }
        if lockDepth == 1 { try ExerciseFileSwap.restoreInterrupted(root: root, console: console) }
        return try body()
    }

    /// Like `exclusively`, but returns `nil` at once, running nothing, when another command holds the lock.
    func ifNotBusy<T>(_ command: String, _ body: () throws(TutorError) -> T) throws(TutorError) -> T? {
        guard lockDepth == 0 else { return try body() }
        guard let taken = try TutorLock.attempt(root: root, command: command) else { return nil }
        lock = taken
        lockDepth = 1
        defer {
            lockDepth = 0
            lock = nil
        }
        try ExerciseFileSwap.restoreInterrupted(root: root, console: console)
        return try body()
    }

    var root: URL { catalog.root }
    var learnerDirectories: [String] { catalog.chapters.map(\.exercisesDirectory) }

    // MARK: Progress

    /// The learner's progress; a missing or damaged state file is reported and rebuilt from the hidden tests.
    func loadProgress() throws(TutorError) -> LearnerProgress {
        let loaded: ProgressStore.Loaded
        do { loaded = try store.load(for: catalog) } catch { throw .progress(error) }
        switch loaded {
        case .found(let progress):
            progressBase = progress
            return progress
        case .missing:
            console.line(
                console.dim(
                    "No progress file yet (\(ProgressStore.fileName)): running the hidden tests to see which exercises already pass."
                ))
        case .damaged(let reason):
            let keptAt: URL
            do { keptAt = try store.setAsideDamaged() } catch { throw .progress(error) }
            console.line(console.yellow("Your progress file \(ProgressStore.fileName) could not be used: \(reason)."))
            console.line(
                console.yellow(
                    "It is kept unchanged as \(keptAt.lastPathComponent). Rebuilding your progress from the hidden tests."
                ))
            // The tests rebuild what passed, but not the recall schedule or the typed answers: keep what of them
            // can still be read.
            let salvaged = ProgressStore.salvageRecall(
                from: keptAt, knownChapters: Set(catalog.chapters.map(\.folderName)))
            if !salvaged.isEmpty {
                console.line(
                    console.dim(
                        "Kept from it: \(count(salvaged.recall.count, "scheduled recall question")) and "
                            + "\(count(salvaged.answers.count, "typed answer"))."))
            }
            return try rebuildProgress(keeping: salvaged)
        }
        return try rebuildProgress()
    }

    /// Marks done every exercise whose hidden tests pass now. Hints seen cannot be recovered and start at zero;
    /// the recall schedule and typed answers are those `salvaged` from the damaged file, if any.
    private func rebuildProgress(
        keeping salvaged: SalvagedRecall = SalvagedRecall(recall: [:], answers: [:])
    ) throws(TutorError) -> LearnerProgress {
        guard try build(focus: nil) else {
            console.line(
                console.red("Your progress cannot be rebuilt until the workbook compiles; nothing was written."))
            throw .doesNotCompile
        }
        var progress = LearnerProgress(recall: salvaged.recall, answers: salvaged.answers)
        // A file that is still exactly its stub cannot pass: running its suite (some load a trusted setup first)
        // would only cost the learner time, on a fresh clone for every exercise.
        for exercise in catalog.exercises where !isUntouchedStub(exercise) {
            guard try run(exercise).passed else { continue }
            progress.done.insert(exercise.id)
        }
        progress.advance(through: catalog)
        try save(progress)
        freshBuild = true
        console.line(
            console.dim("Progress rebuilt: \(progress.done.count) of \(catalog.exercises.count) exercises pass."))
        console.line()
        return progress
    }

    /// Whether `exercise`'s file is, byte for byte, the stub derived from its official solution.
    func isUntouchedStub(_ exercise: Exercise) -> Bool {
        guard let stub = try? derivedStub(for: exercise),
            let file = try? Data(contentsOf: root.appendingPathComponent(exercise.exercisePath))
        else { return false }
        return file == Data(stub.utf8)
    }

    /// Saves `progress`, merged with whatever another command recorded since this one read the file.
    @discardableResult
    func save(_ progress: LearnerProgress) throws(TutorError) -> LearnerProgress {
        var progress = progress
        let newlyScheduled = progress.scheduleRecall(
            for: catalog, questionCounts: recallQuestionCounts(), on: today())
        for chapter in newlyScheduled {
            let count = questions(of: chapter)?.recall.count ?? 0
            console.line(
                console.cyan(
                    "↻ Chapter \(chapter.number)'s \(self.count(count, "recall question")) joined your schedule: "
                        + "`swift run tutor recall` asks them, today and then at growing intervals."))
        }
        do {
            let written = try store.save(progress, since: progressBase)
            progressBase = written
            return written
        } catch { throw .progress(error) }
    }

    /// The exercise `next` works on: the recorded current one while it is not done, else the first not done.
    func currentExercise(_ progress: LearnerProgress) -> Exercise? {
        if let id = progress.current, !progress.done.contains(id), let exercise = catalog.exercise(id: id) {
            return exercise
        }
        return catalog.exercises.first { !progress.done.contains($0.id) }
    }

    func exercise(named id: String) throws(TutorError) -> Exercise {
        guard let exercise = catalog.exercise(id: id) else {
            throw .unknownExercise(id, known: catalog.exercises.map(\.id))
        }
        return exercise
    }

    // MARK: Building and running

    /// Builds the package and its tests. On failure, shows the compiler's errors, those in `focus`'s file first
    /// and in full, the rest briefly, and returns false.
    func build(focus: Exercise?) throws(TutorError) -> Bool {
        let status = BuildStatusLine(console: console)
        let result: BuildResult
        do { result = try runner.buildTests(progress: status.update) } catch { throw .runner(error) }
        status.clear()
        guard case .failed(let diagnostics, let output) = result else { return true }
        showBuildFailure(diagnostics: diagnostics, output: output, focus: focus)
        return false
    }

    func showBuildFailure(diagnostics: [CompilerDiagnostic], output: String, focus: Exercise?) {
        let errors = diagnostics.filter { $0.severity == .error }
        guard !errors.isEmpty else {
            // Not a compiler diagnostic (a linker or package error): the end of the output says what went wrong.
            console.line(console.red("✗ The build failed:"))
            for line in output.split(separator: "\n").suffix(20) { console.line("  " + line) }
            return
        }
        let focusPath = focus.map { root.appendingPathComponent($0.exercisePath).standardizedFileURL.path }
        let inFocus = errors.filter { URL(fileURLWithPath: $0.path).standardizedFileURL.path == focusPath }
        let elsewhere = errors.filter { URL(fileURLWithPath: $0.path).standardizedFileURL.path != focusPath }
        if let focus, !inFocus.isEmpty {
            console.line(console.red("✗ \(focus.exercisePath) does not compile (\(count(inFocus.count, "error"))):"))
        } else {
            console.line(console.red("✗ The workbook does not compile (\(count(errors.count, "error"))):"))
        }
        // With no error in the learner's own file, the errors elsewhere are what they must see in full.
        let detailed = inFocus.isEmpty ? Array(elsewhere.prefix(3)) : inFocus
        for error in detailed {
            console.line()
            console.line(console.bold(relative(error.headline)))
            for line in error.excerpt { console.line(line) }
        }
        if detailed.contains(where: { error in
            catalog.chapters.contains { error.path.contains("/\($0.testsDirectory)/") }
        }) {
            console.line()
            console.line(
                "The hidden tests call your functions as the stub declares them: keep the stub's names, parameter labels and types."
            )
        }
        let brief = inFocus.isEmpty ? Array(elsewhere.dropFirst(3)) : elsewhere
        if !brief.isEmpty {
            console.line()
            console.line("Also \(count(brief.count, "error")) in other files:")
            for error in brief.prefix(8) { console.line("  " + relative(error.headline)) }
            if brief.count > 8 { console.line("  …") }
        }
    }

    /// `build(focus:)`, skipped when rebuilding progress built the package a moment ago in this command.
    func buildUnlessFresh(focus: Exercise?) throws(TutorError) -> Bool {
        if freshBuild {
            freshBuild = false
            return true
        }
        return try build(focus: focus)
    }

    /// Runs `exercise`'s hidden suite in a fresh test process (the build must be up to date). A configuration
    /// chapter's checks run the KZG service, so the first of them in a command builds it, unless the file is still
    /// its stub, which the checks report as not written yet without running anything.
    func run(_ exercise: Exercise) throws(TutorError) -> SuiteResult {
        if catalog.chapter(of: exercise).kind == .config, !serviceBuilt, !isUntouchedStub(exercise) {
            let status = BuildStatusLine(console: console)
            let result: BuildResult
            do { result = try runner.buildService(progress: status.update) } catch { throw .runner(error) }
            status.clear()
            if case .failed(_, let output) = result {
                let tail = output.split(separator: "\n").suffix(20).joined(separator: "\n")
                return .failed(
                    tests: 0,
                    issues: [
                        TestIssue(
                            test: "building the service",
                            text: "`swift build --package-path Service --product kzg-service` failed:\n\(tail)")
                    ])
            }
            serviceBuilt = true
        }
        // What a chapter's checks need beyond the service, made once per command with the build's timeout rather
        // than inside a suite's (the service's image: a release build and a base image, minutes the first time).
        for script in catalog.chapter(of: exercise).prepare where !prepared.contains(script) {
            let status = BuildStatusLine(console: console)
            let result: BuildResult
            do { result = try runner.prepare(script: script, progress: status.update) } catch { throw .runner(error) }
            status.clear()
            if case .failed(_, let output) = result {
                let tail = output.split(separator: "\n").suffix(20).joined(separator: "\n")
                return .failed(
                    tests: 0, issues: [TestIssue(test: "preparing the checks", text: "`\(script)` failed:\n\(tail)")])
            }
            prepared.insert(script)
        }
        do { return try runner.runSuite(exercise.testFilter, learnerDirectories: learnerDirectories) } catch {
            throw .runner(error)
        }
    }

    // MARK: Showing things

    func showHeader(_ exercise: Exercise) {
        let chapter = catalog.chapter(of: exercise)
        let position = (chapter.exercises.firstIndex(of: exercise) ?? 0) + 1
        console.line(
            console.dim(
                "Chapter \(chapter.number) · \(chapter.title) — exercise \(position) of \(chapter.exercises.count) (\(exercise.id))"
            ))
        console.line(console.bold(exercise.title))
        let quotedSection = exercise.section.replacingOccurrences(of: "\"", with: "\\\"")
        console.line(
            "  Read:  \(chapter.textPath), section “\(exercise.section)”: "
                + "`swift run tutor read \(chapter.number) --section \"\(quotedSection)\"`")
        console.line(
            "  Edit:  \(exercise.exercisePath): write \(exercise.functions.map { "`\($0)`" }.joined(separator: ", "))")
        console.line("  Test:  `swift test --filter \(exercise.testFilter)` runs this exercise's hidden tests by hand")
    }

    /// Shows what went wrong in `result`, at most `issueLimit` distinct issues in full.
    func showProblem(_ result: SuiteResult, for exercise: Exercise, issueLimit: Int, indent: String = "  ") {
        switch result {
        case .passed:
            return
        case .failed(let tests, let issues):
            // One entry per failing test (its first issue), so the header counts exactly what can be listed.
            var failing: [TestIssue] = []
            for issue in issues where !failing.contains(where: { $0.test == issue.test }) { failing.append(issue) }
            let shown = failing.prefix(issueLimit)
            let showing = shown.count < failing.count ? ", showing \(shown.count)" : ""
            console.line(
                console.red("\(indent)✗ \(failing.count) of \(count(tests, "test")) found a problem\(showing):"))
            for issue in shown {
                console.line("\(indent)  " + console.dim("[\(issue.test)]"))
                for line in relative(issue.text).split(separator: "\n", omittingEmptySubsequences: false) {
                    console.line("\(indent)  \(line)")
                }
            }
            if shown.count < failing.count {
                console.line(
                    "\(indent)  (\(count(failing.count - shown.count, "more failing test")): `tutor check \(exercise.id)` lists them all)"
                )
            }
        case .crashed(let reason, let message, let frames, let test):
            let during = test.map { " during “\($0)”" } ?? ""
            console.line(console.red("\(indent)✗ Your code crashed the tests\(during): \(reason)."))
            if let message { console.line("\(indent)  \(relative(message))") }
            if frames.isEmpty {
                console.line(
                    "\(indent)  No frame of the backtrace is in your files; the crash is in code your function called.")
            } else {
                console.line("\(indent)  Where, in your code (innermost first):")
                for frame in frames.prefix(6) { console.line("\(indent)    \(frame)") }
            }
        case .timedOut(let after, let test):
            let during = test.map { " (still in “\($0)”)" } ?? ""
            console.line(
                console.red(
                    "\(indent)✗ The tests of `\(exercise.id)` did not finish within \(after)\(during) and were stopped."
                ))
            console.line(
                "\(indent)  Look in \(exercise.exercisePath) for a loop that never ends, or one that is far too slow.")
        case .noTestsMatched(let filter):
            console.line(
                console.red(
                    "\(indent)✗ No hidden test matched `\(filter)`: \(catalog.chapter(of: exercise).testTarget) has no suite `\(exercise.suite)` in \(exercise.testPath). This is a bug in the workbook."
                ))
        }
    }

    /// Paths under the package root, shown relative to it.
    func relative(_ text: String) -> String {
        text.replacingOccurrences(of: root.standardizedFileURL.path + "/", with: "")
    }

    func count(_ n: Int, _ noun: String) -> String { n == 1 ? "1 \(noun)" : "\(n) \(noun)s" }
}

/// A one-line build status, redrawn in place on a terminal, shown only once a build is slow enough to wonder about.
final class BuildStatusLine: @unchecked Sendable {
    private let console: Console
    private let start = ContinuousClock.now
    private let lock = NSLock()
    private var shown = false

    init(console: Console) { self.console = console }

    var update: @Sendable (String) -> Void {
        { [self] chunk in
            guard console.isTerminal, ContinuousClock.now - start > .seconds(2) else { return }
            // SwiftPM prints "[12/534] Compiling …"; the last such step is the progress to show.
            guard let step = chunk.split(separator: "\n").last(where: { $0.hasPrefix("[") }) else { return }
            lock.withLock {
                shown = true
                console.raw("\r\u{1B}[2K" + console.dim("Building: " + step.prefix(70)))
            }
        }
    }

    func clear() {
        lock.withLock { if shown { console.raw("\r\u{1B}[2K") } }
    }
}
