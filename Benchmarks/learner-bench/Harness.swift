import ExerciseSupport
import Foundation
import Limbs
import SeededRandom

/// The growth a case is expected to show as its size doubles; the names `tutor bench` prints and fits against.
enum Growth: String, Encodable {
    case nOverLogN = "n/log n"
    case linear = "n"
    case nLogN = "n log n"
    case quadratic = "n^2"
}

/// One thing `tutor bench` can time for an exercise: the learner's version beside the reference's (and ckzg's) on the
/// same inputs, at one size or at a series of sizes whose growth is fitted.
struct BenchmarkCase {
    /// What is timed, as the table's rows name it ("FFT", "G1 MSM").
    let name: String
    /// The sizes timed, in the unit `sizeUnit` names; one size for a plain comparison.
    let sizes: [Int]
    /// The unit of `sizes` ("points", "bits of the scalar"), or nil when the case has a single fixed size.
    let sizeUnit: String?
    /// The growth the learner's version should show over `sizes`, or nil when growth is not checked.
    let growth: Growth?
    /// Thread CPU time unless the learner's or the reference's version may run on several threads.
    var clock = Clock.threadCPU
    /// Builds the inputs of one size and returns the timed operations. Throws when building the learner's inputs
    /// already runs learner code that fails (an encoding the exercise's own chapter asks for).
    let prepare: (Int) throws(LearnerProblem) -> Contenders
}

/// The operations timed at one size. `yours` runs learner code, so it is called under a watch (an unwritten stub,
/// a call that never returns); it returns whether its answer matched the reference's, checked on its first call only.
struct Contenders {
    let yours: @Sendable (_ check: Bool) -> Bool
    let reference: () -> Void
    /// The peer's samples on the same inputs, in nanoseconds, when the exercise has a peer and it could be run.
    var peer: [Double]? = nil
}

/// An exercise's benchmarks, and the peer it is compared with besides the reference. Cheap to make: inputs are built
/// by each case's `prepare`, when it is timed.
struct ExerciseBenchmarks {
    let exercise: String
    var peer: String? = nil
    let cases: [BenchmarkCase]

    /// One step per case and size: what the tutor's progress bar counts.
    var steps: Int { cases.map(\.sizes.count).reduce(0, +) }
}

/// Writes the harness's results, one JSON object per line on standard output, flushed at once so that the tutor can
/// advance its progress bar as they come. Every line carries `"bench"`, so lines the learner's code prints are told
/// apart.
enum Report {
    static func emit(_ fields: [String: Any]) {
        var object = fields
        object["bench"] = 1
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        FileHandle.standardOutput.write(data + Data("\n".utf8))
    }

    static func measurement(
        exercise: String, case name: String, implementation: String, size: Int?, unit: String?, growth: Growth?,
        nanoseconds: [Double]
    ) {
        var fields: [String: Any] = [
            "event": "measurement", "exercise": exercise, "case": name, "implementation": implementation,
            "nanoseconds": nanoseconds,
        ]
        if let size { fields["size"] = size }
        if let unit { fields["unit"] = unit }
        if let growth { fields["growth"] = growth.rawValue }
        emit(fields)
    }

    /// Something the learner should know that does not stop the run (a peer that could not be run).
    static func note(_ detail: String) { emit(["event": "note", "detail": detail]) }

    static func skipped(exercise: String, reason: String, detail: String) {
        emit(["event": "skipped", "exercise": exercise, "reason": reason, "detail": detail])
    }
}

/// Why the learner's code could not be timed.
enum LearnerProblem: Error {
    case unimplemented(String)
    case timedOut(seconds: Int)
    case wrongAnswer

    var reason: String {
        switch self {
        case .unimplemented: "unimplemented"
        case .timedOut: "timed-out"
        case .wrongAnswer: "wrong-answer"
        }
    }

    var detail: String {
        switch self {
        case .unimplemented(let message): message
        case .timedOut(let seconds): "one call did not return within \(seconds) s"
        case .wrongAnswer: "its result differs from the reference's on the benchmark's input"
        }
    }
}

/// The workbook's root folder (`--root`).
nonisolated(unsafe) var workbookRoot = FileManager.default.currentDirectoryPath

/// How long one call of learner code may run before it counts as never returning (`--call-timeout`).
nonisolated(unsafe) var learnerCallTimeout = 20

/// Wall-clock nanoseconds now.
func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

/// How a case is timed.
enum Clock {
    /// The calling thread's CPU time: what other processes on a shared machine disturb least (a sample that was
    /// preempted does not count the time it waited). For single-threaded work only.
    case threadCPU
    /// Wall-clock time, for work that may use several threads (the reference's MSM runs on every core), whose CPU
    /// time would overstate it.
    case wall

