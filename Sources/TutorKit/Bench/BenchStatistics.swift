import Foundation

/// The median of a measurement's samples and how far they spread around it.
public struct SampleSummary: Equatable, Sendable {
    public let median: Double
    /// Half the interquartile range, as a fraction of the median: ±0.03 means the middle half of the samples lie
    /// within about 3 % of the median. Robust to the odd sample another process on the machine disturbed.
    public let spread: Double

    public init?(_ samples: [Double]) {
        guard !samples.isEmpty else { return nil }
        let sorted = samples.sorted()
        median = Self.quantile(sorted, 0.5)
        let interquartile = Self.quantile(sorted, 0.75) - Self.quantile(sorted, 0.25)
        spread = median > 0 ? interquartile / 2 / median : 0
    }

    /// The q-quantile of sorted values, interpolating linearly between the two nearest (the median of an even count
    /// is the mean of the middle two).
    static func quantile(_ sorted: [Double], _ q: Double) -> Double {
        let position = q * Double(sorted.count - 1)
        let below = Int(position.rounded(.down))
        let above = min(below + 1, sorted.count - 1)
        let fraction = position - Double(below)
        return sorted[below] + (sorted[above] - sorted[below]) * fraction
    }

    /// How many times slower `self` is than `other` (below 1: faster), by their medians.
    public func ratio(to other: SampleSummary) -> Double { median / other.median }
}

/// Durations as a person reads them: "86.2 ns", "51.12 µs", "1.20 ms", "2.77 s".
func formatDuration(nanoseconds: Double) -> String {
    switch nanoseconds {
    case ..<1_000: String(format: "%.1f ns", nanoseconds)
    case ..<1_000_000: String(format: "%.2f µs", nanoseconds / 1_000)
    case ..<1_000_000_000: String(format: "%.2f ms", nanoseconds / 1_000_000)
    default: String(format: "%.2f s", nanoseconds / 1_000_000_000)
    }
}
