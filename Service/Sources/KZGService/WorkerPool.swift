import NIOPosix
import Synchronization

/// A bounded pool of threads for the KZG operations, so that they never run on the server's event loops or on
/// the cooperative threads that serve other requests.
///
/// `size` operations run at once (one per core by default); at most `queueLimit` more wait. A request that finds
/// both full is refused at once with `overloaded` (503 and `Retry-After`) instead of waiting in a queue without
/// limit: under overload, latency stays bounded and clients learn to back off.
public final class WorkerPool: Sendable {
    public let size: Int
    public let queueLimit: Int
    private let threads: NIOThreadPool
    /// Operations admitted and not finished: running ones and queued ones.
    private let admitted = Mutex(0)

    public init(size: Int, queueLimit: Int) {
        self.size = size
        self.queueLimit = queueLimit
        threads = NIOThreadPool(numberOfThreads: size)
        threads.start()
    }

    /// Operations running now (at most `size`).
    public var busy: Int { min(admitted.withLock { $0 }, size) }
    /// Operations waiting for a thread.
    public var queued: Int { max(admitted.withLock { $0 } - size, 0) }
    /// Running and waiting operations over the pool's capacity, from 0 to 1.
    public var saturation: Double { Double(admitted.withLock { $0 }) / Double(size + queueLimit) }

    /// Runs `work` on a pool thread, or throws `overloaded` at once when `size + queueLimit` operations are
    /// admitted already.
    ///
    /// At `deadline` the caller gets `timeout` without waiting further. The work itself cannot be interrupted on
    /// its thread: it runs to its end and keeps its place in the pool until then, so the pool's bound still holds.
    public func run<Value: Sendable>(
        deadline: ContinuousClock.Instant? = nil, _ work: @escaping @Sendable () throws -> Value
    ) async throws -> Value {
        let capacity = size + queueLimit
        let wasAdmitted = admitted.withLock { count in
            guard count < capacity else { return false }
            count += 1
            return true
        }
        guard wasAdmitted else {
            throw ServiceProblem(
                .overloaded, detail: "\(size) workers busy and \(queueLimit) requests queued", retryAfterSeconds: 1)
        }
        let outcome = FirstOutcome<Value>()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                outcome.install(continuation)
                threads.submit { state in
                    defer { self.admitted.withLock { $0 -= 1 } }
                    guard case .active = state else {
                        outcome.finish(
                            .failure(ServiceProblem(.notReady, detail: "the service is stopping", retryAfterSeconds: 1))
                        )
                        return
                    }
                    outcome.finish(Result { try work() })
                }
                if let deadline {
                    let timer = Task {
                        try await Task.sleep(until: deadline, clock: .continuous)
                        outcome.finish(
                            .failure(
                                ServiceProblem(
                                    .timeout, detail: "the request took longer than the service allows",
                                    retryAfterSeconds: 1)))
                    }
                    outcome.onFinish { timer.cancel() }
                }
            }
        } onCancel: {
            outcome.finish(.failure(CancellationError()))
        }
    }

    /// Stops the threads once the queued work is done.
    public func shutdown() async throws {
        try await threads.shutdownGracefully()
    }
}

/// The first of several outcomes (the work's result, the deadline, cancellation) resumes the continuation; the
/// later ones are dropped.
final class FirstOutcome<Value: Sendable>: Sendable {
    private struct Slot {
        var continuation: CheckedContinuation<Value, any Error>?
        var pending: Result<Value, any Error>?
        var done = false
        var cleanup: (@Sendable () -> Void)?
    }
    private let slot = Mutex(Slot())

    func install(_ continuation: CheckedContinuation<Value, any Error>) {
        let pending: Result<Value, any Error>? = slot.withLock { slot in
            if let pending = slot.pending {
                slot.pending = nil
                return pending
            }
            slot.continuation = continuation
            return nil
        }
        if let pending { continuation.resume(with: pending) }
    }

    func onFinish(_ cleanup: @escaping @Sendable () -> Void) {
        let runNow = slot.withLock { slot in
            if slot.done { return true }
            slot.cleanup = cleanup
            return false
        }
        if runNow { cleanup() }
    }

    func finish(_ result: Result<Value, any Error>) {
        let (continuation, cleanup) = slot.withLock {
            slot -> (CheckedContinuation<Value, any Error>?, (@Sendable () -> Void)?) in
            guard !slot.done else { return (nil, nil) }
            slot.done = true
            let continuation = slot.continuation
            slot.continuation = nil
            if continuation == nil { slot.pending = result }
            return (continuation, slot.cleanup)
        }
        continuation?.resume(with: result)
        cleanup?()
    }
}
