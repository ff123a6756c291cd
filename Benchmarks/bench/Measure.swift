import Foundation

/// Times `body`, which performs `operations` operations per call, and returns the median nanoseconds per
/// operation over `rounds` calls after one warm-up call.
func nanosecondsPerOperation(operations: Int, rounds: Int = 7, _ body: () -> Void) -> Double {
    body()
    var samples: [Double] = []
    for _ in 0..<rounds {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        let elapsed = DispatchTime.now().uptimeNanoseconds - start
        samples.append(Double(elapsed) / Double(operations))
    }
    samples.sort()
    return samples[samples.count / 2]
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

func format(nanoseconds: Double) -> String {
    switch nanoseconds {
    case ..<1_000: String(format: "%.1f ns", nanoseconds)
    case ..<1_000_000: String(format: "%.2f µs", nanoseconds / 1_000)
    default: String(format: "%.2f ms", nanoseconds / 1_000_000)
    }
}

/// Keeps the optimiser from discarding a computed value, or from moving its computation past the clock read that
/// ends a timing: an unoptimised, non-inlined call is opaque to it.
@inline(never) @_optimize(none)
func blackHole<T>(_ value: T) { withExtendedLifetime(value) {} }
