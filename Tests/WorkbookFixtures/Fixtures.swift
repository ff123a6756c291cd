import Foundation

/// A fresh empty folder per test, removed afterwards.
public final class TemporaryFolder {
    public let url: URL
    public init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("tutorkit-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }

    public func write(_ text: String, to path: String) throws {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    public func read(_ path: String) -> String? { try? String(contentsOf: url.appendingPathComponent(path), encoding: .utf8) }

    public func contents() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
    }
}

/// `chapter.yaml` text for a chapter with one exercise per entry of `exercises` (id, hint count).
public func chapterYAML(number: Int, topic: String, exercises: [(id: String, hints: Int)]) -> String {
    var text = "number: \(number)\ntopic: \(topic)\ntitle: Title \(number)\nsummary: Summary.\nexercises:\n"
    for (index, exercise) in exercises.enumerated() {
        text += """
              - id: \(exercise.id)
                title: Exercise \(exercise.id)
                file: File\(index).swift
                functions: ["f\(index)(_:)"]
                section: Section \(index)
                suite: Suite\(index)
                hints:

            """
        for hint in 0..<exercise.hints { text += "      - Hint \(hint)\n" }
    }
    return text
}

