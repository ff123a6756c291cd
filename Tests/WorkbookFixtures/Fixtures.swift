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

    public func read(_ path: String) -> String? {
        try? String(contentsOf: url.appendingPathComponent(path), encoding: .utf8)
    }

    public func contents() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
    }
}

/// `chapter.yaml` text for a `code` chapter with one exercise per entry of `exercises` (id, hint count): exercise
/// `index` edits `File<index>.swift`; `uses` gives, by ID, the earlier exercises an exercise uses.
public func chapterYAML(
    number: Int, topic: String, exercises: [(id: String, hints: Int)],
    buildsOn: [Int] = [], uses: [String: [String]] = [:]
) -> String {
    var text =
        "number: \(number)\ntopic: \(topic)\ntitle: Title \(number)\nsummary: Summary.\nkind: code\n"
        + "builds-on: [\(buildsOn.map(String.init).joined(separator: ", "))]\nexercises:\n"
    for (index, exercise) in exercises.enumerated() {
        text += """
              - id: \(exercise.id)
                title: Exercise \(exercise.id)
                file: File\(index).swift
                functions: ["f\(index)(_:)"]
                section: Section \(index)
                hints:

            """
        for hint in 0..<exercise.hints { text += "      - Hint \(hint)\n" }
        if let used = uses[exercise.id] { text += "    uses: [\(used.joined(separator: ", "))]\n" }
    }
    return text
}
