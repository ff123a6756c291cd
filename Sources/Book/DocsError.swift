/// Why the book could not be built or read. Each case names the file (relative to the package root) and, where
/// known, the line, so an author can go straight to the problem.
public enum DocsError: Error, Equatable, CustomStringConvertible {
    /// A formula the TeX converter cannot handle, e.g. an unknown command.
    case math(file: String, line: Int, message: String)
    /// Text that breaks one of the book's own rules, e.g. an unclosed `$` or an unknown exercise ID.
    case markup(file: String, line: Int, message: String)
    case glossary(file: String, line: Int, message: String)
    case unknownChapter(String, available: [String])
    case unknownSection(String, chapter: String, available: [String])
    case io(path: String, reason: String)

    public var description: String {
        switch self {
        case .math(let file, let line, let message): "\(file):\(line): \(message)"
        case .markup(let file, let line, let message): "\(file):\(line): \(message)"
        case .glossary(let file, let line, let message): "\(file):\(line): \(message)"
        case .unknownChapter(let name, let available):
            "No chapter `\(name)`. Chapters: \(available.joined(separator: ", "))"
        case .unknownSection(let name, let chapter, let available):
            "No section `\(name)` in \(chapter). Sections: \(available.map { "\"\($0)\"" }.joined(separator: ", "))"
        case .io(let path, let reason): "\(path): \(reason)"
        }
    }
}
