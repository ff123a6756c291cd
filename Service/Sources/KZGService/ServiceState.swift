import EIP4844
import EIP7594
import Foundation
import KZG
import Synchronization

/// What the health endpoints report: whether the trusted setup is loaded, and whether the service is draining.
public final class ServiceState: Sendable {
    public enum Phase: String, Sendable {
        /// The trusted setup is loading: not ready.
        case starting
        /// Ready for traffic.
        case ready
        /// SIGTERM received: not ready, finishing what is in flight.
        case draining
        /// The trusted setup could not be loaded.
        case failed
    }

    public static let version = "1.0.0"

    private struct Snapshot {
        var phase = Phase.starting
        var backend: KZGBackend?
        var setupLoadSeconds: Double?
    }
    private let snapshot = Mutex(Snapshot())
    private let started = ContinuousClock.now

    public init() {}

    public var phase: Phase { snapshot.withLock { $0.phase } }
    public var backend: KZGBackend? { snapshot.withLock { $0.backend } }
    public var setupLoadSeconds: Double? { snapshot.withLock { $0.setupLoadSeconds } }
    public var uptimeSeconds: Double {
        let elapsed = ContinuousClock.now - started
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    public func markReady(_ backend: KZGBackend, loadSeconds: Double) {
        snapshot.withLock {
            $0.backend = backend
            $0.setupLoadSeconds = loadSeconds
            if $0.phase == .starting { $0.phase = .ready }
        }
    }

    public func markDraining() { snapshot.withLock { $0.phase = .draining } }
    public func markFailed() { snapshot.withLock { $0.phase = .failed } }

    /// Reads the trusted setup at `path`, checks it (every point on the curve and in the subgroup, and the G1 and
    /// G2 powers consistent with one secret: `TrustedSetup.validateConsistency`), and binds the EIP-4844 and
    /// EIP-7594 contexts (the latter's FK20 tables are computed here, once).
    public static func loadBackend(path: String) throws -> KZGBackend {
        let setup = try TrustedSetup(contentsOfFile: path)
        try setup.validateConsistency()
        return KZGBackend(eip4844: try EIP4844Context(setup: setup), eip7594: try EIP7594Context(setup: setup))
    }

    /// The resident set size of the process, from `/proc/self/statm` (nil where there is none).
    public static var residentBytes: Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}
