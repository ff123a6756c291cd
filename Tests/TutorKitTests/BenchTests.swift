import Foundation
import Testing
import WorkbookFixtures
import WorkbookModel

@testable import TutorKit

@Suite struct GrowthFitTests {
    let sizes = (8...12).map { 1 << $0 }

    @Test func theFittedExponentOfAPowerLawIsItsPower() {
        for power in [0.5, 1.0, 2.0, 3.0] {
            let times = sizes.map { 7 * pow(Double($0), power) }
            #expect(abs(fittedExponent(sizes: sizes.map(Double.init), times: times) - power) < 1e-9)
        }
    }

    @Test func eachClassIsRecognisedFromItsOwnCurveWithNoise() throws {
        // ±10 % alternating noise, the kind a shared machine adds, must not move a time to the neighbouring class.
        for growth in GrowthClass.allCases {
            let times = sizes.enumerated().map { index, n in
                growth.cost(Double(n)) * 3e-7 * (index.isMultiple(of: 2) ? 1.1 : 0.9)
            }
            let verdict = try #require(GrowthVerdict(sizes: sizes, medians: times, expected: .nLogN))
            #expect(verdict.observed == growth, "\(growth) fitted as \(verdict.observed), exponent \(verdict.exponent)")
        }
    }

    @Test func nLogNOverTheFFTSizesLooksLikeAnExponentNearOnePointFifteen() {
        #expect(abs(GrowthClass.nLogN.apparentExponent(over: sizes) - 1.146) < 0.01)
    }

    @Test func theVerdictSaysWhatWasSeenAndWhatWasExpected() throws {
        let quadratic = try #require(
            GrowthVerdict(sizes: sizes, medians: sizes.map { Double($0 * $0) }, expected: .nLogN))
        #expect(quadratic.sentence(for: "FFT") == "your FFT grows like n², expected n log n")
        #expect(!quadratic.asExpected)
        let fine = try #require(
            GrowthVerdict(sizes: sizes, medians: sizes.map { Double($0) * log2(Double($0)) }, expected: .nLogN))
        #expect(fine.sentence(for: "FFT") == "your FFT grows like n log n, as expected")
        // A fixed cost flattens a correct FFT's curve towards n: not a fault.
        let flattened = try #require(
            GrowthVerdict(sizes: sizes, medians: sizes.map { Double($0) + 500 }, expected: .nLogN))
        #expect(flattened.asExpected)
        #expect(flattened.sentence(for: "FFT") == "your FFT grows no faster than n log n, as expected")
        // A naive MSM where Pippenger's was asked for grows like n, faster than n / log n: a fault.
        let msmSizes = (6...12).map { 1 << $0 }
        let naive = try #require(
            GrowthVerdict(sizes: msmSizes, medians: msmSizes.map { Double($0) }, expected: .nOverLogN))
        #expect(naive.sentence(for: "MSM") == "your MSM grows like n, expected n / log n")
    }

    @Test func tooFewSizesGiveNoVerdict() {
        #expect(GrowthVerdict(sizes: [256, 512], medians: [1, 2], expected: .linear) == nil)
        #expect(GrowthVerdict(sizes: [256, 512, 1024], medians: [1, 0, 2], expected: .linear) == nil)
    }
}

@Suite struct BenchStatisticsTests {
    @Test func theMedianIsTheMiddleSampleNotTheMean() throws {
        let summary = try #require(SampleSummary([31, 10, 1000, 30, 29]))
        #expect(summary.median == 30)
        let even = try #require(SampleSummary([4, 1, 3, 2]))
        #expect(even.median == 2.5)
    }

    @Test func theSpreadIsHalfTheInterquartileRangeOverTheMedian() throws {
        // Quartiles of 10, 20, 30, 40, 50 are 20 and 40: half the range, 10, is a third of the median.
        let summary = try #require(SampleSummary([50, 10, 40, 20, 30]))
        #expect(abs(summary.spread - 1.0 / 3) < 1e-12)
    }

