import Foundation

/// Slots that concurrent iterations fill, each iteration writing only its own index: `map` computes an array's
/// elements on all cores.
///
/// Shared by the layers that spread independent work over the cores with `DispatchQueue.concurrentPerform`
/// (decoding a trusted setup, building an insecure one, the per-blob work of a batch verification). The lock makes
/// the writes safe without relying on how the array stores its elements; it is taken once per slot, next to work
/// that costs microseconds to milliseconds.
public final class ParallelSlots<Value>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    private init(count: Int) { storage = [Value?](repeating: nil, count: count) }

    private subscript(index: Int) -> Value? {
        get { lock.withLock { storage[index] } }
        set { lock.withLock { storage[index] = newValue } }
    }

    private var values: [Value?] { lock.withLock { storage } }

    /// `transform(0) … transform(count − 1)` computed on all cores, in index order.
    public static func map(count: Int, _ transform: @Sendable (Int) -> Value) -> [Value] {
        let slots = ParallelSlots(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { slots[$0] = transform($0) }
        return slots.values.map { $0! }
    }
}
