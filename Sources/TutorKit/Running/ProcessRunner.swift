import Book
import Foundation
import WorkbookModel

/// How a child process ended.
public enum Termination: Equatable, Sendable {
    case exited(Int32)
    /// Killed by a signal it did not handle: a trap in Swift code (`SIGILL` on x86-64, `SIGTRAP` on arm64),
    /// a bad memory access (`SIGSEGV`, `SIGBUS`), or `abort()` (`SIGABRT`).
    case signalled(Int32)
    /// Still running at the deadline, so it was killed.
    case timedOut(Duration)
}

public struct ProcessOutput: Sendable {
    public let termination: Termination
    /// Standard output and standard error, interleaved as the process wrote them.
    public let output: String
}

/// Runs child processes with their output captured to a file and an optional deadline.
///
/// Output goes to a temporary file rather than a pipe: a chatty child can never block on a full pipe, and there is
/// no end-of-file to wait for when a killed child leaves descendants holding the pipe open.
///
/// Each child is started (posix_spawn) as the leader of a new process group, and a timeout or Ctrl-C kills that
/// whole group (killpg): `swift build` runs compilers and `swift test` runs test processes, and killing only the
/// direct child would leave those running, still writing to `.build` and holding its lock.
public enum ProcessRunner {
    public static func run(
        _ executable: String,
        _ arguments: [String],
        in directory: URL,
        environment: [String: String]? = nil,
        timeout: Duration? = nil,
        onOutput: (@Sendable (String) -> Void)? = nil
    ) throws(RunnerError) -> ProcessOutput {
        let capture = FileManager.default.temporaryDirectory
            .appendingPathComponent("tutor-output-\(UUID().uuidString).txt")
        guard FileManager.default.createFile(atPath: capture.path, contents: nil),
            let writer = try? FileHandle(forWritingTo: capture),
            let reader = try? FileHandle(forReadingFrom: capture)
        else {
            throw .cannotStart(
                executable, "cannot create a temporary file in \(capture.deletingLastPathComponent().path)")
        }
        defer {
            try? writer.close()
            try? reader.close()
            try? FileManager.default.removeItem(at: capture)
        }
        return try Interruption.catching { () throws(RunnerError) -> ProcessOutput in
            let child = try spawn(
                executable, arguments, in: directory,
                environment: environment ?? ProcessInfo.processInfo.environment,
                output: writer.fileDescriptor)
            let start = ContinuousClock.now
            var collected = Data()
            func collect() {
                guard let fresh = try? reader.readToEnd(), !fresh.isEmpty else { return }
                collected.append(fresh)
                onOutput?(String(decoding: fresh, as: UTF8.self))
            }
            var status: Int32 = 0
            var timedOut = false
            while true {
                let waited = waitpid(child, &status, WNOHANG)
                if waited == child { break }
                if waited < 0 && errno != EINTR {
                    throw .cannotStart(executable, "lost track of the process: \(String(cString: strerror(errno)))")
                }
                if onOutput != nil { collect() }
                if let timeout, ContinuousClock.now - start > timeout {
                    endGroup(child, status: &status)
                    timedOut = true
                    break
                }
                if Interruption.wasRequested {
                    endGroup(child, status: &status)
                    throw .interrupted
                }
                usleep(50_000)
            }
            collect()
            let termination: Termination =
                if timedOut, let timeout { .timedOut(timeout) } else if status & 0x7f != 0 {
                    .signalled(status & 0x7f)
                } else { .exited((status >> 8) & 0xff) }
            return ProcessOutput(termination: termination, output: String(decoding: collected, as: UTF8.self))
        }
    }

    /// Kills the process group led by `leader` (the child and everything it started that stayed in its group)
    /// and reaps the child.
    private static func endGroup(_ leader: pid_t, status: inout Int32) {
        killpg(leader, SIGKILL)
        while waitpid(leader, &status, 0) < 0 && errno == EINTR {}
    }

    /// `posix_spawn_file_actions_addchdir_np` (glibc 2.29, macOS 10.15), looked up at run time because Swift's
    /// Glibc module does not declare it.
    private typealias AddChdir =
        @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32
    private static let addChdir: AddChdir? = dlsym(nil, "posix_spawn_file_actions_addchdir_np")
        .map { unsafeBitCast($0, to: AddChdir.self) }

    /// Starts `executable` in `directory` as the leader of a new process group, with standard output and error on
    /// `output`, standard input from /dev/null and the default handling of the signals the tutor catches.
    private static func spawn(
        _ executable: String, _ arguments: [String], in directory: URL,
        environment: [String: String], output: Int32
    ) throws(RunnerError) -> pid_t {
        guard let addChdir else {
            throw .cannotStart(executable, "this C library cannot start a process in another folder")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, output, STDOUT_FILENO)
        posix_spawn_file_actions_adddup2(&actions, output, STDERR_FILENO)
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0)
        guard addChdir(&actions, directory.path) == 0 else {
            throw .cannotStart(executable, "cannot change to \(directory.path)")
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(
            &attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        posix_spawnattr_setpgroup(&attributes, 0)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGPIPE] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigmask(&attributes, &unblocked)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv + envp { free(pointer) }
        }
        var child: pid_t = 0
        let result = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
        guard result == 0 else { throw .cannotStart(executable, String(cString: strerror(result))) }
        return child
    }

    /// The full path of `name` found on `PATH`, like a shell would.
    public static func locate(_ name: String) -> String? {
        if name.contains("/") { return name }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}

public enum RunnerError: Error, Equatable, CustomStringConvertible {
    case cannotStart(String, String)
    case toolNotFound(String)
    case interrupted

    public var description: String {
        switch self {
        case .cannotStart(let executable, let reason): "Cannot start \(executable): \(reason)"
        case .toolNotFound(let name): "`\(name)` is not on your PATH. Is the Swift toolchain installed?"
        case .interrupted: "Interrupted."
        }
    }
}
