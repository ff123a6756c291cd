import Book
import Foundation
import WorkbookModel

extension Workbook {
    /// `tutor verify`, for maintainers and CI: Package.swift and the chapter files describe the same chapters, every
    /// committed stub is the one derived from its solution, every exercise fails as shipped ("not written yet"),
    /// passes with its official solution and fails with each of its mutants, every exercise's section and test
    /// suite exist, and the reference's and the workbook's own tests pass.
    ///
    /// The learner's exercise files are swapped all at once (stubs, then solutions, then rounds of mutants), so the
    /// whole check costs a few incremental builds, and they are put back whatever happens, Ctrl-C included. Prints
    /// one line per check and ends with `N passed, M failed`. Returns whether nothing failed.
    ///
    /// `chapters` (`4`, `04`, `04-g1`) restricts the checks of exercises and mutants to those chapters, for a
    /// maintainer working on one; the package-wide checks still run, and the test targets of the reference and of
    /// the workbook itself are left out (they do not depend on any chapter). Empty means everything.
    public func verify(chapters: [String] = []) throws(TutorError) -> Bool {
        var selected: Set<Int> = []
        for name in chapters {
            guard let chapter = catalog.chapter(named: name) else {
                throw .unknownTarget(name, exercises: [], chapters: catalog.chapters.map(\.folderName))
            }
            selected.insert(chapter.number)
        }
        return try exclusively("verify") { () throws(TutorError) in
            try verifyHoldingLock(only: selected.isEmpty ? nil : selected)
        }
    }

