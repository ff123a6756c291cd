import Foundation
import Synchronization

/// The API keys a client may present, read from a file: one key a line, blank lines and `#` comments ignored.
///
/// A presented key is compared with every configured key, each comparison touching every byte whatever the
/// differences, so the time taken does not tell how much of a key was right. Keys are never logged: a client is
/// named by the key's position in the file (`key-1`, …).
public struct APIKeys: Sendable {
    private let keys: [[UInt8]]

    public init(keys: [String]) {
        self.keys = keys.map { Array($0.utf8) }
    }

    public init(contentsOfFile path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        self.init(
            keys: text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && !$0.hasPrefix("#") })
    }

    public var isEmpty: Bool { keys.isEmpty }
    public var count: Int { keys.count }

    /// The name of the client holding `presented` (`key-N`), or nil when it matches no key.
    public func client(presenting presented: String) -> String? {
        let candidate = Array(presented.utf8)
        var match: Int?
        for (index, key) in keys.enumerated() where Self.constantTimeEqual(candidate, key) {
            match = index
        }
        return match.map { "key-\($0 + 1)" }
    }

    /// Whether `a == b`, in time that depends on the lengths only: every byte of the longer one is read, and the
    /// differences are OR-ed together without a branch on any of them.
    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var difference = UInt8(truncatingIfNeeded: a.count ^ b.count) | (a.count == b.count ? 0 : 1)
        let length = max(a.count, b.count)
        for index in 0..<length {
            let x = index < a.count ? a[index] : 0
            let y = index < b.count ? b[index] : 0
            difference |= x ^ y
        }
        return difference == 0
    }
}

/// Token buckets, one per client (an API key's name or an address): each holds up to `burst` tokens, refilled at
/// `ratePerSecond`; a request takes one, and a request that finds none is refused with the wait until the next
/// token.
public final class TokenBuckets: Sendable {
    public let ratePerSecond: Double
    public let burst: Double
    private let clock: @Sendable () -> Double
    private struct Bucket {
        var tokens: Double
        var updated: Double
    }
    private let buckets = Mutex([String: Bucket]())

    /// `clock` returns seconds from any fixed origin (tests pass their own).
    public init(
        ratePerSecond: Double, burst: Int,
        clock: @escaping @Sendable () -> Double = { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
    ) {
        self.ratePerSecond = ratePerSecond
        self.burst = Double(max(burst, 1))
        self.clock = clock
    }

    /// Takes a token from `client`'s bucket: nil when there was one, else the seconds to wait for the next.
    public func take(_ client: String) -> Double? {
        let now = clock()
        return buckets.withLock { buckets in
            var bucket = buckets[client] ?? Bucket(tokens: burst, updated: now)
            bucket.tokens = min(burst, bucket.tokens + (now - bucket.updated) * ratePerSecond)
            bucket.updated = now
            defer {
                buckets[client] = bucket
                // Full buckets carry no state: forget them, so that many one-off clients do not grow the table.
                if buckets.count > 100_000 { buckets = buckets.filter { $0.value.tokens < burst } }
            }
            guard bucket.tokens >= 1 else { return (1 - bucket.tokens) / ratePerSecond }
            bucket.tokens -= 1
            return nil
        }
    }
}