    @Test func theReportsRatioIsYourMedianOverTheReferences() {
        // Means (222, 28.4) or minima (10, 9) would give other ratios than the medians' 30 / 11 = 2.73.
        let report = BenchReport(measurements: [
            BenchMeasurement(exercise: "a", name: "f", implementation: "yours", nanoseconds: [10, 30, 31, 1000, 29]),
            BenchMeasurement(exercise: "a", name: "f", implementation: "reference", nanoseconds: [10, 9, 100, 11, 12]),
        ])
        let row = report.lines().first { $0.hasPrefix("one call") } ?? ""
        #expect(row.contains("30.0 ns"))
        #expect(row.contains("11.0 ns"))
        #expect(row.contains("2.73×"))
    }
}

@Suite struct BenchEventTests {
    @Test func harnessLinesAreParsedAndEverythingElseIsPassedOver() {
        let output = """
            [3/3] Linking learner-bench
            hello from the learner's print
            {"not":"ours"}
            {"bench":1,"event":"plan","exercise":"fft-iterative","steps":5}
            {"bench":1,"case":"FFT","event":"measurement","exercise":"fft-iterative","growth":"n log n","implementation":"yours","nanoseconds":[1.5,2],"size":256,"unit":"points"}
            {"bench":1,"event":"skipped","exercise":"msm-naive","reason":"unimplemented","detail":"`naiveMSM` is not written yet"}
            {"bench":1,"event":"note","detail":"ckzg: unavailable"}
            {"bench":1,"event":"benchmark","exercise":"eip4844-prove","peer":"ckzg","steps":2}
            """
        #expect(
            BenchEvent.parse(output) == [
                .plan(exercise: "fft-iterative", steps: 5),
                .measurement(
                    BenchMeasurement(
                        exercise: "fft-iterative", name: "FFT", implementation: "yours", size: 256, unit: "points",
                        growth: "n log n", nanoseconds: [1.5, 2])),
                .skipped(exercise: "msm-naive", reason: "unimplemented", detail: "`naiveMSM` is not written yet"),
                .note("ckzg: unavailable"),
                .benchmark(exercise: "eip4844-prove", steps: 2, peer: "ckzg"),
            ])
    }

    @Test func lineBufferJoinsChunksCutMidLine() {
        let buffer = LineBuffer()
        #expect(buffer.append("{\"a\"") == [])
        #expect(buffer.append(":1}\n{\"b\"") == ["{\"a\":1}"])
        #expect(buffer.finish() == ["{\"b\""])
    }
}

@Suite struct BenchCompareTests {
    @Test func compareShowsTheChangeOfYoursAndTheReferencesNoise() throws {
        let folder = try TemporaryFolder()
        let store = BenchStore(root: folder.url)
        let first = [
            BenchMeasurement(
                exercise: "a", name: "f", implementation: "yours", size: 8, unit: "points", nanoseconds: [200]),
            BenchMeasurement(
                exercise: "a", name: "f", implementation: "reference", size: 8, unit: "points", nanoseconds: [100]),
        ]
        try store.save(first, over: [:])
        let second = [
            BenchMeasurement(
                exercise: "a", name: "f", implementation: "yours", size: 8, unit: "points", nanoseconds: [100]),
            BenchMeasurement(
                exercise: "a", name: "f", implementation: "reference", size: 8, unit: "points", nanoseconds: [104]),
            BenchMeasurement(
                exercise: "a", name: "f", implementation: "yours", size: 16, unit: "points", nanoseconds: [300]),
        ]
        let lines = BenchReport(measurements: second, previous: try store.load()).lines()
        #expect(lines.contains { $0.hasPrefix("8 points") && $0.hasSuffix("−50%") })
        #expect(lines.contains { $0.hasPrefix("16 points") && $0.hasSuffix("new") })
        #expect(lines.contains { $0.contains("moved by up to 4.0%") })

        try store.save(second, over: try store.load())
        #expect(try store.load()["a|f|8|yours"] == 100)
        #expect(try store.load()["a|f|16|yours"] == 300)
    }

