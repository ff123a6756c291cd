// the chunks' sums are not added up: only the first chunk's sum is returned.
import ExerciseSupport
import Fields
import Foundation

/// Σ scalars[i] · points[i] with the points split into `chunkCount` chunks of consecutive points, one Pippenger
/// per chunk running concurrently (`DispatchQueue.concurrentPerform`), and the chunks' sums added at the end.
///
/// Every point must land in exactly one chunk, whatever n and chunkCount: with more chunks than points, some chunks
/// are empty and sum to the identity.
///
/// - Precondition: `points.count == scalars.count`, chunkCount ≥ 1 and 1 ≤ windowBits ≤ 20.
public func parallelMSM<G: MSMGroup>(points: [G], scalars: [Fr], windowBits c: Int, chunkCount: Int) -> G {
    precondition(points.count == scalars.count, "one scalar per point")
    precondition(chunkCount >= 1, "at least one chunk")
    // ⌈n / chunkCount⌉ points per chunk, so that the chunks cover all n points.
    let chunkSize = (points.count + chunkCount - 1) / chunkCount
    let sums = ChunkSums<G>(count: chunkCount)
    DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
        let range = min(chunk * chunkSize, points.count) ..< min((chunk + 1) * chunkSize, points.count)
        sums[chunk] = pippenger(points: Array(points[range]), scalars: Array(scalars[range]), windowBits: c)
    }
    return sums.all[0]
}

/// One slot per chunk, written by the concurrent iterations; the lock makes each write visible to the thread that
/// reads them all once `concurrentPerform` has returned.
final class ChunkSums<G: MSMGroup>: @unchecked Sendable {
    private var sums: [G]
    private let lock = NSLock()

    init(count: Int) { sums = [G](repeating: .identity, count: count) }

    subscript(chunk: Int) -> G {
        get { lock.withLock { sums[chunk] } }
        set { lock.withLock { sums[chunk] = newValue } }
    }

    var all: [G] { lock.withLock { sums } }
}