    func now() -> UInt64 {
        switch self {
        case .wall: return DispatchTime.now().uptimeNanoseconds
        case .threadCPU:
            var time = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
            return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
        }
    }
}

/// The samples of one operation, in nanoseconds per call: after the call that `firstCall` already timed (which also
/// warmed caches and lazy tables), enough calls per sample that a sample lasts about 2 ms, and fewer samples for
/// slow operations, so that no measurement takes much more than a second.
func sample(firstCall: Double, clock: Clock, _ operation: () -> Void) -> [Double] {
    let callsPerSample = max(1, Int((2e6 / max(firstCall, 1)).rounded(.up)))
    let count = firstCall < 50e6 ? 7 : (firstCall < 300e6 ? 5 : 3)
    return (0..<count).map { _ in
        let start = clock.now()
        for _ in 0..<callsPerSample { operation() }
        return Double(clock.now() - start) / Double(callsPerSample)
    }
}

/// Runs learner code on a watched thread (see `LearnerCodeWatch`): an unwritten stub or a call that never returns
/// becomes a `LearnerProblem` instead of a crash or a hang.
func watched<Value>(timeout seconds: Int, _ body: @escaping @Sendable () -> Value) throws(LearnerProblem) -> Value {
    switch LearnerCodeWatch.run(timeout: .seconds(seconds), body) {
    case .returned(let value): return value
    case .unimplemented(let message): throw .unimplemented(message)
    case .timedOut: throw .timedOut(seconds: seconds)
    }
}

enum Harness {
    /// Times every case of `benchmarks`, reporting each measurement as it is made, and stops at the first problem
    /// with the learner's code (reported as skipped: the remaining sizes would fail the same way).
    static func run(_ benchmarks: ExerciseBenchmarks) {
        let callTimeout = learnerCallTimeout
        do throws(LearnerProblem) {
            for benchmarkCase in benchmarks.cases {
                for size in benchmarkCase.sizes {
                    let contenders = try benchmarkCase.prepare(size)
                    let yours = contenders.yours
                    // The first call checks the answer and is timed on its own; it also bounds how long the sampling
                    // may take, so a learner's version that is merely slow is not mistaken for one that hangs.
                    let (matched, firstCall) = try watched(timeout: callTimeout) { () -> (Bool, Double) in
                        let start = now()
                        let matched = yours(true)
                        return (matched, Double(now() - start))
                    }
                    guard matched else { throw .wrongAnswer }
                    let samplingLimit = max(callTimeout, Int(firstCall * 30 / 1e9) + callTimeout)
                    let clock = benchmarkCase.clock
                    let learnerSamples = try watched(timeout: samplingLimit) {
                        sample(firstCall: firstCall, clock: clock) { _ = yours(false) }
                    }
                    let referenceStart = now()
                    contenders.reference()
                    let referenceSamples = sample(
                        firstCall: Double(now() - referenceStart), clock: clock, contenders.reference)
                    let shownSize = benchmarkCase.sizeUnit == nil ? nil : size
                    var measured = [("yours", learnerSamples), ("reference", referenceSamples)]
                    if let peer = contenders.peer, let name = benchmarks.peer { measured.append((name, peer)) }
                    for (implementation, samples) in measured {
                        Report.measurement(
                            exercise: benchmarks.exercise, case: benchmarkCase.name, implementation: implementation,
                            size: shownSize, unit: benchmarkCase.sizeUnit, growth: benchmarkCase.growth,
                            nanoseconds: samples)
                    }
                }
            }
        } catch {
            Report.skipped(exercise: benchmarks.exercise, reason: error.reason, detail: error.detail)
        }
    }
}

/// A random integer of exactly `bits` bits (its top bit set), 1 ≤ bits ≤ 256.
func randomInteger(bits: Int, using generator: inout SeededGenerator) -> UInt256 {
    var limbs = (0..<4).map { limb in
        limb * 64 >= bits ? 0 : generator.next() >> UInt64(max(0, (limb + 1) * 64 - bits))
    }
    limbs[(bits - 1) / 64] |= 1 << UInt64((bits - 1) % 64)
    return UInt256(limbs: limbs)
}

/// Keeps a value alive past the clock reading that ends a sample: without it, pure arithmetic whose result is unused
/// may be deleted by the optimiser (cross-module optimisation can see into the learner's modules). Every timed
/// closure passes its result here, whether or not it also checks it.
@inline(never) @_optimize(none)
func keepAlive<T>(_ value: T) {}
