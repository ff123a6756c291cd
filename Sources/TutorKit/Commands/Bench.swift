import Foundation
import WorkbookModel

extension Workbook {
    /// `tutor bench [exercise | chapter]`: builds the timing harness in release mode, times the learner's
    /// implementations beside the reference's (and ckzg's for EIP-4844) on the same inputs, prints the tables and
    /// growth verdicts, and saves the medians; with `compare`, also the change since the last run. Returns whether
    /// every exercise asked for was timed.
    public func bench(_ target: String?, compare: Bool, timeout: Duration) throws(TutorError) -> Bool {
        try exclusively("bench") { () throws(TutorError) in
            try benchHoldingLock(target, compare: compare, timeout: timeout)
        }
    }

    private func benchHoldingLock(_ target: String?, compare: Bool, timeout: Duration) throws(TutorError) -> Bool {
        guard let harness = benchRunner else { throw .runner(.toolNotFound("swift")) }
        // The backend is timed through its last exercise, which assembles the chapters into `YourBackend`.
        let selected = try exercises(for: target == "backend" ? Self.backendExercise : target)
        let store = BenchStore(root: root)
        let previous = try store.load()

        // Exercises still as shipped need no build to be told so.
        if selected.allSatisfy(isUntouchedStub) {
            let what = selected.count == 1 ? "\(selected[0].id) is not" : "none of the exercises asked for is"
            console.line(console.yellow("· \(what) written yet (still the stub): nothing to time."))
            return false
        }
        let buildStart = ContinuousClock.now
        let status = BuildStatusLine(console: console)
        let build: BuildResult
        do { build = try harness.buildHarness(progress: status.update) } catch { throw .runner(error) }
        status.clear()
        if case .failed(let diagnostics, let output) = build {
            showBuildFailure(diagnostics: diagnostics, output: output, focus: selected.count == 1 ? selected[0] : nil)
            console.line("`tutor bench` times your code built with optimisation (-c release), so it must compile.")
            return false
        }
        console.line(console.dim("Release build: \(seconds(ContinuousClock.now - buildStart))."))

        let available = try benchmarks(harness)
        let benchable = selected.filter { available[$0.id] != nil }
        if benchable.isEmpty {
            let names = catalog.exercises.map(\.id).filter { available[$0] != nil }
            console.line(
                console.yellow(
                    "No benchmark for \(target.map { "`\($0)`" } ?? "any exercise"). Exercises with benchmarks: "
                        + names.joined(separator: ", ") + "."))
            return false
        }
        var toRun: [Exercise] = []
        for exercise in benchable {
            if isUntouchedStub(exercise) {
                console.line(console.yellow("· \(exercise.id): not written yet (still the stub), skipped."))
            } else {
                toRun.append(exercise)
            }
        }

        let progress = BenchProgress(
            console: console, total: toRun.reduce(0) { $0 + (available[$1.id] ?? 0) })
        var measurements: [BenchMeasurement] = []
        var allTimed = toRun.count == benchable.count
        for exercise in toRun {
            let outcome = try benchOne(exercise, harness: harness, timeout: timeout, progress: progress)
            measurements += outcome.measurements
            progress.finish(exercise: exercise.id, steps: available[exercise.id] ?? 0)
            if !outcome.messages.isEmpty { progress.clear() }
            for message in outcome.messages { console.line(message) }
            allTimed = allTimed && outcome.timed
        }
        progress.clear()
        guard !measurements.isEmpty else { return false }
        for line in BenchReport(measurements: measurements, previous: compare ? previous : nil).lines() {
            console.line(line)
        }
        console.line()
        console.line(
            console.dim(
                "Median of each implementation's samples on the same inputs, ± half the interquartile range; "
                    + "yours ÷ ref above 1 means slower. Single-threaded work is timed in CPU time; MSM and EIP-4844 "
                    + "in wall-clock time, as the reference's MSM uses every core."))
        try store.save(measurements, over: previous)
        if !compare {
            console.line(console.dim("Saved in .tutor/bench.json: `tutor bench --compare` shows the change next time."))
        }
        return allTimed
    }

    /// The exercises the harness has benchmarks for, with their number of steps.
    private func benchmarks(_ harness: any BenchRunning) throws(TutorError) -> [String: Int] {
        let collected = EventCollector()
        let termination: Termination
        do { termination = try harness.runHarness(["list"], timeout: .seconds(60), onEvent: collected.add) } catch {
            throw .runner(error)
        }
        guard termination == .exited(0) else {
            throw .runner(.cannotStart(HarnessRunner.product, "`list` ended with \(termination)"))
        }
        var steps: [String: Int] = [:]
        for case .benchmark(let exercise, let count, _) in collected.events { steps[exercise] = count }
        return steps
    }

