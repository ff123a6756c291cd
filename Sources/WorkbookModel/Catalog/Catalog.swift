import Foundation
import Yams

/// Everything the workbook teaches, read from `Chapters/*/chapter.yaml`.
///
/// A chapter lives in `Chapters/NN-topic/`: `README.md` is its text, `chapter.yaml` its exercise metadata,
/// `solutions/` its official solutions. The learner's stubs for it are in `Sources/Exercises/NN-topic/` and its
/// hidden tests in `Tests/NN-topic/`, in the test target `ChapterNNTests`.
public struct Catalog: Sendable {
    /// The package root: the folder holding `Package.swift` and `Chapters/`.
    public let root: URL
    /// Chapters in reading order.
    public let chapters: [Chapter]

    /// Every exercise of every chapter, in the order a learner meets them.
    public var exercises: [Exercise] { chapters.flatMap(\.exercises) }

    public func exercise(id: String) -> Exercise? { exercises.first { $0.id == id } }

    /// A chapter by number (`1`, `01`) or by folder name (`01-big-integers`) or topic (`big-integers`).
    public func chapter(named name: String) -> Chapter? {
        if let number = Int(name) { return chapters.first { $0.number == number } }
        return chapters.first { $0.folderName == name || $0.topic == name }
    }

    public func chapter(of exercise: Exercise) -> Chapter {
        chapters.first { $0.number == exercise.chapterNumber }!
    }

    /// Reads every `Chapters/*/chapter.yaml` below `root`.
    public init(root: URL) throws(CatalogError) {
        self.root = root
        let chaptersDirectory = root.appendingPathComponent("Chapters")
        let folders: [String]
        do {
            folders = try FileManager.default.contentsOfDirectory(atPath: chaptersDirectory.path)
                .filter { $0.first?.isNumber == true }
                .sorted()
        } catch {
            throw .missingChaptersDirectory(chaptersDirectory.path)
        }
        var chapters: [Chapter] = []
        for folder in folders {
            let metadataURL = chaptersDirectory.appendingPathComponent(folder).appendingPathComponent("chapter.yaml")
            guard FileManager.default.fileExists(atPath: metadataURL.path) else { continue }
            chapters.append(try Chapter(folder: folder, metadataURL: metadataURL))
        }
        let ids = chapters.flatMap(\.exercises).map(\.id)
        if let duplicate = Dictionary(grouping: ids, by: { $0 }).first(where: { $0.value.count > 1 })?.key {
            throw .duplicateExerciseID(duplicate)
        }
        // `uses` names exercises met earlier, so the order a learner works in is the order they depend in.
        var earlier: Set<String> = []
        for chapter in chapters {
            let chapterURL = chaptersDirectory.appendingPathComponent(chapter.folderName).appendingPathComponent(
                "chapter.yaml")
            for exercise in chapter.exercises {
                if let unknown = exercise.uses.first(where: { !earlier.contains($0) }) {
                    throw .malformed(
                        chapterURL.path, "exercise `\(exercise.id)` uses `\(unknown)`, which is not an earlier exercise"
                    )
                }
                earlier.insert(exercise.id)
            }
            if let later = chapter.buildsOn.first(where: { $0 >= chapter.number }) {
                throw .malformed(chapterURL.path, "builds-on names chapter \(later), which is not an earlier chapter")
            }
        }
        self.chapters = chapters
    }

    /// Finds the package root by walking up from `start` to the first folder holding both `Package.swift`
    /// and `Chapters/`.
    public static func locateRoot(from start: URL) -> URL? {
        var directory = start.standardizedFileURL
        while true {
            let hasPackage = FileManager.default.fileExists(
                atPath: directory.appendingPathComponent("Package.swift").path)
            let hasChapters = FileManager.default.fileExists(atPath: directory.appendingPathComponent("Chapters").path)
            if hasPackage && hasChapters { return directory }
            let parent = directory.deletingLastPathComponent()
            if parent.path == directory.path { return nil }
            directory = parent
        }
    }
}

/// One chapter: its text and its exercises in order. (Its recall questions close its text, under `## Recall`.)
public struct Chapter: Sendable, Hashable {
    public let number: Int
    /// The topic slug, e.g. `big-integers`; the folder is `NN-topic`.
    public let topic: String
    public let title: String
    public let summary: String
    /// Whether the learner writes Swift (`code`) or configuration files (`config`).
    public let kind: ChapterKind
    /// The numbers of the earlier chapters whose code this chapter's targets use; `tutor verify` checks it against
    /// Package.swift.
    public let buildsOn: [Int]
    /// Scripts (paths relative to the workbook) that make what a `config` chapter's checks need before they run,
    /// such as the service's container image; the tutor runs each once per command, with the build's timeout.
    public let prepare: [String]
    public let exercises: [Exercise]

