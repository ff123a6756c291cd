import Foundation
// Re-exported: every test that draws random cases names `SeededGenerator`, the one generator tests and benchmarks
// share, through this module.
@_exported import SeededRandom
import Testing

/// The seed of every random test case in a run.
///
/// Set `WORKBOOK_SEED` to replay a run; otherwise a fresh seed is drawn. Failures print the seed and the command
/// that replays it.
public enum TestSeed {
    public static let value: UInt64 = {
        if let text = ProcessInfo.processInfo.environment["WORKBOOK_SEED"], let seed = UInt64(text) { return seed }
        return UInt64.random(in: 1...UInt64.max)
    }()

    /// The command that replays this run's cases for the running test's suite, named as `swift test --filter` takes
    /// it (`Chapter02Tests.AdditionTests`); the whole run where no test is running.
    public static var replayHint: String {
        let suite = Test.current.flatMap { test in test.id.nameComponents.first.map { "\(test.id.moduleName).\($0)" } }
        return "WORKBOOK_SEED=\(value) swift test" + (suite.map { " --filter \($0)" } ?? "")
    }

    /// A fresh generator for one test, derived from the run's seed and the test's name, so tests do not depend on
    /// the order they run in.
    public static func generator(for name: String = #function) -> SeededGenerator {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a offset basis
        for byte in name.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return SeededGenerator(seed: value ^ hash)
    }
}
