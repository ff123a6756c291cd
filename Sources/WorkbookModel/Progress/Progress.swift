import Foundation

/// A learner's progress: what passed, how many hints of each ladder were shown, how often each exercise's tests
/// failed, where they are, and their recall schedule with the answers they typed.
///
/// Stored as `tutor-state.json` at the package root (ignored by git), for example
/// `{"version":2,"done":["limbs-add-with-carry"],"hintsShown":{"limbs-sub-with-borrow":2},"current":"limbs-sub-with-borrow",
/// "failedRuns":{"limbs-sub-with-borrow":3},"recall":{"01-big-integers/q1":{…}},"answers":{…}}`.
/// A version 1 file (the first four keys only) is read as it is, with no failures counted and nothing scheduled.
public struct LearnerProgress: Codable, Equatable, Sendable {
    /// The format this code writes. A file with another version than this or 1 is treated as damaged and kept
    /// aside.
    public static let formatVersion = 2
    public static let readableVersions = 1...2

    public var version: Int
    /// IDs of the exercises whose hidden tests passed.
    public var done: Set<String>
    /// For each exercise, how many rungs of its hint ladder the learner has seen.
    public var hintsShown: [String: Int]
    /// The exercise `next` works on; `nil` once every exercise is done.
    public var current: String?
    /// For each exercise, how many runs of its hidden tests failed on code the learner had written (a stub's
    /// "not written yet" does not count). With hints, it tells how hard a chapter was, and so how soon its recall
    /// questions come back.
    public var failedRuns: [String: Int]
    /// Each scheduled recall question's card, by `QuestionID` (`02-scalar-field/q3`).
    public var recall: [String: RecallCard]
    /// The last answer the learner typed to each question, recall or "before you code", by `QuestionID`.
    public var answers: [String: WrittenAnswer]

    public init(
        done: Set<String> = [], hintsShown: [String: Int] = [:], current: String? = nil,
        failedRuns: [String: Int] = [:], recall: [String: RecallCard] = [:], answers: [String: WrittenAnswer] = [:]
    ) {
        version = Self.formatVersion
        self.done = done
        self.hintsShown = hintsShown
        self.current = current
        self.failedRuns = failedRuns
        self.recall = recall
        self.answers = answers
    }

    /// `self` combined with `concurrent`, what another command wrote since both started from `base`: a pass
    /// recorded by either is kept unless this command deliberately took it away (`tutor reset`), of two hint or
    /// failure counts the higher wins, of two cards for one question the one reviewed later, and of two typed
    /// answers the later, so neither command's progress is lost. `current` is this command's.
    public func merged(with concurrent: LearnerProgress, since base: LearnerProgress?) -> LearnerProgress {
        let takenAway = (base?.done ?? []).subtracting(done)
        var result = self
        result.done = done.union(concurrent.done.subtracting(takenAway))
        result.hintsShown = hintsShown.merging(concurrent.hintsShown, uniquingKeysWith: max)
        result.failedRuns = failedRuns.merging(concurrent.failedRuns, uniquingKeysWith: max)
        result.recall = recall.merging(concurrent.recall) { mine, theirs in
            Self.isLater(theirs, than: mine) ? theirs : mine
        }
        result.answers = answers.merging(concurrent.answers) { mine, theirs in theirs.day > mine.day ? theirs : mine }
        return result
    }

    /// Whether `card` records more reviewing than `other`: reviewed on a later day, or on the same day with more
    /// repetitions or lapses behind it.
    static func isLater(_ card: RecallCard, than other: RecallCard) -> Bool {
        let a = card.lastReviewed?.daysSince1970 ?? Int.min
        let b = other.lastReviewed?.daysSince1970 ?? Int.min
        if a != b { return a > b }
        return (card.repetitions + card.lapses, card.due) > (other.repetitions + other.lapses, other.due)
    }

    /// Points `current` at the first exercise, in reading order, that is not done.
    public mutating func advance(through catalog: Catalog) {
        current = catalog.exercises.first { !done.contains($0.id) }?.id
    }

