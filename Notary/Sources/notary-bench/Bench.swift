import Crypto
import Foundation
import Notarisation

/// The ceiling `notary add` runs against: swift-crypto's SHA-256 on this machine, on long messages (bytes per
/// second) and on row-sized ones (hashes per second), and the Merkle accumulator over leaves of that size, all on
/// one core. Run with `swift run -c release notary-bench`.
@main
struct Bench {
    static func seconds(_ body: () -> Void) -> Double {
        let start = ContinuousClock.now
        body()
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    }

    static func main() {
        let megabyte = [UInt8](repeating: 0x5a, count: 1 << 20)
        var sink: UInt8 = 0
        let long = seconds {
            for _ in 0..<256 { sink ^= SHA256.hash(data: megabyte).withUnsafeBytes { $0[0] } }
        }
        print(String(format: "SHA-256, 1 MiB messages:           %8.0f MB/s", 256 * 1.048576 / long))

        let row = [UInt8](repeating: 0x31, count: 80)  // a row of 8 fields, each length-prefixed
        let count = 2_000_000
        let short = seconds {
            for _ in 0..<count { sink ^= SHA256.hash(data: row).withUnsafeBytes { $0[0] } }
        }
        print(String(format: "SHA-256, 80-byte messages:         %8.0f k hashes/s", Double(count) / short / 1000))

        var accumulator = MerkleRootAccumulator()
        let tree = seconds {
            for _ in 0..<count { accumulator.append(merkleLeafHash(row)) }
            sink ^= accumulator.root.bytes[0]
        }
        // Each leaf costs its own hash and, on average, one node hash.
        print(String(format: "leaf hash + Merkle accumulator:    %8.0f k rows/s", Double(count) / tree / 1000))
        if sink == 0x42 { print("") }  // keeps the work from being optimised away
    }
}