    private func verifyHoldingLock(only selectedChapters: Set<Int>?) throws(TutorError) -> Bool {
        func isSelected(_ chapter: Chapter) -> Bool { selectedChapters?.contains(chapter.number) ?? true }
        let exercises = catalog.exercises.filter { isSelected(catalog.chapter(of: $0)) }
        var passed = 0
        var failed = 0
        func report(_ ok: Bool, _ text: String) {
            if ok { passed += 1 } else { failed += 1 }
            console.line((ok ? console.green("✓ ") : console.red("✗ ")) + text)
        }

        // (0) Package.swift, as SwiftPM evaluates it, and Chapters/*/chapter.yaml list the same chapters.
        do throws(TutorError) {
            let description: Data
            do throws(RunnerError) { description = try runner.packageDescription() } catch { throw .runner(error) }
            let targets: PackageTargets
            do throws(CatalogError) { targets = try PackageTargets(dumpPackageJSON: description) } catch {
                throw .catalog(error)
            }
            let disagreements = targets.disagreements(with: catalog)
            report(disagreements.isEmpty, "package    Package.swift's chapter targets match Chapters/*/chapter.yaml")
            for disagreement in disagreements { console.line("    " + disagreement) }
        } catch {
            report(false, "package    cannot read Package.swift: \(error)")
        }

        // (1) Metadata, test files, stubs and mutants, without building anything.
        for exercise in exercises {
            let chapter = catalog.chapter(of: exercise)
            let text = try? String(contentsOf: root.appendingPathComponent(chapter.textPath), encoding: .utf8)
            report(
                text.map { Self.headings(in: $0).contains(exercise.section) } ?? false,
                "section    \(exercise.id): “\(exercise.section)” is a heading of \(chapter.textPath)")
            let tests = try? String(contentsOf: root.appendingPathComponent(exercise.testPath), encoding: .utf8)
            report(
                tests.map { Self.declaresSuite(exercise.suite, in: $0) } ?? false,
                "suite      \(exercise.id): \(exercise.testPath) declares the suite \(exercise.suite)")
        }
        for chapter in catalog.chapters where isSelected(chapter) {
            do throws(DocsError) {
                let questions = try ChapterQuestions(chapter: chapter, root: root)
                report(
                    !questions.recall.isEmpty,
                    "recall     \(chapter.folderName): "
                        + (questions.recall.isEmpty
                            ? "\(chapter.textPath) has no `## Recall` questions"
                            : "\(count(questions.recall.count, "recall question")), each with its model answer"))
            } catch {
                report(false, "recall     \(chapter.folderName): \(error)")
            }
        }
        var stubs: [String: Data] = [:]
        var solutions: [String: Data] = [:]
        for file in learnerFiles() {
            let label = file.exercise.map { "stub       \($0.id): " } ?? "given      "
            guard
                let solution = try? String(contentsOf: root.appendingPathComponent(file.solutionPath), encoding: .utf8)
            else {
                report(false, label + "\(file.solutionPath) is missing")
                continue
            }
            solutions[file.path] = Data(StubDerivation.officialText(ofSolution: solution, fileName: file.path).utf8)
            do {
                let stub = try StubDerivation.stub(
                    fromSolution: solution, fileName: file.solutionPath,
                    requiresRegion: file.exercise != nil)
                stubs[file.path] = Data(stub.utf8)
                let committed = try? Data(contentsOf: root.appendingPathComponent(file.path))
                report(
                    committed == Data(stub.utf8),
                    label
                        + (file.exercise == nil
                            ? "\(file.path) is \(file.solutionPath), which has nothing for the learner to write"
                            : "\(file.path) is the stub derived from \(file.solutionPath)"))
            } catch {
                report(false, label + "\(error)")
            }
        }
        for chapter in catalog.chapters where isSelected(chapter) {
            let expected = Set(
                learnerFiles().filter { $0.path.hasPrefix(chapter.exercisesDirectory + "/") }.map(\.path))
            let present = Set(
                Self.learnerFileNames(in: root.appendingPathComponent(chapter.exercisesDirectory), of: chapter)
                    .map { "\(chapter.exercisesDirectory)/\($0)" })
            let strays = present.subtracting(expected).sorted()
            report(
                strays.isEmpty,
                "files      \(chapter.folderName): every file in \(chapter.exercisesDirectory) comes from \(chapter.solutionsDirectory)"
                    + (strays.isEmpty ? "" : "; not: \(strays.joined(separator: ", "))"))
        }
        var mutants: [Mutant] = []
        for chapter in catalog.chapters where isSelected(chapter) {
            for exercise in chapter.exercises {
                let found: [Mutant]
                do { found = try catalog.mutants(of: exercise) } catch {
                    report(false, "mutants    \(exercise.id): \(error)")
                    continue
                }
                report(
                    !found.isEmpty,
                    "mutants    \(exercise.id): \(count(found.count, "mutant")) in \(exercise.mutantsDirectory)")
                for mutant in found where mutant.bug == nil {
                    report(
                        false,
                        "mutant     \(exercise.id)/\(mutant.name): the first line must be a \(chapter.kind == .code ? "`//`" : "`#` (or, in JSON, `//`)") comment saying what the bug is"
                    )
                }
                mutants += found.filter { $0.bug != nil }
            }
        }

        try Interruption.catching { () throws(TutorError) in
            let swap = try ExerciseFileSwap(root: root, paths: learnerFiles().map(\.path))
            defer {
                do { try swap.restore(console: console) } catch { console.line(console.red("✗ \(error)")) }
            }

            // (2) Every suite fails on its stub, and says the function is not written yet.
            try swap.install(stubs)
            let stubsBuild = try build(focus: nil)
            for exercise in exercises where stubs[exercise.exercisePath] != nil {
                guard stubsBuild else {
                    report(false, "fails      \(exercise.id): the stubs do not compile")
                    continue
                }
                let result = try run(exercise)
                let saysUnwritten: Bool
                if case .failed(_, let issues) = result {
                    saysUnwritten = issues.contains { $0.text.contains("not written yet") }
                } else {
                    saysUnwritten = false
                }
                report(
                    saysUnwritten,
                    "fails      \(exercise.id): \(exercise.testFilter) fails on the stub with “not written yet”")
                if !saysUnwritten { showProblem(result, for: exercise, issueLimit: 1, indent: "    ") }
            }

            // (3) Every suite passes with the official solution.
            try swap.install(solutions)
            let solutionsBuild = try build(focus: nil)
            for exercise in exercises where solutions[exercise.exercisePath] != nil {
                guard solutionsBuild else {
                    report(false, "passes     \(exercise.id): the official solutions do not compile")
                    continue
                }
                let result = try run(exercise)
                report(
                    result.passed, "passes     \(exercise.id): \(exercise.testFilter) passes with the official solution"
                )
                if !result.passed { showProblem(result, for: exercise, issueLimit: 1, indent: "    ") }
            }

            // (4) The reference backend's tests and the workbook's own (model, book, tutor); they do not depend on
            // the exercise files, so the build already made serves.
            let testTargets = ["ReferenceTests", "WorkbookModelTests", "BookTests", "TutorKitTests"]
            if selectedChapters != nil {
                console.line(
                    console.dim("  (\(testTargets.joined(separator: ", ")) not run: only some chapters were asked for)")
                )
            }
            for target in testTargets where selectedChapters == nil {
                guard solutionsBuild else {
                    report(false, "tests      \(target): not run, the package does not compile")
                    continue
                }
                let outcome: TestTargetOutcome
                do throws(RunnerError) { outcome = try runner.runTestTarget(target) } catch { throw .runner(error) }
                report(outcome.passed, "tests      \(target): \(outcome.summary)")
                for failure in outcome.failures { console.line("    " + failure) }
            }

            // (5) Every mutant is caught by its exercise's suite, with the official solutions everywhere else.
            guard solutionsBuild else {
                for mutant in mutants {
                    report(
                        false,
                        "caught     \(mutant.exerciseID)/\(mutant.name): not run, the official solutions do not compile"
                    )
                }
                return
            }
            for round in mutantRounds(mutants, in: catalog) {
                try checkMutants(round, solutions: solutions, swap: swap, report: report)
            }
        }
        console.line("\(passed) passed, \(failed) failed")
        return failed == 0
    }