    /// `01-big-integers`: the folder name shared by `Chapters/`, `Sources/Exercises/` and `Tests/`.
    public var folderName: String { String(format: "%02d-%@", number, topic) }
    /// `Chapter01Tests`: the test target that `swift test --filter ChapterNN` selects.
    public var testTarget: String { String(format: "Chapter%02dTests", number) }
    /// `Chapter01Exercises`: the module holding the learner's stubs.
    public var exerciseModule: String { String(format: "Chapter%02dExercises", number) }

    /// `Chapters/NN-topic/README.md`, relative to the package root.
    public var textPath: String { "Chapters/\(folderName)/README.md" }
    public var solutionsDirectory: String { "Chapters/\(folderName)/solutions" }
    public var exercisesDirectory: String { "Sources/Exercises/\(folderName)" }
    public var testsDirectory: String { "Tests/\(folderName)" }
    /// `Chapters/NN-topic/mutants`: deliberately wrong solutions, one folder per exercise ID.
    public var mutantsDirectory: String { "Chapters/\(folderName)/mutants" }

    init(folder: String, metadataURL: URL) throws(CatalogError) {
        let source: String
        do { source = try String(contentsOf: metadataURL, encoding: .utf8) } catch {
            throw .unreadable(metadataURL.path, "\(error)")
        }
        let metadata: ChapterMetadata
        do { metadata = try YAMLDecoder().decode(ChapterMetadata.self, from: source) } catch {
            throw .malformed(metadataURL.path, Self.describe(error))
        }
        if let problem = metadata.problem(folder: folder) { throw .malformed(metadataURL.path, problem) }
        number = metadata.number
        topic = metadata.topic
        title = metadata.title
        summary = metadata.summary
        kind = metadata.kind
        buildsOn = metadata.buildsOn ?? []
        prepare = metadata.prepare ?? []
        exercises = metadata.exercises.map {
            Exercise(metadata: $0, chapterNumber: metadata.number, chapterFolder: folder)
        }
    }
}

extension Chapter {
    /// A decoding error as one sentence with where it happened (`exercises[0]: unknown exercise key …`), rather
    /// than the nested dump `DecodingError` prints.
    static func describe(_ error: any Error) -> String {
        func place(_ context: DecodingError.Context) -> String {
            var text = ""
            for key in context.codingPath {
                if let index = key.intValue {
                    text += "[\(index)]"
                } else {
                    text += (text.isEmpty ? "" : ".") + key.stringValue
                }
            }
            return text.isEmpty ? "" : text + ": "
        }
        switch error {
        case DecodingError.dataCorrupted(let context): return place(context) + context.debugDescription
        case DecodingError.keyNotFound(let key, let context): return place(context) + "missing key `\(key.stringValue)`"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return place(context) + context.debugDescription
        default: return "\(error)"
        }
    }
}

/// One exercise: one function (or a few tightly related ones) to write, checked by one hidden test suite.
public struct Exercise: Sendable, Hashable {
    /// Stable identifier, e.g. `limbs-add-with-carry`. It never changes once published: progress refers to it.
    public let id: String
    public let title: String
    public let chapterNumber: Int
    /// The file the learner edits, e.g. `AddWithCarry.swift`, in `Sources/Exercises/NN-topic/`.
    public let fileName: String
    /// The function(s) to write, as Swift names them, e.g. `addWithCarry(_:_:carry:)`.
    public let functions: [String]
    /// The heading of the chapter section to read first.
    public let section: String
    /// Graduated hints, from a nudge to nearly the answer.
    public let hints: [String]
    /// IDs of earlier exercises whose functions this exercise's hidden tests call: a wrong version of one of
    /// those could make this exercise's tests fail too, which matters when mutants are checked together.
    public let uses: [String]

    let chapterFolder: String

