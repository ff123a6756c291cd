import Foundation

/// Derives the stub a learner starts from out of an official solution.
///
/// An official solution marks every body the learner writes with a line `// BEGIN SOLUTION` before it and a line
/// `// END SOLUTION` after it. The stub is the solution with each marked region, markers included, replaced by a
/// single `unimplemented()` line at the indentation of its BEGIN marker. Everything outside the markers (imports,
/// signatures, doc comments, helpers the learner is given) is shared by stub and solution, so the two cannot drift.
///
/// A configuration file (any file not ending in `.swift`) marks its regions the same way with its own comment
/// sign, `# BEGIN SOLUTION` … `# END SOLUTION` (YAML, Dockerfiles, env files), or with `//` lines in a JSON file,
/// which has no comments at all. Each region becomes the line `placeholder` (`# TODO: not written yet`, with the
/// marker's comment sign), which the configuration checks recognise as "not written yet". The official version of
/// such a file is the solution without its marker lines (`officialText`), so a JSON solution is valid JSON.
public enum StubDerivation {
    public static let beginMarker = "// BEGIN SOLUTION"
    public static let endMarker = "// END SOLUTION"
    /// What replaces a marked region of a configuration file, after its comment sign.
    public static let placeholder = "TODO: not written yet"

    /// Whether `fileName` is a configuration file rather than Swift.
    static func isConfiguration(_ fileName: String) -> Bool { !fileName.hasSuffix(".swift") }

    /// The marker's comment sign on a configuration file's line (`#` or `//`), if the line is that marker.
    static func configurationMarker(_ trimmed: String, _ word: String) -> String? {
        for sign in ["#", "//"] where trimmed == "\(sign) \(word) SOLUTION" { return sign }
        return nil
    }

    /// The file as the learner should end up with it: for a configuration file, the solution without its marker
    /// lines; a Swift solution is its own official text (its markers are comments).
    public static func officialText(ofSolution solution: String, fileName: String) -> String {
        guard isConfiguration(fileName) else { return solution }
        let ending = solution.contains("\r\n") ? "\r\n" : "\n"
        return solution.components(separatedBy: ending).filter { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            return configurationMarker(trimmed, "BEGIN") == nil && configurationMarker(trimmed, "END") == nil
        }.joined(separator: ending)
    }

    /// The stub for `solution`. `fileName` only names the file in errors.
    ///
    /// An exercise's file must have at least one marked region. A file the chapter gives the learner whole (a type
    /// the exercises build on) has none, and is its own stub: pass `requiresRegion: false` for those.
    public static func stub(
        fromSolution solution: String, fileName: String, requiresRegion: Bool = true
    ) throws(StubDerivationError) -> String {
        // Swift treats "\r\n" as one Character, so a file's line ending is found first and split on as a whole;
        // the stub keeps it, and the file's final newline (or its absence).
        let ending = solution.contains("\r\n") ? "\r\n" : "\n"
        let lines = solution.components(separatedBy: ending)
        let configuration = isConfiguration(fileName)
        var output: [String] = []
        var openedAt: Int?
        var regions = 0
        for (index, line) in lines.enumerated() {
            let lineNumber = index + 1
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            let configurationBegin = configuration ? configurationMarker(trimmed, "BEGIN") : nil
            let isEnd = configuration ? configurationMarker(trimmed, "END") != nil : trimmed == endMarker
            if trimmed == beginMarker || configurationBegin != nil {
                if let start = openedAt {
                    throw .nestedBegin(file: fileName, line: lineNumber, openedAt: start)
                }
                openedAt = lineNumber
                let indentation = line.prefix { $0 == " " || $0 == "\t" }
                output.append(indentation + (configurationBegin.map { "\($0) \(placeholder)" } ?? "unimplemented()"))
            } else if isEnd {
                guard openedAt != nil else { throw .endWithoutBegin(file: fileName, line: lineNumber) }
                openedAt = nil
                regions += 1
            } else if openedAt == nil {
                output.append(line)
            }
        }
        if let start = openedAt { throw .beginWithoutEnd(file: fileName, line: start) }
        guard regions > 0 || !requiresRegion else { throw .noMarkedRegion(file: fileName) }
        return output.joined(separator: ending)
    }
}

public enum StubDerivationError: Error, Equatable, CustomStringConvertible {
    case beginWithoutEnd(file: String, line: Int)
    case endWithoutBegin(file: String, line: Int)
    case nestedBegin(file: String, line: Int, openedAt: Int)
    case noMarkedRegion(file: String)

    public var description: String {
        switch self {
        case .beginWithoutEnd(let file, let line):
            "\(file):\(line): `\(StubDerivation.beginMarker)` has no matching `\(StubDerivation.endMarker)`"
        case .endWithoutBegin(let file, let line):
            "\(file):\(line): `\(StubDerivation.endMarker)` without a `\(StubDerivation.beginMarker)` before it"
        case .nestedBegin(let file, let line, let openedAt):
            "\(file):\(line): `\(StubDerivation.beginMarker)` inside the region opened at line \(openedAt); regions do not nest"
        case .noMarkedRegion(let file):
            "\(file): no `\(StubDerivation.beginMarker)` … `\(StubDerivation.endMarker)` region, so the learner would have nothing to write"
        }
    }
}
