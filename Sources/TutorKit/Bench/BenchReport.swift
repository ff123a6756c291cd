import Foundation

/// The tables `tutor bench` prints: for each exercise and case, the median and spread of each implementation, the
/// ratio of the learner's median to the reference's (and to the peer's), the growth verdict for cases timed at
/// several sizes, and with `previous` figures the change since the last run.
public struct BenchReport: Sendable {
    public let measurements: [BenchMeasurement]
    /// The medians saved by the last run (see `BenchStore`), for `--compare`; nil without it.
    public let previous: [String: Double]?

    /// A spread above which a growth verdict is flagged as unreliable: the neighbouring classes' exponents differ by
    /// about 0.15, which noise of this size can bridge.
    static let noisySpread = 0.25

    public init(measurements: [BenchMeasurement], previous: [String: Double]? = nil) {
        self.measurements = measurements
        self.previous = previous
    }

    /// The report's lines, without colour.
    public func lines() -> [String] {
        var lines: [String] = []
        var referenceChanges: [Double] = []
        for (exercise, name) in caseOrder() {
            let ofCase = measurements.filter { $0.exercise == exercise && $0.name == name }
            let peers = orderedUnique(ofCase.map(\.implementation).filter { $0 != "yours" && $0 != "reference" })
            var header = ["", "yours", "reference"] + peers + ["yours ÷ ref"] + peers.map { "yours ÷ \($0)" }
            if previous != nil { header.append("yours since last") }
            var rows: [[String]] = []
            for size in orderedUnique(ofCase.map(\.size)) {
                let at = ofCase.filter { $0.size == size }
                func summary(_ implementation: String) -> SampleSummary? {
                    at.first { $0.implementation == implementation }.flatMap { SampleSummary($0.nanoseconds) }
                }
                let yours = summary("yours")
                let reference = summary("reference")
                let label = size.map { "\($0) \(at.first?.unit ?? "")" } ?? "one call"
                var row = [label, cell(yours), cell(reference)] + peers.map { cell(summary($0)) }
                row.append(ratio(yours, reference))
                row += peers.map { ratio(yours, summary($0)) }
                if let previous {
                    let mine = at.first { $0.implementation == "yours" }
                    row.append(change(mine, previous))
                    if let reference = at.first(where: { $0.implementation == "reference" }),
                        let was = previous[BenchStore.key(reference)], let now = SampleSummary(reference.nanoseconds)
                    {
                        referenceChanges.append(abs(now.median / was - 1))
                    }
                }
                rows.append(row)
            }
            lines.append("")
            lines.append("\(exercise) · \(name)")
            lines += table(header: header, rows: rows)
            if let verdict = growthLine(ofCase, name: name) { lines.append(verdict) }
        }
        if let noise = referenceChanges.max() {
            lines.append("")
            lines.append(
                "The reference, which did not change, moved by up to \(percent(noise)) since the last run: changes of "
                    + "yours smaller than that are the machine's noise.")
        }
        return lines
    }

    /// The growth verdict of a case timed at several sizes: the fitted exponents of yours and the reference's,
    /// and the sentence.
    func growthLine(_ ofCase: [BenchMeasurement], name: String) -> String? {
        guard let expectedName = ofCase.first?.growth, let expected = GrowthClass(rawValue: expectedName) else {
            return nil
        }
        func verdict(_ implementation: String) -> GrowthVerdict? {
            let series = ofCase.filter { $0.implementation == implementation && $0.size != nil }
            let medians = series.compactMap { SampleSummary($0.nanoseconds)?.median }
            guard medians.count == series.count else { return nil }
            return GrowthVerdict(sizes: series.map { $0.size! }, medians: medians, expected: expected)
        }
        guard let yours = verdict("yours") else { return nil }
        let sizes = ofCase.compactMap(\.size)
        let unit = ofCase.first?.unit ?? ""
        let reference = verdict("reference").map { String(format: ", the reference n^%.2f", $0.exponent) } ?? ""
        let fit = String(format: "n^%.2f", yours.exponent)
        let spread =
            ofCase.filter { $0.implementation == "yours" }.compactMap { SampleSummary($0.nanoseconds)?.spread }
            .max() ?? 0
        let caution =
            spread > Self.noisySpread
            ? " The samples spread widely (up to ±\(percent(spread))): run it again on a quieter machine before trusting this."
            : ""
        return "Growth over \(sizes.min()!) … \(sizes.max()!) \(unit): yours \(fit)\(reference). "
            + (yours.asExpected ? "✓ " : "✗ ") + yours.sentence(for: name) + "." + caution
    }

    private func caseOrder() -> [(String, String)] {
        var seen: [(String, String)] = []
        for measurement in measurements where !seen.contains(where: { $0 == (measurement.exercise, measurement.name) })
        {
            seen.append((measurement.exercise, measurement.name))
        }
        return seen
    }

    private func cell(_ summary: SampleSummary?) -> String {
        guard let summary else { return "—" }
        return formatDuration(nanoseconds: summary.median) + " ±" + percent(summary.spread)
    }

    private func ratio(_ yours: SampleSummary?, _ other: SampleSummary?) -> String {
        guard let yours, let other, other.median > 0 else { return "—" }
        return String(format: "%.2f×", yours.ratio(to: other))
    }

    private func change(_ measurement: BenchMeasurement?, _ previous: [String: Double]) -> String {
        guard let measurement, let was = previous[BenchStore.key(measurement)],
            let now = SampleSummary(measurement.nanoseconds), was > 0
        else { return "new" }
        let relative = now.median / was - 1
        return (relative >= 0 ? "+" : "−") + percent(abs(relative))
    }

    private func percent(_ fraction: Double) -> String {
        fraction < 0.1 ? String(format: "%.1f%%", fraction * 100) : String(format: "%.0f%%", fraction * 100)
    }

    private func table(header: [String], rows: [[String]]) -> [String] {
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max()! }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, text in
                let padding = String(repeating: " ", count: widths[column] - text.count)
                return column == 0 ? text + padding : padding + text
            }.joined(separator: "   ")
        }
        return [line(header)] + rows.map(line)
    }
}

private func orderedUnique<T: Equatable>(_ values: [T]) -> [T] {
    var seen: [T] = []
    for value in values where !seen.contains(value) { seen.append(value) }
    return seen
}
