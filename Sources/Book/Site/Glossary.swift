import Foundation
import WorkbookModel
import Yams

/// The book's glossary, read from `Chapters/glossary.yaml`.
///
/// The file is a YAML list; each item has two keys:
///
/// ```yaml
/// - term: Montgomery form
///   definition: >
///     Markdown, which may contain inline math such as $\tilde a = aR \bmod p$.
/// ```
///
/// `term` is plain text and must be unique; `definition` is Markdown with `$…$` math, rendered like chapter text.
/// The book lists the entries alphabetically, so the file's order is free.
public struct Glossary: Sendable {
    public struct Entry: Sendable, Equatable {
        public let term: String
        /// Markdown.
        public let definition: String
        /// Where the definition starts in the file, for error messages.
        public let line: Int
    }

    public static let path = "Chapters/glossary.yaml"

    /// Entries sorted by term, ignoring case.
    public let entries: [Entry]

    /// Reads the glossary below `root`; a workbook without a glossary file has an empty glossary.
    public init(root: URL) throws(DocsError) {
        let url = root.appendingPathComponent(Self.path)
        guard FileManager.default.fileExists(atPath: url.path) else {
            try self.init(yaml: "")
            return
        }
        let source: String
        do { source = try String(contentsOf: url, encoding: .utf8) } catch {
            throw .io(path: Self.path, reason: "\(error)")
        }
        try self.init(yaml: source)
    }

    init(yaml source: String) throws(DocsError) {
        let document: Node?
        do { document = try Yams.compose(yaml: source) } catch {
            throw .glossary(file: Self.path, line: 1, message: "not valid YAML: \(error)")
        }
        guard let document else {
            entries = []
            return
        }
        guard let items = document.sequence else {
            throw .glossary(
                file: Self.path, line: document.mark?.line ?? 1,
                message: "the glossary must be a list of `term:` / `definition:` items")
        }
        var entries: [Entry] = []
        var seen: Set<String> = []
        for item in items {
            let line = item.mark?.line ?? 1
            guard let mapping = item.mapping else {
                throw .glossary(file: Self.path, line: line, message: "each item needs `term:` and `definition:`")
            }
            let unknownKeys = mapping.keys.compactMap(\.string).filter { $0 != "term" && $0 != "definition" }
            if let key = unknownKeys.first {
                throw .glossary(
                    file: Self.path, line: line, message: "unknown key `\(key)` (only `term` and `definition`)")
            }
            guard let term = mapping["term"]?.string?.trimmingCharacters(in: .whitespacesAndNewlines),
                !term.isEmpty
            else {
                throw .glossary(file: Self.path, line: line, message: "an item has no `term:`")
            }
            guard let definitionNode = mapping["definition"], let definition = definitionNode.string,
                !definition.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            else {
                throw .glossary(file: Self.path, line: line, message: "`\(term)` has no `definition:`")
            }
            guard seen.insert(term.lowercased()).inserted else {
                throw .glossary(file: Self.path, line: line, message: "`\(term)` is defined twice")
            }
            // A block scalar (`>` or `|`) starts on the line after its indicator.
            let isBlock = definitionNode.scalar.map { $0.style == .literal || $0.style == .folded } ?? false
            let definitionLine = (definitionNode.mark?.line ?? line) + (isBlock ? 1 : 0)
            entries.append(Entry(term: term, definition: definition, line: definitionLine))
        }
        self.entries = entries.sorted { $0.term.lowercased() < $1.term.lowercased() }
    }
}
