import Foundation

/// A process, named so that a later reuse of its PID is not mistaken for it: the PID and, where the system says
/// (Linux's `/proc/<pid>/stat`), the time it started.
struct ProcessIdentity: Codable, Equatable, Sendable {
    let pid: Int32
    /// Clock ticks after boot at which the process started; `nil` where the system does not say.
    let started: UInt64?

    static var current: ProcessIdentity { of(getpid()) }

    static func of(_ pid: Int32) -> ProcessIdentity {
        ProcessIdentity(pid: pid, started: Self.status(of: pid)?.started)
    }

    /// Whether this process is still running: it exists, is not a zombie waiting to be reaped, and (where known)
    /// started when this identity says, so it is not another process that was given the same PID since.
    var isAlive: Bool {
        guard kill(pid, 0) == 0 || errno == EPERM else { return false }
        guard let status = Self.status(of: pid) else { return true }
        return status.state != "Z" && (started == nil || status.started == started)
    }

    /// The state letter and start time from `/proc/<pid>/stat` (proc(5): fields 3 and 22, counted after the
    /// command name in parentheses, which may itself hold spaces).
    private static func status(of pid: Int32) -> (state: Character, started: UInt64)? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = text.lastIndex(of: ")")
        else { return nil }
        let fields = text[text.index(after: close)...].split(separator: " ")
        guard fields.count > 19, let state = fields[0].first, let started = UInt64(fields[19]) else { return nil }
        return (state, started)
    }
}

/// The one lock around every tutor command that reads or writes exercise files or progress: flock(2) on
/// `.tutor/lock`, which holds the holder's PID and command for whoever has to wait.
///
/// The kernel releases an flock when its holder exits, however it exits (`kill -9` included), so a lock can never
/// be left behind; the file's contents only say who held it last.
final class TutorLock {
    static let path = ".tutor/lock"

    /// Who holds (or last held) the lock, as its file says.
    struct Holder: Equatable, CustomStringConvertible {
        let pid: Int32
        let command: String
        var description: String { "`tutor \(command)` (PID \(pid))" }
    }

    /// How long a command waits for another to finish.
    enum Patience: Sendable, Equatable {
        /// On a terminal: the learner sees why and can press Ctrl-C.
        case indefinitely
        /// Elsewhere (scripts, CI, an editor's task runner): fail clearly rather than hang.
        case upTo(Duration)

        /// Indefinitely when standard input is a terminal, else a minute.
        static var forThisProcess: Patience { isatty(STDIN_FILENO) == 1 ? .indefinitely : .upTo(.seconds(60)) }
    }

    private let descriptor: Int32

    private init(descriptor: Int32) { self.descriptor = descriptor }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// Takes the lock if no one holds it, writing this process's PID and `command` into it; `nil` if another
    /// process holds it.
    static func attempt(root: URL, command: String) throws(TutorError) -> TutorLock? {
        let url = root.appendingPathComponent(path)
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw .file(url.deletingLastPathComponent().path, error.localizedDescription)
        }
        // Close-on-exec, so that a build or test process started while the lock is held does not inherit it and
        // keep it after the tutor has gone.
        let descriptor = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .file(url.path, String(cString: strerror(errno))) }
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            if errno == EINTR { continue }
            let reason = errno
            close(descriptor)
            if reason == EWOULDBLOCK { return nil }
            throw .file(url.path, "cannot lock it: \(String(cString: strerror(reason)))")
        }
        let record = Array("\(getpid()) \(command)\n".utf8)
        ftruncate(descriptor, 0)
        _ = record.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        return TutorLock(descriptor: descriptor)
    }

    /// Takes the lock, waiting while another command holds it: `waiting` is told once who that is. Throws
    /// `.busy` if `patience` runs out first.
    static func acquire(
        root: URL, command: String, patience: Patience,
        waiting: (Holder?) -> Void
    ) throws(TutorError) -> TutorLock {
        let start = ContinuousClock.now
        var told = false
        while true {
            if let lock = try attempt(root: root, command: command) { return lock }
            if !told {
                waiting(holder(root: root))
                told = true
            }
            if case .upTo(let limit) = patience, ContinuousClock.now - start >= limit {
                throw .busy(holder: holder(root: root)?.description, waited: limit)
            }
            usleep(100_000)
        }
    }

    /// Whether another process holds the lock now.
    static func isHeld(root: URL) -> Bool {
        let descriptor = open(root.appendingPathComponent(path).path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        guard flock(descriptor, LOCK_SH | LOCK_NB) == 0 else { return errno == EWOULDBLOCK }
        flock(descriptor, LOCK_UN)
        return false
    }

    /// The holder the lock file names, if it names one.
    static func holder(root: URL) -> Holder? {
        guard let text = try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8) else { return nil }
        let parts = text.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ", maxSplits: 1)
        guard let first = parts.first, let pid = Int32(first) else { return nil }
        return Holder(pid: pid, command: parts.count > 1 ? String(parts[1]) : "?")
    }
}
