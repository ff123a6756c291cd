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

    /// `self` combined with `concurrent`, what another command wrote since both started from `base`: a pass
    /// recorded by either is kept unless this command deliberately took it away (`tutor reset`), and of two hint
    /// counts the higher wins, so neither command's progress is lost. `current` is this command's.
    public func merged(with concurrent: LearnerProgress, since base: LearnerProgress?) -> LearnerProgress {
        let takenAway = (base?.done ?? []).subtracting(done)
        var result = self
        result.done = done.union(concurrent.done.subtracting(takenAway))
        result.hintsShown = hintsShown.merging(concurrent.hintsShown, uniquingKeysWith: max)
        return result
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

    /// `load(knownIDs:hintLadders:)` with every exercise of `catalog` and the length of its hint ladder.
    public func load(for catalog: Catalog) throws(ProgressError) -> Loaded {
        let ladders = Dictionary(catalog.exercises.map { ($0.id, $0.hints.count) }, uniquingKeysWith: { a, _ in a })
        return try load(knownIDs: Set(ladders.keys), hintLadders: ladders)
    }

    /// Reads the state file, checking it against the exercises that exist: every ID must be known, every hint
    /// count at least 0 and at most the length of that exercise's ladder when `hintLadders` gives it. Only reads:
    /// a command that merely looks at progress (which chapter to show) changes nothing.
    public func load(knownIDs: Set<String>, hintLadders: [String: Int] = [:]) throws(ProgressError) -> Loaded {
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
                let badCount = progress.hintsShown.sorted { $0.key < $1.key }.first { id, count in
                    count < 0 || count > (hintLadders[id] ?? Int.max)
                }
                if !unknown.isEmpty {
                    reason = "it names exercises that do not exist: \(unknown.joined(separator: ", "))"
                } else if let (id, count) = badCount {
                    let ladder = hintLadders[id].map { "0...\($0), the length of its ladder" } ?? "0 or more"
                    reason = "hintsShown for `\(id)` is \(count), but it must be \(ladder)"
                } else {
                    return .found(progress)
                }
            } catch {
                reason = "it is not valid progress JSON (\(Self.describe(error)))"
            }
        }
        return .damaged(reason: reason)
    }

    /// Writes `progress` atomically and durably: a reader sees the old file or the new one, never half of one, and
    /// after a power cut the file is one or the other too.
    ///
    /// `base` is the progress this command loaded. If the file has changed since (another command recorded
    /// something meanwhile), the two are merged (see `LearnerProgress.merged`) rather than the other's work
    /// overwritten. Returns what was written.
    @discardableResult
    public func save(_ progress: LearnerProgress, since base: LearnerProgress? = nil) throws(ProgressError)
        -> LearnerProgress
    {
        var written = progress
        if let base, let data = try? Data(contentsOf: url),
            let onDisk = try? JSONDecoder().decode(LearnerProgress.self, from: data), onDisk != base
        {
            written = progress.merged(with: onDisk, since: base)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var data: Data
        do { data = try encoder.encode(written) } catch {
            throw .unwritable(path: url.path, reason: error.localizedDescription)
        }
        data.append(0x0A)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(Self.fileName).\(ProcessInfo.processInfo.processIdentifier).tmp")
        try Self.writeDurably(data, to: temporary)
        // rename(2) replaces the target in one step within a file system; syncing the folder afterwards makes
        // the new name itself survive a crash.
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw .unwritable(path: url.path, reason: reason)
        }
        let folder = open(url.deletingLastPathComponent().path, O_RDONLY)
        if folder >= 0 {
            fsync(folder)
            close(folder)
        }
        return written
    }

    /// Writes `data` to a new file at `url` and waits until it is on the disk (fsync) before returning.
    private static func writeDurably(_ data: Data, to url: URL) throws(ProgressError) {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw .unwritable(path: url.path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        let failure: String? = data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                offset += written
            }
            return fsync(descriptor) == 0 ? nil : String(cString: strerror(errno))
        }
        if let failure {
            unlink(url.path)
            throw .unwritable(path: url.path, reason: failure)
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