    @Test func aDamagedResultsFileIsReportedNotUsed() throws {
        let folder = try TemporaryFolder()
        try folder.write("{ not json", to: ".tutor/bench.json")
        #expect(throws: TutorError.self) { try BenchStore(root: folder.url).load() }
    }
}

/// Stands in for the harness: exercise `a` has a growth series of 3 sizes whose times grow like n², exercise `b`
/// one plain case. `behaviour` decides how `b` (or the build) goes.
final class FakeBenchRunner: BenchRunning, @unchecked Sendable {
    enum Behaviour { case fine, buildFails, unimplemented, timesOut, crashes, wrongAnswer }
    let behaviour: Behaviour
    let buildError: CompilerDiagnostic?
    private let lock = NSLock()
    private var _runs: [[String]] = []
    var runs: [[String]] { lock.withLock { _runs } }

    init(_ behaviour: Behaviour, buildError: CompilerDiagnostic? = nil) {
        self.behaviour = behaviour
        self.buildError = buildError
    }

    func buildHarness(progress: (@Sendable (String) -> Void)?) throws(RunnerError) -> BuildResult {
        guard behaviour == .buildFails, let buildError else { return .succeeded }
        return .failed(diagnostics: [buildError], output: "")
    }

    func runHarness(_ arguments: [String], timeout: Duration, onEvent: @escaping @Sendable (BenchEvent) -> Void)
        throws(RunnerError) -> Termination
    {
        lock.withLock { _runs.append(arguments) }
        if arguments == ["list"] {
            onEvent(.benchmark(exercise: "a", steps: 3, peer: nil))
            onEvent(.benchmark(exercise: "b", steps: 1, peer: nil))
            return .exited(0)
        }
        if arguments == ["run", "a"] {
            for n in [64, 128, 256] {
                for (implementation, time) in [("yours", Double(n * n)), ("reference", Double(n) * 3)] {
                    onEvent(
                        .measurement(
                            BenchMeasurement(
                                exercise: "a", name: "FFT", implementation: implementation, size: n, unit: "points",
                                growth: "n log n", nanoseconds: [time, time * 1.01, time * 0.99])))
                }
            }
            return .exited(0)
        }
        switch behaviour {
        case .fine, .buildFails:
            onEvent(.measurement(BenchMeasurement(exercise: "b", name: "g", implementation: "yours", nanoseconds: [5])))
            onEvent(
                .measurement(BenchMeasurement(exercise: "b", name: "g", implementation: "reference", nanoseconds: [2])))
            return .exited(0)
        case .unimplemented:
            onEvent(.skipped(exercise: "b", reason: "unimplemented", detail: "`f1()` is not written yet"))
            return .exited(0)
        case .wrongAnswer:
            onEvent(.skipped(exercise: "b", reason: "wrong-answer", detail: "its result differs from the reference's"))
            return .exited(0)
        case .timesOut: return .timedOut(timeout)
        case .crashes: return .signalled(4)
        }
    }
}

@Suite struct BenchCommandTests {
    func workbook(_ fixture: WorkbookFixture, _ harness: FakeBenchRunner) throws -> Workbook {
        let workbook = try fixture.workbook()
        workbook.benchRunner = harness
        return workbook
    }

    func written(_ fixture: WorkbookFixture) throws {
        try fixture.exercise(0, WorkbookFixture.solution(0))
        try fixture.exercise(1, WorkbookFixture.solution(1))
    }

    @Test func printsTheTableTheGrowthVerdictAndSavesTheMedians() throws {
        let fixture = try WorkbookFixture()
        try written(fixture)
        let harness = FakeBenchRunner(.fine)
        #expect(try workbook(fixture, harness).bench(nil, compare: false, timeout: .seconds(5)))
        let text = fixture.transcript.text
        #expect(text.contains("a · FFT"))
        #expect(text.contains("✗ your FFT grows like n², expected n log n"))
        #expect(text.contains("2.50×"))  // b: 5 ns against 2 ns
        #expect(text.contains("[4/4]"))  // plain progress lines outside a terminal
        #expect(try BenchStore(root: fixture.folder.url).load()["b|g||yours"] == 5)
    }

