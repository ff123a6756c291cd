import Foundation

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
        var stubs: [String: String] = [:]
        var solutions: [String: String] = [:]
        for exercise in catalog.exercises {
            let chapter = catalog.chapter(of: exercise)
            let text = try? String(contentsOf: root.appendingPathComponent(chapter.textPath), encoding: .utf8)
            report(text.map { Self.headings(in: $0).contains(exercise.section) } ?? false,
                   "section    \(exercise.id): “\(exercise.section)” is a heading of \(chapter.textPath)")
            do {
                let stub = try derivedStub(for: exercise)
                stubs[exercise.exercisePath] = stub
                solutions[exercise.exercisePath] = try? String(contentsOf: root.appendingPathComponent(exercise.solutionPath), encoding: .utf8)
                let committed = try? String(contentsOf: root.appendingPathComponent(exercise.exercisePath), encoding: .utf8)
                report(committed == stub, "stub       \(exercise.id): \(exercise.exercisePath) is the stub derived from \(exercise.solutionPath)")
            } catch {
                report(false, "stub       \(exercise.id): \(error)")
            }
        }

        try Interruption.catching { () throws(TutorError) in
            let swap = try ExerciseFileSwap(root: root, paths: catalog.exercises.map(\.exercisePath))
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
            try swap.install(solutions.compactMapValues { $0 })
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

            // (4) The reference backend's and the tutor's own tests; they do not depend on the exercise files,
            // so the build already made serves.
            for target in ["ReferenceTests", "TutorKitTests"] {
                guard solutionsBuild else {
                    report(false, "tests      \(target): not run, the package does not compile")
                    continue
                }
                let outcome: (passed: Bool, summary: String)
                do throws(RunnerError) { outcome = try runner.runTestTarget(target) } catch { throw .runner(error) }
                report(outcome.passed, "tests      \(target): \(outcome.summary)")
            }
        }
        console.line("\(passed) passed, \(failed) failed")
        return failed == 0
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
