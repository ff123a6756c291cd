import Foundation

/// One timing of one implementation: the samples of an operation on the same inputs, in nanoseconds per call.
public struct BenchMeasurement: Codable, Equatable, Sendable {
    public let exercise: String
    /// What was timed ("FFT", "blob_to_kzg_commitment").
    public let name: String
    /// "yours", "reference", or the peer's name ("ckzg").
    public let implementation: String
    /// The input's size in `unit`s, for a case timed at several sizes.
    public let size: Int?
    public let unit: String?
    /// The growth the learner's version is expected to show over the sizes (`GrowthClass`'s raw value).
    public let growth: String?
    public let nanoseconds: [Double]

    public init(
        exercise: String, name: String, implementation: String, size: Int? = nil, unit: String? = nil,
        growth: String? = nil, nanoseconds: [Double]
    ) {
        self.exercise = exercise
        self.name = name
        self.implementation = implementation
        self.size = size
        self.unit = unit
        self.growth = growth
        self.nanoseconds = nanoseconds
    }

    enum CodingKeys: String, CodingKey {
        case exercise
        case name = "case"
        case implementation, size, unit, growth, nanoseconds
    }
}

/// What the timing harness (`Benchmarks/learner-bench`, built in release mode) reports, one JSON object per line.
public enum BenchEvent: Equatable, Sendable {
    /// From `learner-bench list`: an exercise that has benchmarks, how many steps they take, its peer if any.
    case benchmark(exercise: String, steps: Int, peer: String?)
    /// The harness starts on an exercise of `steps` steps (one per case and size).
    case plan(exercise: String, steps: Int)
    case measurement(BenchMeasurement)
    /// The learner's code could not be timed: `reason` is "unimplemented", "timed-out" or "wrong-answer".
    case skipped(exercise: String, reason: String, detail: String)
    /// Something to pass on that does not stop the run (a peer that could not be run).
    case note(String)

    private struct Line: Decodable {
        let bench: Int
        let event: String
        let exercise: String?
        let steps: Int?
        let peer: String?
        let reason: String?
        let detail: String?
    }

    /// The events in `output`, in order. Lines that are not the harness's (anything the learner's code printed, the
    /// build's chatter) are passed over: every line of the harness carries `"bench":1`.
    public static func parse(_ output: String) -> [BenchEvent] {
        output.split(whereSeparator: \.isNewline).compactMap { parse(line: String($0)) }
    }

    static func parse(line: String) -> BenchEvent? {
        let data = Data(line.utf8)
        guard line.hasPrefix("{"), let header = try? JSONDecoder().decode(Line.self, from: data), header.bench == 1
        else { return nil }
        switch (header.event, header.exercise) {
        case ("benchmark", let exercise?):
            return .benchmark(exercise: exercise, steps: header.steps ?? 0, peer: header.peer)
        case ("plan", let exercise?): return .plan(exercise: exercise, steps: header.steps ?? 0)
        case ("measurement", _):
            return (try? JSONDecoder().decode(BenchMeasurement.self, from: data)).map(BenchEvent.measurement)
        case ("skipped", let exercise?):
            return .skipped(exercise: exercise, reason: header.reason ?? "", detail: header.detail ?? "")
        case ("note", _): return header.detail.map(BenchEvent.note)
        default: return nil
        }
    }
}
