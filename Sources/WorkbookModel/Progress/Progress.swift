import Foundation

/// A learner's progress: what passed, how many hints of each ladder were shown, and where they are.
///
/// Stored as `tutor-state.json` at the package root (ignored by git), for example
/// `{"version":1,"done":["limbs-add-with-carry"],"hintsShown":{"limbs-sub-with-borrow":2},"current":"limbs-sub-with-borrow"}`.
public struct LearnerProgress: Codable, Equatable, Sendable {
    /// The format this code reads and writes. A file with another version is treated as damaged and kept aside.
    public static let formatVersion = 1

    public var version: Int
    /// IDs of the exercises whose hidden tests passed.
    public var done: Set<String>
    /// For each exercise, how many rungs of its hint ladder the learner has seen.
    public var hintsShown: [String: Int]
    /// The exercise `next` works on; `nil` once every exercise is done.
    public var current: String?

    public init(done: Set<String> = [], hintsShown: [String: Int] = [:], current: String? = nil) {
        version = Self.formatVersion
        self.done = done
        self.hintsShown = hintsShown
        self.current = current
    }

    /// Points `current` at the first exercise, in reading order, that is not done.
    public mutating func advance(through catalog: Catalog) {
        current = catalog.exercises.first { !done.contains($0.id) }?.id
    }

    enum CodingKeys: String, CodingKey { case version, done, hintsShown, current }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decode(Int.self, forKey: .version)
        done = try container.decode(Set<String>.self, forKey: .done)
        hintsShown = try container.decodeIfPresent([String: Int].self, forKey: .hintsShown) ?? [:]
        current = try container.decodeIfPresent(String.self, forKey: .current)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(version, forKey: .version)
        // Sorted, so the file is stable and diffs of it read well.
        try container.encode(done.sorted(), forKey: .done)
        try container.encode(hintsShown, forKey: .hintsShown)
        try container.encode(current, forKey: .current)
    }
}

/// Reads and writes `tutor-state.json`, never losing what is in it.
public struct ProgressStore: Sendable {
    public static let fileName = "tutor-state.json"

    public let url: URL

    public init(root: URL) {
        url = root.appendingPathComponent(Self.fileName)
    }

    /// What `load` found.
    public enum Loaded: Equatable, Sendable {
        case found(LearnerProgress)
        /// No state file yet (a fresh clone, or it was deleted).
        case missing
        /// The file cannot be used: it does not parse, has another format version, or names exercises the catalog
        /// does not know. It is left where it is; `setAsideDamaged()` keeps it before progress is rebuilt.
        case damaged(reason: String)
    }

    /// Reads the state file, checking it against the exercises that exist. Only reads: a command that merely
    /// looks at progress (which chapter to show) changes nothing.
    public func load(knownIDs: Set<String>) throws(ProgressError) -> Loaded {
        guard FileManager.default.fileExists(atPath: url.path) else { return .missing }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw .unreadable(path: url.path, reason: error.localizedDescription)
        }
        let reason: String
        if let version = Self.version(in: data), version != LearnerProgress.formatVersion {
            reason = "it has format version \(version), but this tutor reads version \(LearnerProgress.formatVersion)"
        } else {
            do {
                let progress = try JSONDecoder().decode(LearnerProgress.self, from: data)
                let named = progress.done.union(progress.hintsShown.keys).union(progress.current.map { [$0] } ?? [])
                let unknown = named.subtracting(knownIDs).sorted()
                if unknown.isEmpty { return .found(progress) }
                reason = "it names exercises that do not exist: \(unknown.joined(separator: ", "))"
            } catch {
                reason = "it is not valid progress JSON (\(Self.describe(error)))"
            }
        }
        return .damaged(reason: reason)
    }

    /// Writes `progress` atomically: a reader sees the old file or the new one, never half of one.
    public func save(_ progress: LearnerProgress) throws(ProgressError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(Self.fileName).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            var data = try encoder.encode(progress)
            data.append(0x0A)
            try data.write(to: temporary)
        } catch {
            throw .unwritable(path: temporary.path, reason: error.localizedDescription)
        }
        // rename(2) replaces the target in one step within a file system.
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw .unwritable(path: url.path, reason: reason)
        }
    }

    /// Moves a damaged state file, untouched, to `tutor-state.json.damaged-N` (the first free N), so that nothing
    /// in it is lost when progress is rebuilt, and returns where it went.
    public func setAsideDamaged() throws(ProgressError) -> URL {
        var n = 1
        var destination: URL
        repeat {
            destination = URL(fileURLWithPath: url.path + ".damaged-\(n)")
            n += 1
        } while FileManager.default.fileExists(atPath: destination.path)
        do { try FileManager.default.moveItem(at: url, to: destination) } catch {
            throw .cannotSetAside(path: url.path, reason: error.localizedDescription)
        }
        return destination
    }

    /// The `version` field alone, so a file from another format version is recognised even if the rest differs.
    private static func version(in data: Data) -> Int? {
        struct Versioned: Decodable { let version: Int }
        return try? JSONDecoder().decode(Versioned.self, from: data).version
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): "missing `\(key.stringValue)`"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "wrong type at `\(context.codingPath.map(\.stringValue).joined(separator: "."))`"
        case DecodingError.dataCorrupted: "unparseable"
        default: "\(error)"
        }
    }
}

public enum ProgressError: Error, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case unwritable(path: String, reason: String)
    case cannotSetAside(path: String, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "Cannot read your progress file \(path): \(reason)"
        case .unwritable(let path, let reason): "Cannot save your progress to \(path): \(reason)"
        case .cannotSetAside(let path, let reason):
            "Your progress file \(path) is damaged and could not be moved aside (\(reason)); it was left untouched. Move or fix it, then run tutor again."
        }
    }
}