    @Test func anUnknownExerciseIsAnError() throws {
        let fixture = try WorkbookFixture()
        #expect(throws: TutorError.self) {
            try workbook(fixture, FakeBenchRunner(.fine)).bench("fft-nope", compare: false, timeout: .seconds(5))
        }
    }

    @Test func aStubIsNotWrittenYetAndNothingIsBuilt() throws {
        let fixture = try WorkbookFixture()
        let harness = FakeBenchRunner(.fine)
        #expect(try !workbook(fixture, harness).bench("a", compare: false, timeout: .seconds(5)))
        #expect(fixture.transcript.text.contains("a is not written yet"))
        #expect(harness.runs.isEmpty)
    }

    @Test func aStubInAChapterIsSkippedAndTheOthersRun() throws {
        let fixture = try WorkbookFixture()
        try fixture.exercise(0, WorkbookFixture.solution(0))
        let harness = FakeBenchRunner(.fine)
        #expect(try !workbook(fixture, harness).bench("1", compare: false, timeout: .seconds(5)))
        #expect(fixture.transcript.text.contains("· b: not written yet (still the stub), skipped."))
        #expect(harness.runs == [["list"], ["run", "a"]])
    }

    @Test func codeThatDoesNotCompileShowsTheCompilersErrors() throws {
        let fixture = try WorkbookFixture()
        try written(fixture)
        let path = fixture.folder.url.appendingPathComponent("Sources/Exercises/01-one/File1.swift").path
        let error = CompilerDiagnostic(
            path: path, line: 4, column: 5, severity: .error, message: "cannot find 'x' in scope",
            excerpt: ["4 |     x"])
        #expect(
            try !workbook(fixture, FakeBenchRunner(.buildFails, buildError: error))
                .bench("b", compare: false, timeout: .seconds(5)))
        #expect(fixture.transcript.text.contains("File1.swift does not compile"))
        #expect(fixture.transcript.text.contains("cannot find 'x' in scope"))
    }

    @Test func eachWayTheLearnersCodeCanFailIsSaid() throws {
        let cases: [(FakeBenchRunner.Behaviour, String)] = [
            (.unimplemented, "· b: not written yet, skipped: `f1()` is not written yet."),
            (.wrongAnswer, "so it was not timed: `tutor check b` shows what is wrong"),
            (.timesOut, "✗ b: the benchmark did not finish within 5.0 s and was stopped."),
            (.crashes, "✗ b: your code crashed the benchmark (signal 4)."),
        ]
        for (behaviour, message) in cases {
            let fixture = try WorkbookFixture()
            try written(fixture)
            #expect(try !workbook(fixture, FakeBenchRunner(behaviour)).bench(nil, compare: false, timeout: .seconds(5)))
            #expect(fixture.transcript.text.contains(message), "\(behaviour): \(fixture.transcript.text)")
            // The exercise that did run is still reported.
            #expect(fixture.transcript.text.contains("a · FFT"))
        }
    }
}

@Suite struct BenchNoiseTests {
    @Test func aVerdictFromWidelySpreadSamplesSaysSo() {
        func series(spread: Double) -> [BenchMeasurement] {
            [256, 512, 1024].map { n in
                let time = Double(n * n)
                return BenchMeasurement(
                    exercise: "a", name: "FFT", implementation: "yours", size: n, unit: "points", growth: "n log n",
                    nanoseconds: [time * (1 - spread), time, time * (1 + spread)])
            }
        }
        let quiet = BenchReport(measurements: series(spread: 0.1)).lines().joined(separator: "\n")
        let noisy = BenchReport(measurements: series(spread: 0.8)).lines().joined(separator: "\n")
        #expect(quiet.contains("your FFT grows like n², expected n log n."))
        #expect(!quiet.contains("spread widely"))
        #expect(noisy.contains("The samples spread widely (up to ±40%)"))
    }
}