    /// Schedules the recall questions of every chapter whose exercises all pass and that has questions not yet
    /// scheduled (a newly finished chapter, or questions added to one): due on `day`, while the code is fresh,
    /// starting at an ease that reflects how many hints and failed runs its exercises took. `questionCounts` gives
    /// each chapter's number of recall questions by folder name. Returns the chapters that got new questions.
    @discardableResult
    public mutating func scheduleRecall(for catalog: Catalog, questionCounts: [String: Int], on day: Day) -> [Chapter] {
        var scheduled: [Chapter] = []
        for chapter in catalog.chapters {
            guard let count = questionCounts[chapter.folderName], count > 0,
                !chapter.exercises.isEmpty, chapter.exercises.allSatisfy({ done.contains($0.id) })
            else { continue }
            let ids = (1...count).map {
                QuestionID(chapterFolder: chapter.folderName, kind: .recall, number: $0).description
            }
            let missing = ids.filter { recall[$0] == nil }
            guard !missing.isEmpty else { continue }
            let ease = SM2.startingEase(
                hintsShown: chapter.exercises.reduce(0) { $0 + (hintsShown[$1.id] ?? 0) },
                hintsAvailable: chapter.exercises.reduce(0) { $0 + $1.hints.count },
                failedRuns: chapter.exercises.reduce(0) { $0 + (failedRuns[$1.id] ?? 0) })
            for id in missing { recall[id] = RecallCard(ease: ease, due: day) }
            scheduled.append(chapter)
        }
        return scheduled
    }

    /// The scheduled questions due on `day` (due then or earlier), the most overdue first, then in book order.
    public func dueQuestions(on day: Day) -> [QuestionID] {
        recall.compactMap { key, card in card.due <= day ? QuestionID(key).map { ($0, card.due) } : nil }
            .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
            .map(\.0)
    }

    enum CodingKeys: String, CodingKey { case version, done, hintsShown, current, failedRuns, recall, answers }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        // A version 1 file is upgraded as it is read: its keys mean the same, and the new ones start empty.
        _ = try container.decode(Int.self, forKey: .version)
        version = Self.formatVersion
        done = try container.decode(Set<String>.self, forKey: .done)
        hintsShown = try container.decodeIfPresent([String: Int].self, forKey: .hintsShown) ?? [:]
        current = try container.decodeIfPresent(String.self, forKey: .current)
        failedRuns = try container.decodeIfPresent([String: Int].self, forKey: .failedRuns) ?? [:]
        recall = try container.decodeIfPresent([String: RecallCard].self, forKey: .recall) ?? [:]
        answers = try container.decodeIfPresent([String: WrittenAnswer].self, forKey: .answers) ?? [:]
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        // Always the version this code writes: a version 1 file read in is written back upgraded.
        try container.encode(Self.formatVersion, forKey: .version)
        // Sorted, so the file is stable and diffs of it read well.
        try container.encode(done.sorted(), forKey: .done)
        try container.encode(hintsShown, forKey: .hintsShown)
        try container.encode(current, forKey: .current)
        try container.encode(failedRuns, forKey: .failedRuns)
        try container.encode(recall, forKey: .recall)
        try container.encode(answers, forKey: .answers)
    }

    /// What is wrong with the recall part of the progress (keys that are not question IDs of known chapters,
    /// impossible card values), or nil. `knownChapters` are folder names; nil accepts any.
    func recallProblem(knownChapters: Set<String>?) -> String? {
        for key in recall.keys.sorted() {
            guard let id = QuestionID(key), id.kind == .recall, knownChapters?.contains(id.chapterFolder) ?? true
            else { return "recall names `\(key)`, which is not a recall question of a chapter of this workbook" }
            if !recall[key]!.isValid { return "the recall card of `\(key)` has impossible values" }
        }
        for key in answers.keys.sorted() {
            guard let id = QuestionID(key), knownChapters?.contains(id.chapterFolder) ?? true else {
                return "answers names `\(key)`, which is not a question of a chapter of this workbook"
            }
        }
        if let (id, count) = failedRuns.sorted(by: { $0.key < $1.key }).first(where: { $0.value < 0 }) {
            return "failedRuns for `\(id)` is \(count), but it cannot be negative"
        }
        return nil
    }
}

/// The part of a damaged progress file worth keeping when the rest is rebuilt from the hidden tests: the recall
/// schedule and the typed answers, which no test can rebuild.
public struct SalvagedRecall: Sendable, Equatable {
    public var recall: [String: RecallCard]
    public var answers: [String: WrittenAnswer]
    public var isEmpty: Bool { recall.isEmpty && answers.isEmpty }

