import Foundation

/// What a stub calls until the learner writes its body.
///
/// Under the hidden tests (which run learner code on a watched worker thread), the call is reported as
/// "not yet written: `function` in `file`" and the test moves on; nothing crashes. Anywhere else it stops the
/// program with the same message.
public func unimplemented(
    _ function: StaticString = #function, file: StaticString = #filePath, line: UInt = #line
) -> Never {
    let message = "`\(function)` is not written yet: replace `unimplemented()` in \(file) (line \(line))"
    if let watch = LearnerCodeWatch.current {
        watch.reportUnimplemented(message)
        // Park this worker thread for good: the watcher has its answer and abandons the thread.
        while true { Thread.sleep(forTimeInterval: 3600) }
    }
    fatalError(message)
}

/// The link between a worker thread running learner code and the test that watches it.
///
/// Hidden tests run a learner's function on a thread of its own so that an unwritten stub, or code that never
/// returns, becomes a clear test failure instead of a crash or a hang.
public final class LearnerCodeWatch: @unchecked Sendable {
    private let lock = NSLock()
    private let finished = DispatchSemaphore(value: 0)
    private var unimplementedMessage: String?

    public init() {}

    /// The watch of the current thread, if it runs learner code for a hidden test.
    public static var current: LearnerCodeWatch? {
        Thread.current.threadDictionary[threadKey] as? LearnerCodeWatch
    }

    static let threadKey = "ExerciseSupport.LearnerCodeWatch"

    /// Called from a stub: remembers the message and wakes the watcher.
    func reportUnimplemented(_ message: String) {
        lock.withLock { unimplementedMessage = message }
        finished.signal()
    }

    /// The outcome of running learner code under a watch.
    public enum Outcome<Value> {
        case returned(Value)
        case unimplemented(String)
        case timedOut
    }

    /// Runs `body` on a new thread with a large stack and waits at most `timeout` for it.
    ///
    /// A thread that times out or parks in `unimplemented()` is abandoned; it ends with the test process.
    public static func run<Value>(timeout: Duration, _ body: @escaping @Sendable () -> Value) -> Outcome<Value> {
        let watch = LearnerCodeWatch()
        let box = ResultBox<Value>()
        let thread = Thread {
            Thread.current.threadDictionary[threadKey] = watch
            let value = body()
            box.set(value)
            watch.finished.signal()
        }
        thread.stackSize = 16 << 20
        thread.start()
        let seconds = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
        if watch.finished.wait(timeout: .now() + seconds) == .timedOut { return .timedOut }
        if let message = watch.lock.withLock({ watch.unimplementedMessage }) { return .unimplemented(message) }
        return .returned(box.get()!)
    }
}

private final class ResultBox<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value?
    func set(_ newValue: Value) { lock.withLock { value = newValue } }
    func get() -> Value? { lock.withLock { value } }
}