    /// `Sources/Exercises/NN-topic/File.swift`, relative to the package root.
    public var exercisePath: String { "Sources/Exercises/\(chapterFolder)/\(fileName)" }
    /// `Chapters/NN-topic/solutions/File.swift`, relative to the package root.
    public var solutionPath: String { "Chapters/\(chapterFolder)/solutions/\(fileName)" }
    /// `Tests/NN-topic/AdditionTests.swift`: the file holding `suite`, relative to the package root.
    public var testPath: String { "Tests/\(chapterFolder)/\(suite).swift" }
    /// `Chapters/NN-topic/mutants/<id>`: this exercise's deliberately wrong solutions.
    public var mutantsDirectory: String { "Chapters/\(chapterFolder)/mutants/\(id)" }
    /// The `swift test --filter` expression that runs exactly this exercise's hidden tests.
    public var testFilter: String { String(format: "Chapter%02dTests.%@", chapterNumber, suite) }

    /// The Swift Testing suite (a type in `ChapterNNTests`) that checks this exercise, named by one rule from the
    /// exercise's file: `Addition.swift` is checked by `AdditionTests`. A configuration file's name is turned
    /// into one identifier first: `Dockerfile` by `DockerfileTests`, `service-config.yaml` by
    /// `ServiceConfigTests`.
    public var suite: String { Self.suite(forFile: fileName) }

    public static func suite(forFile fileName: String) -> String {
        let base =
            fileName.hasSuffix(".swift")
            ? String(fileName.dropLast(".swift".count))
            : String(fileName.prefix { $0 != "." })
        let words = base.split { !$0.isLetter && !$0.isNumber }
        return words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined() + "Tests"
    }

    init(metadata: ExerciseMetadata, chapterNumber: Int, chapterFolder: String) {
        id = metadata.id
        title = metadata.title
        self.chapterNumber = chapterNumber
        fileName = metadata.file
        functions = metadata.functions
        section = metadata.section
        hints = metadata.hints
        uses = metadata.uses ?? []
        self.chapterFolder = chapterFolder
    }
}

public enum CatalogError: Error, CustomStringConvertible, Equatable {
    case missingChaptersDirectory(String)
    case unreadable(String, String)
    case malformed(String, String)
    case duplicateExerciseID(String)

    public var description: String {
        switch self {
        case .missingChaptersDirectory(let path):
            "No chapters found: `\(path)` does not exist. Run tutor from inside the workbook."
        case .unreadable(let path, let reason): "Cannot read \(path): \(reason)"
        case .malformed(let path, let reason): "\(path) is malformed: \(reason)"
        case .duplicateExerciseID(let id): "Two exercises share the ID `\(id)`; IDs must be unique."
        }
    }
}

/// What a chapter asks the learner to write.
public enum ChapterKind: String, Sendable, Hashable, Decodable {
    /// Swift code, checked by hidden test suites.
    case code
    /// Configuration files (a Dockerfile, YAML), for the chapters that deploy the service.
    case config
}

/// The patterns every name taken from `chapter.yaml` must match before it becomes part of a path: no `/`, no `..`,
/// nothing hidden, so a chapter file can never point the tutor outside the workbook.
public enum SafeName {
    /// Exercise IDs, chapter topics and mutant names: `fr-square-root`.
    public static func isIdentifier(_ name: String) -> Bool {
        name.wholeMatch(of: /[a-z0-9][a-z0-9-]*/) != nil
    }

    /// An exercise file of a `code` chapter: `SquareRoot.swift`.
    public static func isSwiftFile(_ name: String) -> Bool {
        name.wholeMatch(of: /[A-Za-z0-9][A-Za-z0-9_+-]*\.swift/) != nil
    }

    /// An exercise file of a `config` chapter: `Dockerfile`, `service.yaml`; dots only between name parts.
    public static func isConfigFile(_ name: String) -> Bool {
        name.wholeMatch(of: /[A-Za-z0-9][A-Za-z0-9_+-]*(\.[A-Za-z0-9][A-Za-z0-9_+-]*)*/) != nil
    }
}

/// The on-disk shape of `chapter.yaml`.
struct ChapterMetadata: Decodable {
    let number: Int
    let topic: String
    let title: String
    let summary: String
    let kind: ChapterKind
    let buildsOn: [Int]?
    let prepare: [String]?
    let exercises: [ExerciseMetadata]

    enum CodingKeys: String, CodingKey, CaseIterable {
        case number, topic, title, summary, kind
        case buildsOn = "builds-on"
        case prepare, exercises
    }

