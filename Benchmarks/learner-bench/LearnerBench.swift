import ArgumentParser
import Foundation

/// The timing harness behind `tutor bench`, built in release mode with the learner's chapters and the reference.
/// It speaks JSON lines (see `Report`), which TutorKit reads; a person runs `swift run tutor bench` instead.
@main
struct LearnerBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "learner-bench",
        abstract: "Times exercises against the reference for `tutor bench` (JSON lines on standard output).",
        subcommands: [List.self, Run.self])

    /// Every exercise that has benchmarks, chapter by chapter.
    static var all: [ExerciseBenchmarks] {
        chapter02Benchmarks() + chapter04Benchmarks() + chapter07Benchmarks() + chapter08Benchmarks()
            + chapter10Benchmarks() + chapter12Benchmarks()
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "One line per exercise with benchmarks: its ID, its peer, its number of steps.")

        func run() {
            for benchmarks in LearnerBench.all {
                var fields: [String: Any] = [
                    "event": "benchmark", "exercise": benchmarks.exercise, "steps": benchmarks.steps,
                ]
                if let peer = benchmarks.peer { fields["peer"] = peer }
                Report.emit(fields)
            }
        }
    }

    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Time one exercise's benchmarks.")

        @Argument(help: "The exercise ID.")
        var exercise: String

        @Option(help: "The workbook's root folder (for the trusted setup and the ckzg scripts).")
        var root: String = FileManager.default.currentDirectoryPath

        @Option(help: "Seconds one call of the learner's code may take before it counts as never returning.")
        var callTimeout: Int = 20

        func run() throws {
            guard let benchmarks = LearnerBench.all.first(where: { $0.exercise == exercise }) else {
                throw ValidationError("no benchmarks for `\(exercise)`")
            }
            #if DEBUG
                Report.note("a debug build: figures mean little; `tutor bench` builds with -c release")
            #endif
            workbookRoot = root
            learnerCallTimeout = callTimeout
            Report.emit(["event": "plan", "exercise": exercise, "steps": benchmarks.steps])
            Harness.run(benchmarks)
        }
    }
}
