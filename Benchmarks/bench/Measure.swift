import Foundation

/// The median CPU time of one operation, in nanoseconds, over seven rounds of `body` (which performs `operations`
/// of them) after one warm-up round. The calling thread's CPU time, which other processes on a shared machine
/// disturb less than wall-clock time; for single-threaded work only.
func cpuNanosecondsPerOperation(operations: Int, _ body: () -> Void) -> Double {
    func threadCPUTime() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }
    body()
    var samples: [Double] = []
    for _ in 0..<7 {
        let start = threadCPUTime()
        body()
        samples.append(Double(threadCPUTime() - start) / Double(operations))
    }
    return samples.sorted()[3]
}

/// The median wall-clock time of `body`, in nanoseconds, over `runs` runs after one warm-up run (first-touch
/// allocations, lazily built tables). For work that uses several threads, whose CPU time would overstate it.
func wallNanoseconds(runs: Int, _ body: () -> Void) -> Double {
    body()
    var samples: [Double] = []
    for _ in 0..<max(runs, 1) {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        samples.append(Double(DispatchTime.now().uptimeNanoseconds - start))
    }
    samples.sort()
    let middle = samples.count / 2
    return samples.count % 2 == 1 ? samples[middle] : (samples[middle - 1] + samples[middle]) / 2
}

/// Consumes a value in a function the optimiser may not look into: without it, pure arithmetic whose result is
/// unused is deleted, or moved past the clock reading that ends the measurement.
@inline(never) @_optimize(none)
func keepAlive<T>(_ value: T) {}

func formatDuration(nanoseconds: Double) -> String {
    switch nanoseconds {
    case ..<1_000: String(format: "%.1f ns", nanoseconds)
    case ..<1_000_000: String(format: "%.2f µs", nanoseconds / 1_000)
    case ..<1_000_000_000: String(format: "%.2f ms", nanoseconds / 1_000_000)
    default: String(format: "%.2f s", nanoseconds / 1_000_000_000)
    }
}

/// Nanoseconds from a `formatDuration` string ("86.2 ns", "51.12 µs", "1.20 ms", "2.77 s").
func parseDuration(_ text: String) -> Double {
    let parts = text.split(separator: " ")
    guard parts.count == 2, let value = Double(parts[0]) else { return .nan }
    switch parts[1] {
    case "ns": return value
    case "µs": return value * 1e3
    case "ms": return value * 1e6
    default: return value * 1e9
    }
}

/// Prints a table with a header row; the first column is left-aligned, the others right-aligned.
func printTable(_ title: String, header: [String], rows: [[String]]) {
    let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max()! }
    func line(_ cells: [String]) -> String {
        cells.enumerated().map { column, cell in
            let padding = String(repeating: " ", count: widths[column] - cell.count)
            return column == 0 ? cell + padding : padding + cell
        }.joined(separator: "  ")
    }
    print("\n\(title)")
    print(line(header))
    print(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
    for row in rows { print(line(row)) }
}
