import Book
import Foundation
import WorkbookModel
import Synchronization

/// Turns Ctrl-C (SIGINT) and SIGTERM into a thrown error while it is armed, so that code with something to
/// undo (a swap of the learner's files) unwinds through its `defer` blocks instead of dying mid-way.
///
/// The handler only sets an atomic flag, the one thing that is safe in a signal handler; the child-process loop
/// in `ProcessRunner` polls it. Handlers, unlike ignored signals, reset to the default in child processes, so
/// Ctrl-C still stops a running build or test process at once.
public enum Interruption {
    private static let requested = Atomic<Bool>(false)

    /// Runs `body` with the signals caught, and restores their default handling afterwards.
    public static func catching<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        requested.store(false, ordering: .relaxed)
        signal(SIGINT) { _ in Interruption.requested.store(true, ordering: .relaxed) }
        signal(SIGTERM) { _ in Interruption.requested.store(true, ordering: .relaxed) }
        defer {
            signal(SIGINT, SIG_DFL)
            signal(SIGTERM, SIG_DFL)
        }
        return try body()
    }

    /// Whether a signal arrived while armed.
    public static var wasRequested: Bool { requested.load(ordering: .relaxed) }
}
