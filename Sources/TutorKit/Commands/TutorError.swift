import WorkbookModel

/// Everything that can stop a tutor command, each with a sentence the learner can act on.
public enum TutorError: Error, CustomStringConvertible {
    case catalog(CatalogError)
    case progress(ProgressError)
    case runner(RunnerError)
    case stub(StubDerivationError)
    case notInWorkbook(String)
    case unknownExercise(String, known: [String])
    case unknownTarget(String, exercises: [String], chapters: [String])
    /// Another command held the tutor's lock for longer than this one would wait; the holder as its lock file names it.
    case busy(holder: String?, waited: Duration)
    case notPassedYet(String)
    case file(String, String)
    case doesNotCompile
    /// An interactive command (`recall`, `gaps`) was run without a terminal to ask in.
    case notInteractive(String)

    public var description: String {
        switch self {
        case .catalog(let error): error.description
        case .progress(let error): error.description
        case .runner(let error): error.description
        case .stub(let error): error.description
        case .notInWorkbook(let directory):
            "No workbook found at or above \(directory): run tutor inside the workbook (the folder with Package.swift and Chapters/)."
        case .unknownExercise(let name, let known):
            "There is no exercise `\(name)`. Exercises: \(known.joined(separator: ", "))"
        case .unknownTarget(let name, let exercises, let chapters):
            "`\(name)` is neither an exercise ID nor a chapter. Chapters: \(chapters.joined(separator: ", ")) (or their numbers). Exercises: \(exercises.joined(separator: ", "))"
        case .busy(let holder, let waited):
            "Another tutor command, \(holder ?? "of unknown PID"), still holds \(TutorLock.path) after \(waited.components.seconds) s; run this one again once it has finished."
        case .notPassedYet(let id):
            "The official solution of `\(id)` opens once your own passes: run `tutor next` (or `tutor check \(id)`) until it does. Stuck? `tutor hint`."
        case .file(let path, let reason): "Cannot use \(path): \(reason)"
        case .doesNotCompile: "The workbook does not compile; fix the errors above and run tutor again."
        case .notInteractive(let command):
            "`tutor \(command)` asks questions and reads your answers, so it needs a terminal, and its standard input is not one. Run `swift run tutor \(command)` in a terminal"
                + (command == "recall" ? "; `swift run tutor recall --list` shows what is due without asking." : ".")
        }
    }
}