    /// Installs one round of mutants over the official solutions, builds once and runs each mutant's suite: it must
    /// fail (a test failure, a crash or a timeout). A mutant that does not compile is reported as a defect of its
    /// own, and the round is built again without it.
    private func checkMutants(
        _ round: [Mutant], solutions: [String: Data], swap: ExerciseFileSwap,
        report: (Bool, String) -> Void
    ) throws(TutorError) {
        var pending = round
        while !pending.isEmpty {
            var contents = solutions
            var mutantAt: [String: Mutant] = [:]
            for mutant in pending {
                guard let exercise = catalog.exercise(id: mutant.exerciseID) else { continue }
                guard let data = catalog.contents(of: mutant) else {
                    report(false, "caught     \(mutant.exerciseID)/\(mutant.name): \(mutant.path) is unreadable")
                    continue
                }
                contents[exercise.exercisePath] = data
                mutantAt[root.appendingPathComponent(exercise.exercisePath).standardizedFileURL.path] = mutant
            }
            try swap.install(contents)
            // Configuration files are read by the checks when they run, not compiled: a round of configuration
            // mutants alone leaves the build of the official solutions as it was.
            let onlyConfiguration = pending.allSatisfy { mutant in
                catalog.exercise(id: mutant.exerciseID).map { catalog.chapter(of: $0).kind == .config } ?? false
            }
            let result: BuildResult
            do throws(RunnerError) {
                result = onlyConfiguration ? .succeeded : try runner.buildTests(progress: nil)
            } catch { throw .runner(error) }
            if case .failed(let diagnostics, let output) = result {
                let broken = Set(
                    diagnostics.filter { $0.severity == .error }
                        .compactMap { mutantAt[URL(fileURLWithPath: $0.path).standardizedFileURL.path] })
                guard !broken.isEmpty else {
                    for mutant in pending {
                        report(
                            false, "caught     \(mutant.exerciseID)/\(mutant.name): the round it was in did not build")
                    }
                    for line in output.split(separator: "\n").suffix(10) { console.line("    " + line) }
                    return
                }
                for mutant in pending where broken.contains(mutant) {
                    report(
                        false,
                        "caught     \(mutant.exerciseID)/\(mutant.name): \(mutant.path) does not compile; a mutant must build and fail its tests"
                    )
                }
                pending.removeAll { broken.contains($0) }
                continue
            }
            for mutant in pending {
                guard let exercise = catalog.exercise(id: mutant.exerciseID) else { continue }
                let outcome = try run(exercise)
                let label = "caught     \(mutant.exerciseID)/\(mutant.name) (\(mutant.bug ?? "")):"
                switch outcome {
                case .passed(let tests):
                    report(
                        false, "\(label) not caught, all \(count(tests, "test")) of \(exercise.testFilter) pass with it"
                    )
                case .noTestsMatched(let filter):
                    report(false, "\(label) no test matched \(filter)")
                case .failed(_, let issues):
                    // The replay line a failing check prints must name this suite, so a learner can paste it.
                    let replays = issues.flatMap { $0.text.split(separator: "\n") }.filter { $0.contains("replay:") }
                    let wrongReplay = replays.first { !$0.hasSuffix("--filter \(exercise.testFilter)") }
                    report(
                        wrongReplay == nil,
                        "\(label) \(exercise.testFilter) fails"
                            + (wrongReplay.map {
                                "; but its replay line is not for that suite: \($0.trimmingCharacters(in: .whitespaces))"
                            } ?? ""))
                case .crashed, .timedOut:
                    report(true, "\(label) \(exercise.testFilter) fails (the test process stopped)")
                }
            }
            return
        }
    }

