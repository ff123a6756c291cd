import Book
import Foundation
import WorkbookModel

/// One compiler diagnostic from `swift build` output, with the source excerpt the compiler printed under it.
public struct CompilerDiagnostic: Equatable, Sendable {
    public enum Severity: String, Sendable { case error, warning, note }

    public let path: String
    public let line: Int
    public let column: Int
    public let severity: Severity
    public let message: String
    /// The excerpt lines (`12 |     let x = …`) that follow the diagnostic in the compiler's output.
    public let excerpt: [String]

    /// `path:line:column: severity: message`, the form editors and terminals make clickable.
    public var headline: String { "\(path):\(line):\(column): \(severity.rawValue): \(message)" }
}

public enum CompilerDiagnostics {
    /// Every distinct diagnostic in `output`, in order of first appearance.
    ///
    /// The Swift driver reports a diagnostic once per job that sees it (module emission and compilation), so
    /// repeats of the same location and message are dropped.
    public static func parse(_ output: String) -> [CompilerDiagnostic] {
        var diagnostics: [CompilerDiagnostic] = []
        var seen: Set<String> = []
        var pending: (path: String, line: Int, column: Int, severity: CompilerDiagnostic.Severity, message: String)?
        var excerpt: [String] = []

        func flush() {
            guard let current = pending else { return }
            let diagnostic = CompilerDiagnostic(
                path: current.path, line: current.line, column: current.column,
                severity: current.severity, message: current.message, excerpt: excerpt)
            if seen.insert(diagnostic.headline).inserted { diagnostics.append(diagnostic) }
            pending = nil
            excerpt = []
        }

        for rawLine in output.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(rawLine)
            if let headline = parseHeadline(line) {
                flush()
                pending = headline
            } else if pending != nil, isExcerptLine(line) {
                excerpt.append(line)
            } else {
                flush()
            }
        }
        flush()
        return diagnostics
    }

    /// `/path/File.swift:12:5: error: message`
    private static func parseHeadline(_ line: String)
        -> (path: String, line: Int, column: Int, severity: CompilerDiagnostic.Severity, message: String)?
    {
        for severity in [CompilerDiagnostic.Severity.error, .warning, .note] {
            let marker = ": \(severity.rawValue): "
            guard let markerRange = line.range(of: marker) else { continue }
            let location = line[..<markerRange.lowerBound].split(separator: ":", omittingEmptySubsequences: false)
            guard location.count >= 3,
                let column = Int(location[location.count - 1]),
                let lineNumber = Int(location[location.count - 2])
            else { continue }
            let path = location.dropLast(2).joined(separator: ":")
            guard path.hasSuffix(".swift") || path.hasSuffix(".h") || path.hasSuffix(".c") else { continue }
            return (path, lineNumber, column, severity, String(line[markerRange.upperBound...]))
        }
        return nil
    }

    /// The compiler's excerpt lines: `12 | code`, `   |     ` + "`- error: …", and `   :` elisions.
    private static func isExcerptLine(_ line: String) -> Bool {
        let trimmed = line.drop { $0 == " " || $0.isNumber }
        return trimmed.hasPrefix("|") || trimmed.hasPrefix(":")
    }
}