    public init(recall: [String: RecallCard] = [:], answers: [String: WrittenAnswer] = [:]) {
        self.recall = recall
        self.answers = answers
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

    /// `load(knownIDs:hintLadders:knownChapters:)` with every exercise of `catalog`, the length of its hint ladder,
    /// and every chapter.
    public func load(for catalog: Catalog) throws(ProgressError) -> Loaded {
        let ladders = Dictionary(catalog.exercises.map { ($0.id, $0.hints.count) }, uniquingKeysWith: { a, _ in a })
        return try load(
            knownIDs: Set(ladders.keys), hintLadders: ladders, knownChapters: Set(catalog.chapters.map(\.folderName)))
    }

    /// Reads the state file, checking it against the exercises that exist: every ID must be known, every hint
    /// count at least 0 and at most the length of that exercise's ladder when `hintLadders` gives it, every recall
    /// card and typed answer must belong to a question of a chapter in `knownChapters` (when given) and hold
    /// values a schedule can have. Only reads: a command that merely looks at progress (which chapter to show)
    /// changes nothing.
    public func load(
        knownIDs: Set<String>, hintLadders: [String: Int] = [:], knownChapters: Set<String>? = nil
    ) throws(ProgressError) -> Loaded {
        guard FileManager.default.fileExists(atPath: url.path) else { return .missing }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw .unreadable(path: url.path, reason: error.localizedDescription)
        }
        let reason: String
        if let version = Self.version(in: data), !LearnerProgress.readableVersions.contains(version) {
            reason =
                "it has format version \(version), but this tutor reads versions "
                + "\(LearnerProgress.readableVersions.lowerBound) to \(LearnerProgress.readableVersions.upperBound)"
        } else {
            do {
                let progress = try JSONDecoder().decode(LearnerProgress.self, from: data)
                let named = progress.done.union(progress.hintsShown.keys).union(progress.failedRuns.keys)
                    .union(progress.current.map { [$0] } ?? [])
                let unknown = named.subtracting(knownIDs).sorted()
                let badCount = progress.hintsShown.sorted { $0.key < $1.key }.first { id, count in
                    count < 0 || count > (hintLadders[id] ?? Int.max)
                }
                if !unknown.isEmpty {
                    reason = "it names exercises that do not exist: \(unknown.joined(separator: ", "))"
                } else if let (id, count) = badCount {
                    let ladder = hintLadders[id].map { "0...\($0), the length of its ladder" } ?? "0 or more"
                    reason = "hintsShown for `\(id)` is \(count), but it must be \(ladder)"
                } else if let problem = progress.recallProblem(knownChapters: knownChapters) {
                    reason = problem
                } else {
                    return .found(progress)
                }
            } catch {
                reason = "it is not valid progress JSON (\(Self.describe(error)))"
            }
        }
        return .damaged(reason: reason)
    }

    /// The recall cards and typed answers of a progress file that cannot be used as a whole (a damaged one, set
    /// aside at `url`): each entry that decodes, names a question of a chapter in `knownChapters` and holds possible
    /// values is kept; the rest of the file is ignored. Empty when nothing can be read.
    public static func salvageRecall(from url: URL, knownChapters: Set<String>) -> SalvagedRecall {
        var salvaged = SalvagedRecall(recall: [:], answers: [:])
        guard let data = try? Data(contentsOf: url),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return salvaged }
        func entries<T: Decodable>(_ key: String, as type: T.Type) -> [(String, T)] {
            guard let dictionary = object[key] as? [String: Any] else { return [] }
            return dictionary.compactMap { name, value in
                guard let id = QuestionID(name), knownChapters.contains(id.chapterFolder),
                    let json = try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed]),
                    let decoded = try? JSONDecoder().decode(T.self, from: json)
                else { return nil }
                return (name, decoded)
            }
        }
        for (name, card) in entries("recall", as: RecallCard.self)
        where card.isValid && QuestionID(name)?.kind == .recall {
            salvaged.recall[name] = card
        }
        for (name, answer) in entries("answers", as: WrittenAnswer.self) { salvaged.answers[name] = answer }
        return salvaged
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
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
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