    /// Whether `source` declares a type named `suite` (`struct AdditionTests`, `final class AdditionTests`, …).
    static func declaresSuite(_ suite: String, in source: String) -> Bool {
        guard let declaration = try? Regex("(struct|class|enum|actor)\\s+\(suite)\\b") else { return false }
        return source.contains(declaration)
    }

    /// A file of an exercise folder: `path` (in `Sources/Exercises/`) and where its official version is. Besides
    /// the exercises' files, a chapter may give the learner whole files (types the exercises build on); those sit
    /// in `solutions/` without marked regions.
    struct LearnerFile {
        let path: String
        let solutionPath: String
        /// The exercise this file belongs to, or `nil` for a file the chapter gives whole.
        let exercise: Exercise?
    }

    func learnerFiles() -> [LearnerFile] {
        var files: [LearnerFile] = []
        for chapter in catalog.chapters {
            var names = Set(
                Self.learnerFileNames(in: root.appendingPathComponent(chapter.solutionsDirectory), of: chapter))
            for exercise in chapter.exercises {
                names.remove(exercise.fileName)
                files.append(
                    LearnerFile(path: exercise.exercisePath, solutionPath: exercise.solutionPath, exercise: exercise))
            }
            for name in names.sorted() {
                files.append(
                    LearnerFile(
                        path: "\(chapter.exercisesDirectory)/\(name)",
                        solutionPath: "\(chapter.solutionsDirectory)/\(name)", exercise: nil))
            }
        }
        return files
    }

    /// The files of `chapter`'s exercise (or solutions) folder that belong to the learner: Swift files for a
    /// `code` chapter, every file not hidden for a `config` one.
    static func learnerFileNames(in directory: URL, of chapter: Chapter) -> [String] {
        guard chapter.kind == .config else { return swiftFiles(in: directory) }
        return ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter {
            !$0.hasPrefix(".")
        }
    }

    static func swiftFiles(in directory: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter { $0.hasSuffix(".swift") }
    }

    /// The text of every Markdown ATX heading (`## Adding limbs` → `Adding limbs`), outside code blocks.
    static func headings(in markdown: String) -> Set<String> {
        var headings: Set<String> = []
        var inCodeBlock = false
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { inCodeBlock.toggle() }
            guard !inCodeBlock, trimmed.hasPrefix("#") else { continue }
            let level = trimmed.prefix { $0 == "#" }.count
            let rest = trimmed.dropFirst(level)
            guard level <= 6, rest.isEmpty || rest.first == " " else { continue }
            headings.insert(rest.trimmingCharacters(in: CharacterSet(charactersIn: " #")))
        }
        return headings
    }
}