    init(from decoder: any Decoder) throws {
        try rejectUnknownKeys(in: decoder, known: CodingKeys.allCases.map(\.rawValue), what: "chapter")
        let container = try decoder.container(keyedBy: CodingKeys.self)
        number = try container.decode(Int.self, forKey: .number)
        topic = try container.decode(String.self, forKey: .topic)
        title = try container.decode(String.self, forKey: .title)
        summary = try container.decode(String.self, forKey: .summary)
        kind = try container.decode(ChapterKind.self, forKey: .kind)
        buildsOn = try container.decodeIfPresent([Int].self, forKey: .buildsOn)
        prepare = try container.decodeIfPresent([String].self, forKey: .prepare)
        exercises = try container.decode([ExerciseMetadata].self, forKey: .exercises)
    }

    /// What is wrong with this metadata in the folder `folder`, if anything.
    func problem(folder: String) -> String? {
        guard SafeName.isIdentifier(topic) else {
            return "topic `\(topic)` must be lowercase letters, digits and dashes"
        }
        guard (1...99).contains(number) else { return "number \(number) is not between 1 and 99" }
        let expectedFolder = String(format: "%02d-%@", number, topic)
        guard folder == expectedFolder else {
            return "number and topic say `\(expectedFolder)`, but the folder is `\(folder)`"
        }
        for script in prepare ?? [] {
            guard kind == .config else { return "prepare: only a config chapter's checks run scripts first" }
            // Relative, plain components: a chapter file never names anything outside the workbook.
            let components = script.split(separator: "/", omittingEmptySubsequences: false)
            guard !components.isEmpty, components.allSatisfy({ SafeName.isConfigFile(String($0)) }) else {
                return "prepare: `\(script)` must be a path inside the workbook, like `Service/scripts/build-image.sh`"
            }
        }
        var files: Set<String> = []
        for exercise in exercises {
            guard SafeName.isIdentifier(exercise.id) else {
                return "exercise ID `\(exercise.id)` must be lowercase letters, digits and dashes"
            }
            let safeFile = kind == .code ? SafeName.isSwiftFile(exercise.file) : SafeName.isConfigFile(exercise.file)
            guard safeFile else {
                return kind == .code
                    ? "exercise `\(exercise.id)`: file `\(exercise.file)` must be a plain Swift file name like `Addition.swift`"
                    : "exercise `\(exercise.id)`: file `\(exercise.file)` must be a plain file name like `Dockerfile` or `service.yaml`"
            }
            guard files.insert(exercise.file).inserted else {
                return "two exercises share the file `\(exercise.file)`"
            }
            guard exercise.hints.count >= 2 else {
                return "exercise `\(exercise.id)` needs a ladder of at least two hints"
            }
        }
        return nil
    }
}

struct ExerciseMetadata: Decodable {
    let id: String
    let title: String
    let file: String
    let functions: [String]
    let section: String
    let hints: [String]
    let uses: [String]?

    enum CodingKeys: String, CodingKey, CaseIterable { case id, title, file, functions, section, hints, uses }

    init(from decoder: any Decoder) throws {
        try rejectUnknownKeys(in: decoder, known: CodingKeys.allCases.map(\.rawValue), what: "exercise")
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        title = try container.decode(String.self, forKey: .title)
        file = try container.decode(String.self, forKey: .file)
        functions = try container.decode([String].self, forKey: .functions)
        section = try container.decode(String.self, forKey: .section)
        hints = try container.decode([String].self, forKey: .hints)
        uses = try container.decodeIfPresent([String].self, forKey: .uses)
    }
}

/// A misspelt key (`builds_on`) or one no longer read (`suite`, now derived from the file name) would otherwise be
/// ignored without a word.
private func rejectUnknownKeys(in decoder: any Decoder, known: [String], what: String) throws {
    struct AnyKey: CodingKey {
        let stringValue: String
        init(stringValue: String) { self.stringValue = stringValue }
        var intValue: Int? { nil }
        init?(intValue: Int) { nil }
    }
    let keys = try decoder.container(keyedBy: AnyKey.self).allKeys.map(\.stringValue)
    if let unknown = keys.first(where: { !known.contains($0) }) {
        let note =
            unknown == "suite"
            ? " (the suite is named after the exercise's file: `Addition.swift` → `AdditionTests`)" : ""
        throw DecodingError.dataCorrupted(
            DecodingError.Context(
                codingPath: decoder.codingPath, debugDescription: "unknown \(what) key `\(unknown)`\(note)"))
    }
}
