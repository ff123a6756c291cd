import Book
import Foundation
import WorkbookModel

extension Workbook {
    /// `tutor verify`, for maintainers and CI: every committed stub is the one derived from its solution, every
    /// exercise fails as shipped ("not written yet") and passes with its official solution, every exercise's
    /// section exists in its chapter text, and the reference's and the tutor's own tests pass.
    ///
    /// The learner's exercise files are swapped all at once (stubs, then solutions), so the whole check costs two
    /// incremental builds, and they are put back whatever happens, Ctrl-C included. Prints one line per check and
    /// ends with `N passed, M failed`. Returns whether nothing failed.
    public func verify() throws(TutorError) -> Bool {
        var passed = 0
        var failed = 0
        func report(_ ok: Bool, _ text: String) {
            if ok { passed += 1 } else { failed += 1 }
            console.line((ok ? console.green("✓ ") : console.red("✗ ")) + text)
        }

        // (1) Metadata and stubs, without building anything.
        for exercise in catalog.exercises {
            let chapter = catalog.chapter(of: exercise)
            let text = try? String(contentsOf: root.appendingPathComponent(chapter.textPath), encoding: .utf8)
            report(text.map { Self.headings(in: $0).contains(exercise.section) } ?? false,
                   "section    \(exercise.id): “\(exercise.section)” is a heading of \(chapter.textPath)")
        }
        var stubs: [String: String] = [:]
        var solutions: [String: String] = [:]
        for file in learnerFiles() {
            let label = file.exercise.map { "stub       \($0.id): " } ?? "given      "
            guard let solution = try? String(contentsOf: root.appendingPathComponent(file.solutionPath), encoding: .utf8) else {
                report(false, label + "\(file.solutionPath) is missing")
                continue
            }
            solutions[file.path] = solution
            do {
                let stub = try StubDerivation.stub(fromSolution: solution, fileName: file.solutionPath,
                                                   requiresRegion: file.exercise != nil)
                stubs[file.path] = stub
                let committed = try? String(contentsOf: root.appendingPathComponent(file.path), encoding: .utf8)
                report(committed == stub, label + (file.exercise == nil
                    ? "\(file.path) is \(file.solutionPath), which has nothing for the learner to write"
                    : "\(file.path) is the stub derived from \(file.solutionPath)"))
            } catch {
                report(false, label + "\(error)")
            }
        }
        for chapter in catalog.chapters {
            let expected = Set(learnerFiles().filter { $0.path.hasPrefix(chapter.exercisesDirectory + "/") }.map(\.path))
            let present = Set(Self.swiftFiles(in: root.appendingPathComponent(chapter.exercisesDirectory))
                .map { "\(chapter.exercisesDirectory)/\($0)" })
            let strays = present.subtracting(expected).sorted()
            report(strays.isEmpty, "files      \(chapter.folderName): every file in \(chapter.exercisesDirectory) comes from \(chapter.solutionsDirectory)"
                   + (strays.isEmpty ? "" : "; not: \(strays.joined(separator: ", "))"))
        }

        try Interruption.catching { () throws(TutorError) in
            let swap = try ExerciseFileSwap(root: root, paths: learnerFiles().map(\.path))
            defer {
                do { try swap.restore() } catch { console.line(console.red("✗ \(error)")) }
            }

            // (2) Every suite fails on its stub, and says the function is not written yet.
            try swap.install(stubs)
            let stubsBuild = try build(focus: nil)
            for exercise in catalog.exercises where stubs[exercise.exercisePath] != nil {
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
                report(saysUnwritten, "fails      \(exercise.id): \(exercise.testFilter) fails on the stub with “not written yet”")
                if !saysUnwritten { showProblem(result, for: exercise, issueLimit: 1, indent: "    ") }
            }

            // (3) Every suite passes with the official solution.
            try swap.install(solutions)
            let solutionsBuild = try build(focus: nil)
            for exercise in catalog.exercises where solutions[exercise.exercisePath] != nil {
                guard solutionsBuild else {
                    report(false, "passes     \(exercise.id): the official solutions do not compile")
                    continue
                }
                let result = try run(exercise)
                report(result.passed, "passes     \(exercise.id): \(exercise.testFilter) passes with the official solution")
                if !result.passed { showProblem(result, for: exercise, issueLimit: 1, indent: "    ") }
            }

            // (4) The reference backend's tests and the workbook's own (model, book, tutor); they do not depend on the exercise files,
            // so the build already made serves.
            for target in ["ReferenceTests", "WorkbookModelTests", "BookTests", "TutorKitTests"] {
                guard solutionsBuild else {
                    report(false, "tests      \(target): not run, the package does not compile")
                    continue
                }
                let outcome: TestTargetOutcome
                do throws(RunnerError) { outcome = try runner.runTestTarget(target) } catch { throw .runner(error) }
                report(outcome.passed, "tests      \(target): \(outcome.summary)")
                for failure in outcome.failures { console.line("    " + failure) }
            }
        }
        console.line("\(passed) passed, \(failed) failed")
        return failed == 0
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
            var names = Set(Self.swiftFiles(in: root.appendingPathComponent(chapter.solutionsDirectory)))
            for exercise in chapter.exercises {
                names.remove(exercise.fileName)
                files.append(LearnerFile(path: exercise.exercisePath, solutionPath: exercise.solutionPath, exercise: exercise))
            }
            for name in names.sorted() {
                files.append(LearnerFile(path: "\(chapter.exercisesDirectory)/\(name)",
                                         solutionPath: "\(chapter.solutionsDirectory)/\(name)", exercise: nil))
            }
        }
        return files
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
