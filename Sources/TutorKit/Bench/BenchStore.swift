import Foundation

/// The medians of the last `tutor bench` run of each measurement, in `.tutor/bench.json` beside the progress file,
/// so that `tutor bench --compare` can show what changed. Measurements not run this time keep their old figures.
public struct BenchStore: Sendable {
    public let file: URL

    public init(root: URL) {
        file = root.appendingPathComponent(".tutor/bench.json")
    }

    private struct Contents: Codable {
        var version = 1
        var medians: [String: Double]
    }

    /// The key of a measurement in the store: exercise, case, size and implementation.
    static func key(_ measurement: BenchMeasurement) -> String {
        [measurement.exercise, measurement.name, measurement.size.map(String.init) ?? "", measurement.implementation]
            .joined(separator: "|")
    }

    /// The saved medians by key; empty when nothing was saved yet. A damaged file is reported, not overwritten
    /// silently: `save` replaces it whole with the figures of this run.
    public func load() throws(TutorError) -> [String: Double] {
        guard let data = try? Data(contentsOf: file) else { return [:] }
        guard let contents = try? JSONDecoder().decode(Contents.self, from: data), contents.version == 1 else {
            throw .file(file.path, "it is not a bench results file this tutor can read; move it away to start afresh")
        }
        return contents.medians
    }

    /// Saves the medians of `measurements` over those already saved.
    public func save(_ measurements: [BenchMeasurement], over previous: [String: Double]) throws(TutorError) {
        var medians = previous
        for measurement in measurements {
            if let summary = SampleSummary(measurement.nanoseconds) { medians[Self.key(measurement)] = summary.median }
        }
        do {
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
            try encoder.encode(Contents(medians: medians)).write(to: file, options: .atomic)
        } catch { throw .file(file.path, error.localizedDescription) }
    }
}
