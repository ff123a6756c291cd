import Foundation
import Testing

/// The workbook's root folder, found from this file's place in it (`Tests/ConfigSupport/`), so the checks work
/// from whatever folder `swift test` or the test executable is started in.
public let workbookRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

/// A configuration file the learner writes, `Sources/Exercises/NN-topic/<name>`, as the checks read it.
public struct LearnerConfigFile: Sendable {
    /// Relative to the workbook's root, as messages show it.
    public let path: String
    public let url: URL
    public let text: String

    /// What the stub has where the learner's part goes (see `StubDerivation` in WorkbookModel): `# TODO: not
    /// written yet`, or `// TODO: not written yet` in a JSON file.
    static let placeholder = "TODO: not written yet"

    /// Reads the learner's `file` of chapter folder `chapter` (`13-kzg-service`). While the file still holds the
    /// stub's placeholder line, or is missing, this records one issue saying so and returns `nil`: nothing is
    /// started for a file that is not written yet.
    public static func load(
        chapter: String, file: String, sourceLocation: SourceLocation = #_sourceLocation
    ) -> LearnerConfigFile? {
        let path = "Sources/Exercises/\(chapter)/\(file)"
        let url = workbookRoot.appendingPathComponent(path)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record(
                Comment(
                    rawValue:
                        "\(file) is not written yet: \(path) is missing (`swift run tutor reset <exercise>` puts the stub back)"
                ), sourceLocation: sourceLocation)
            return nil
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if let index = lines.firstIndex(where: { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            return trimmed == "# \(placeholder)" || trimmed == "// \(placeholder)"
        }) {
            Issue.record(
                Comment(
                    rawValue:
                        "\(file) is not written yet: replace the line `\(lines[index].trimmingCharacters(in: .whitespaces))` (line \(index + 1) of \(path)) with your configuration"
                ), sourceLocation: sourceLocation)
            return nil
        }
        return LearnerConfigFile(path: path, url: url, text: text)
    }
}

/// Records one issue in the workbook's shape for configuration checks: what is wrong, in which file, what was
/// expected and what the real service or tool did.
public func recordProblem(
    _ summary: String, file: String, expected: String? = nil, got: String? = nil, detail: String? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    var lines = [summary, "  file:     \(file)"]
    if let expected { lines.append("  expected: \(expected)") }
    if let got { lines.append("  got:      \(indentedAfterFirst(got))") }
    if let detail { lines.append("  \(indentedAfterFirst(detail, by: 2))") }
    Issue.record(Comment(rawValue: lines.joined(separator: "\n")), sourceLocation: sourceLocation)
}

func indentedAfterFirst(_ text: String, by width: Int = 12) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
        index == 0 ? String(line) : String(repeating: " ", count: width) + line
    }.joined(separator: "\n")
}
