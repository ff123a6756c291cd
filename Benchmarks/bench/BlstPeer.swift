import Foundation

/// blst's figures for a group of benchmarks (fields, curves, kzg), by the name of our row, in nanoseconds; empty
/// (after saying why) when blst cannot be built. `Benchmarks/blst/blst-peer.sh` fetches ckzg's source distribution
/// from PyPI, builds the blst inside it with blst's own build.sh in `.build/blst-peer`, and runs the C driver
/// `Benchmarks/blst/blst_bench.c`, which times the same operations on inputs of the same sizes, the same way (median
/// of seven rounds of thread CPU time). Run in the same process tree, so `taskset` applies to both.
func blstFigures(_ group: String) -> [String: Double] {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    let script = root.appendingPathComponent("Benchmarks/blst/blst-peer.sh").path
    guard let output = run("/bin/sh", [script, group]), let text = String(data: output, encoding: .utf8) else {
        print("blst: \(script) failed (is PyPI reachable, and a C compiler installed?)")
        return [:]
    }
    var figures: [String: Double] = [:]
    for line in text.split(separator: "\n") {
        let fields = line.split(separator: "\t")
        if fields.count == 2, let nanoseconds = Double(fields[1]) { figures[String(fields[0])] = nanoseconds }
    }
    return figures
}