    /// The exercise `tutor bench backend` times: chapter 12's, where the learner's chapters become one backend.
    static let backendExercise = "backend-assemble"

    private struct BenchOutcome {
        var measurements: [BenchMeasurement] = []
        var messages: [String] = []
        var timed = true
    }

    private func benchOne(
        _ exercise: Exercise, harness: any BenchRunning, timeout: Duration, progress: BenchProgress
    ) throws(TutorError) -> BenchOutcome {
        let collected = EventCollector()
        let termination: Termination
        do {
            termination = try harness.runHarness(["run", exercise.id], timeout: timeout) { event in
                collected.add(event)
                if case .measurement(let measurement) = event, measurement.implementation == "reference" {
                    progress.step(exercise: exercise.id, name: measurement.name, size: measurement.size)
                }
            }
        } catch { throw .runner(error) }
        var outcome = BenchOutcome()
        for event in collected.events {
            switch event {
            case .measurement(let measurement): outcome.measurements.append(measurement)
            case .note(let text): outcome.messages.append(console.dim("  \(exercise.id): \(text)"))
            case .skipped(_, let reason, let detail):
                outcome.timed = false
                outcome.messages.append(console.yellow(skipMessage(exercise, reason: reason, detail: detail)))
            case .benchmark, .plan: break
            }
        }
        switch termination {
        case .exited(0): break
        case .timedOut(let limit):
            outcome.timed = false
            outcome.messages.append(
                console.red(
                    "✗ \(exercise.id): the benchmark did not finish within \(seconds(limit)) and was stopped. "
                        + "Look in \(exercise.exercisePath) for a loop that never ends or is far too slow "
                        + "(`--timeout` sets the limit)."))
        case .signalled(let signal):
            outcome.timed = false
            outcome.messages.append(
                console.red(
                    "✗ \(exercise.id): your code crashed the benchmark (signal \(signal)). "
                        + "`tutor check \(exercise.id)` shows where."))
        case .exited(let status):
            outcome.timed = false
            outcome.messages.append(console.red("✗ \(exercise.id): the benchmark failed (exit status \(status))."))
        }
        return outcome
    }

    func skipMessage(_ exercise: Exercise, reason: String, detail: String) -> String {
        switch reason {
        case "unimplemented": "· \(exercise.id): not written yet, skipped: \(relative(detail))."
        case "timed-out":
            "✗ \(exercise.id): \(detail), so it was stopped; look in \(exercise.exercisePath) for a loop that never ends."
        case "wrong-answer":
            "✗ \(exercise.id): \(detail), so it was not timed: `tutor check \(exercise.id)` shows what is wrong."
        default: "✗ \(exercise.id): \(detail)"
        }
    }

    private func seconds(_ duration: Duration) -> String {
        let value = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return String(format: "%.1f s", value)
    }
}

/// Collects the harness's events as they are reported.
final class EventCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [BenchEvent] = []

    var events: [BenchEvent] { lock.withLock { collected } }
    var add: @Sendable (BenchEvent) -> Void { { [self] event in lock.withLock { collected.append(event) } } }
}

/// A progress bar redrawn in place on a terminal; elsewhere (a script, CI) one plain line per step.
final class BenchProgress: @unchecked Sendable {
    private let console: Console
    private let total: Int
    private let lock = NSLock()
    private var done = 0
    private var shown = false

    init(console: Console, total: Int) {
        self.console = console
        self.total = max(total, 1)
    }

    func step(exercise: String, name: String, size: Int?) {
        lock.withLock {
            done += 1
            seen[exercise, default: 0] += 1
            draw("\(exercise): \(name)" + (size.map { " at \($0)" } ?? ""))
        }
    }

    /// Counts the steps of `exercise` that were not reported (it was skipped or stopped) as done.
    func finish(exercise: String, steps: Int) {
        lock.withLock { done += max(0, steps - seen[exercise, default: 0]) }
    }

    private var seen: [String: Int] = [:]

    private func draw(_ label: String) {
        if console.isTerminal {
            let width = 24
            let filled = min(width, done * width / total)
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            console.raw("\r\u{1B}[2K\(bar) \(done)/\(total)  \(label.prefix(50))")
            shown = true
        } else {
            console.line("[\(done)/\(total)] \(label)")
        }
    }

    func clear() {
        lock.withLock {
            if shown { console.raw("\r\u{1B}[2K") }
            shown = false
        }
    }
}
