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
        self.chapters = chapters
    }

    /// Finds the package root by walking up from `start` to the first folder holding both `Package.swift`
    /// and `Chapters/`.
    public static func locateRoot(from start: URL) -> URL? {
        var directory = start.standardizedFileURL
        while true {
            let hasPackage = FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path)
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

    init(folder: String, metadataURL: URL) throws(CatalogError) {
        let source: String
        do { source = try String(contentsOf: metadataURL, encoding: .utf8) } catch {
            throw .unreadable(metadataURL.path, "\(error)")
        }
        let metadata: ChapterMetadata
        do { metadata = try YAMLDecoder().decode(ChapterMetadata.self, from: source) } catch {
            throw .malformed(metadataURL.path, "\(error)")
        }
        let expectedFolder = String(format: "%02d-%@", metadata.number, metadata.topic)
        guard folder == expectedFolder else {
            throw .malformed(metadataURL.path, "number and topic say `\(expectedFolder)`, but the folder is `\(folder)`")
        }
        for exercise in metadata.exercises where exercise.hints.count < 2 {
            throw .malformed(metadataURL.path, "exercise `\(exercise.id)` needs a ladder of at least two hints")
        }
        number = metadata.number
        topic = metadata.topic
        title = metadata.title
        summary = metadata.summary
        exercises = metadata.exercises.map { Exercise(metadata: $0, chapterNumber: metadata.number, chapterFolder: folder) }
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
    /// The Swift Testing suite (a type in `ChapterNNTests`) that checks this exercise.
    public let suite: String
    /// Graduated hints, from a nudge to nearly the answer.
    public let hints: [String]

    let chapterFolder: String

    /// `Sources/Exercises/NN-topic/File.swift`, relative to the package root.
    public var exercisePath: String { "Sources/Exercises/\(chapterFolder)/\(fileName)" }
    /// `Chapters/NN-topic/solutions/File.swift`, relative to the package root.
    public var solutionPath: String { "Chapters/\(chapterFolder)/solutions/\(fileName)" }
    /// The `swift test --filter` expression that runs exactly this exercise's hidden tests.
    public var testFilter: String { String(format: "Chapter%02dTests.%@", chapterNumber, suite) }

    init(metadata: ExerciseMetadata, chapterNumber: Int, chapterFolder: String) {
        id = metadata.id
        title = metadata.title
        self.chapterNumber = chapterNumber
        fileName = metadata.file
        functions = metadata.functions
        section = metadata.section
        suite = metadata.suite
        hints = metadata.hints
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

/// The on-disk shape of `chapter.yaml`.
struct ChapterMetadata: Decodable {
    let number: Int
    let topic: String
    let title: String
    let summary: String
    let exercises: [ExerciseMetadata]
}

struct ExerciseMetadata: Decodable {
    let id: String
    let title: String
    let file: String
    let functions: [String]
    let section: String
    let suite: String
    let hints: [String]
}
