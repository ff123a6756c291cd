import Foundation
import WorkbookModel

/// The book as files: what `tutor docs` writes into `docs/`, and what `tutor docs --check` compares with it.
public struct Site: Sendable {
    /// Paths relative to the site folder, sorted, each with its contents.
    public let files: [(path: String, contents: String)]

    init(files: [String: String]) {
        self.files = files.sorted { $0.key < $1.key }.map { (path: $0.key, contents: $0.value) }
    }

    public func contents(of path: String) -> String? {
        files.first { $0.path == path }?.contents
    }

    /// Makes `directory` hold exactly the site: writes what differs and removes files the site no longer has.
    public func write(to directory: URL) throws(DocsError) {
        let manager = FileManager.default
        do {
            try manager.createDirectory(at: directory, withIntermediateDirectories: true)
            for difference in differences(from: directory) {
                let url = directory.appendingPathComponent(difference.path)
                switch difference {
                case .extra:
                    try manager.removeItem(at: url)
                case .missing, .differs:
                    try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try Data(contents(of: difference.path)!.utf8).write(to: url)
                }
            }
        } catch {
            throw .io(path: directory.path, reason: "cannot write the book (\(error.localizedDescription))")
        }
    }

    /// How `directory` differs from the site, sorted by path; empty when it is up to date.
    public func differences(from directory: URL) -> [SiteDifference] {
        let existing = Set(Self.files(below: directory))
        var differences: [SiteDifference] = []
        for file in files {
            guard existing.contains(file.path) else {
                differences.append(.missing(file.path))
                continue
            }
            let onDisk = FileManager.default.contents(atPath: directory.appendingPathComponent(file.path).path)
            if onDisk != Data(file.contents.utf8) { differences.append(.differs(file.path)) }
        }
        let generated = Set(files.map(\.path))
        differences += existing.subtracting(generated).map(SiteDifference.extra)
        return differences.sorted { $0.path < $1.path }
    }

    private static func files(below directory: URL) -> [String] {
        guard
            let enumerator = FileManager.default.enumerator(
                at: directory, includingPropertiesForKeys: [.isRegularFileKey])
        else { return [] }
        let base = directory.standardizedFileURL.resolvingSymlinksInPath().path
        var paths: [String] = []
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let path = url.standardizedFileURL.resolvingSymlinksInPath().path
            guard path.hasPrefix(base + "/") else { continue }
            paths.append(String(path.dropFirst(base.count + 1)))
        }
        return paths
    }
}

/// One way a folder differs from the site the builder would write.
public enum SiteDifference: Equatable, Sendable, CustomStringConvertible {
    case missing(String)
    case differs(String)
    case extra(String)

    public var path: String {
        switch self {
        case .missing(let path), .differs(let path), .extra(let path): path
        }
    }

    public var description: String {
        switch self {
        case .missing(let path): "missing: \(path)"
        case .differs(let path): "out of date: \(path)"
        case .extra(let path): "not generated: \(path)"
        }
    }
}
