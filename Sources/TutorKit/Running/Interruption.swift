import Foundation
import Synchronization

/// Turns Ctrl-C (SIGINT) and SIGTERM into a thrown error while it is armed, so that code with something to
/// undo (a swap of the learner's files, a running build) unwinds through its `defer` blocks instead of dying
/// mid-way.
///
/// The handler only sets an atomic flag, the one thing that is safe in a signal handler; the child-process loop
/// in `ProcessRunner` polls it and ends the child's whole process group. Children run in process groups of their
/// own, so Ctrl-C at the terminal reaches only the tutor, which then stops them: that is why `ProcessRunner` arms
/// this around every child it runs.
public enum Interruption {
    private static let requested = Atomic<Bool>(false)
    /// How many `catching` calls are running; the handlers are installed by the outermost one only.
    private static let depth = Mutex(0)

    /// Runs `body` with the signals caught, and restores their default handling once the outermost call ends.
    public static func catching<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        depth.withLock { depth in
            if depth == 0 {
                requested.store(false, ordering: .relaxed)
                signal(SIGINT) { _ in Interruption.requested.store(true, ordering: .relaxed) }
                signal(SIGTERM) { _ in Interruption.requested.store(true, ordering: .relaxed) }
            }
            depth += 1
        }
        defer {
            depth.withLock { depth in
                depth -= 1
                if depth == 0 {
                    signal(SIGINT, SIG_DFL)
                    signal(SIGTERM, SIG_DFL)
                }
            }
        }
        return try body()
    }

    /// Whether a signal arrived while armed.
    public static var wasRequested: Bool { requested.load(ordering: .relaxed) }
}
