import Foundation
import Synchronization
import Testing
import WorkbookFixtures
import WorkbookModel

@testable import TutorKit

/// Another process holding the tutor's lock the way a tutor command does: flock(1) on `.tutor/lock`, its PID and
/// command written in it, holding it until killed. `sh` execs into `sleep`, which keeps the descriptor and the PID.
final class LockHolder: @unchecked Sendable {
    let process = Process()
    var pid: Int32 { process.processIdentifier }

    init(root: URL, command: String = "verify") throws {
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent(".tutor"), withIntermediateDirectories: true)
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [
            "-c", #"exec 9<>"$0"; flock 9; printf '%s %s\n' $$ "$1" >&9; exec sleep 60"#,
            root.appendingPathComponent(TutorLock.path).path, command,
        ]
        try process.run()
        let deadline = ContinuousClock.now + .seconds(10)
        while TutorLock.holder(root: root)?.pid != pid || !TutorLock.isHeld(root: root) {
            guard ContinuousClock.now < deadline else { throw CocoaError(.executableLoad) }
            usleep(20_000)
        }
    }

    /// `kill -9`, then wait until it is gone.
    func kill() {
        Foundation.kill(pid, SIGKILL)
        process.waitUntilExit()
    }

    deinit { if process.isRunning { kill() } }
}

@Suite(.serialized) struct TutorLockTests {
    @Test func aCommandWaitsForAnotherProcessHoldingTheLockAndFailsSayingWhoAfterABoundedWait() throws {
        let fixture = try WorkbookFixture()
        try ProgressStore(root: fixture.folder.url).save(LearnerProgress(current: "a"))
        let holder = try LockHolder(root: fixture.folder.url)
        let error = #expect(throws: TutorError.self) {
            try fixture.workbook(patience: .upTo(.milliseconds(300))).hint()
        }
        #expect(error.map { "\($0)" }?.contains("`tutor verify` (PID \(holder.pid)), still holds .tutor/lock") == true)
        #expect(
            fixture.transcript.text.contains(
                "`tutor verify` (PID \(holder.pid)) is running in this workbook; waiting for it to finish"))
        // Nothing was done meanwhile.
        #expect(try fixture.savedProgress()?.hintsShown == [:])
        holder.kill()
        try fixture.workbook(patience: .upTo(.milliseconds(300))).hint()
        #expect(try fixture.savedProgress()?.hintsShown == ["a": 1])
    }

    @Test func aCommandThatWaitsRunsOnceTheHolderHasFinished() throws {
        let fixture = try WorkbookFixture()
        try ProgressStore(root: fixture.folder.url).save(LearnerProgress(current: "a"))
        let holder = try LockHolder(root: fixture.folder.url)
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.5) { holder.kill() }
        try fixture.workbook(patience: .upTo(.seconds(20))).hint()
        #expect(try fixture.savedProgress()?.hintsShown == ["a": 1])
        // While it held the lock, the lock file named the command; now it names this one.
        #expect(TutorLock.holder(root: fixture.folder.url)?.command == "hint")
    }

    @Test func twoWorkbooksInOneProcessDoNotRunAtOnceEither() throws {
        let fixture = try WorkbookFixture()
        try ProgressStore(root: fixture.folder.url).save(LearnerProgress(current: "a"))
        let first = try fixture.workbook()
        try first.exclusively("check") { () throws(TutorError) in
            #expect(throws: TutorError.self) { try fixture.workbook(patience: .upTo(.milliseconds(200))).list() }
        }
        try fixture.workbook(patience: .upTo(.milliseconds(200))).list()
    }

    @Test func aVerifyKilledMidSwapIsRestoredByTheNextCommandAndOnlyOnceItIsDead() throws {
        let fixture = try WorkbookFixture()
        try ProgressStore(root: fixture.folder.url).save(LearnerProgress(current: "a"))
        try fixture.exercise(0, "my work on a")
        // The holder stands for `tutor verify`: it holds the lock and owns a swap that put the solutions in.
        let holder = try LockHolder(root: fixture.folder.url)
        let swap = try ExerciseFileSwap(
            root: fixture.folder.url, paths: ["Sources/Exercises/01-one/File0.swift"],
            owner: .of(holder.pid))
        try swap.install(["Sources/Exercises/01-one/File0.swift": Data(WorkbookFixture.solution(0).utf8)])
        // A second command while it runs neither restores nor deletes the backup, and does not run.
        #expect(throws: TutorError.self) { try fixture.workbook(patience: .upTo(.milliseconds(200))).list() }
        #expect(fixture.exerciseText(0) == WorkbookFixture.solution(0))
        #expect(
            FileManager.default.fileExists(
                atPath: fixture.folder.url.appendingPathComponent(ExerciseFileSwap.directory).path))
        holder.kill()
        try fixture.workbook().list()
        #expect(fixture.exerciseText(0) == "my work on a")
        #expect(
            fixture.transcript.text.contains(
                "An interrupted `tutor verify` had swapped your exercise files; they are restored."))
        #expect(
            !FileManager.default.fileExists(
                atPath: fixture.folder.url.appendingPathComponent(ExerciseFileSwap.directory).path))
    }

    @Test func watchSkipsRunsWhileAnotherCommandHoldsTheLockAndRecordsNothing() throws {
        let fixture = try WorkbookFixture()
        try ProgressStore(root: fixture.folder.url).save(LearnerProgress(current: "a"))
        // As `verify` would, the holder has put the official solution in place.
        try fixture.exercise(0, WorkbookFixture.solution(0))
        let holder = try LockHolder(root: fixture.folder.url)
        let workbook = try fixture.workbook()
        workbook.runOnceUnlessBusy()
        #expect(
            fixture.transcript.text.contains(
                "`tutor verify` (PID \(holder.pid)) is running in this workbook; this run is skipped"))
        #expect(fixture.runner.suitesRun.isEmpty)
        #expect(try fixture.savedProgress() == LearnerProgress(current: "a"))
        holder.kill()
        workbook.runOnceUnlessBusy()
        #expect(fixture.runner.suitesRun.first == "Chapter01Tests.File0Tests")
    }
}

@Suite(.serialized) struct ProcessRunnerTests {
    @Test func outputAndExitStatusAreCaptured() throws {
        let folder = try TemporaryFolder()
        let exited = try ProcessRunner.run("/bin/sh", ["-c", "pwd; echo oops >&2; exit 3"], in: folder.url)
        #expect(exited.termination == .exited(3))
        #expect(
            exited.output == folder.url.resolvingSymlinksInPath().path + "\noops\n"
                || exited.output == folder.url.path + "\noops\n")
        let signalled = try ProcessRunner.run("/bin/sh", ["-c", "kill -SEGV $$"], in: folder.url)
        #expect(signalled.termination == .signalled(SIGSEGV))
    }

    /// Starts `sh`, which starts a grandchild `sleep` and writes its PID to `grandchild`, then waits for it.
    static let parentOfASleeper = ["-c", "sleep 60 & echo $! > grandchild; wait"]

    static func grandchild(in folder: TemporaryFolder) throws -> Int32 {
        let deadline = ContinuousClock.now + .seconds(10)
        while true {
            if let text = folder.read("grandchild"),
                let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
            {
                return pid
            }
            guard ContinuousClock.now < deadline else { throw CocoaError(.fileNoSuchFile) }
            usleep(20_000)
        }
    }

    /// Whether `process` is gone within a few seconds: a signal is delivered, and its process torn down,
    /// asynchronously, but a grandchild left running would sleep for a minute.
    static func isGoneSoon(_ process: ProcessIdentity) -> Bool {
        let deadline = ContinuousClock.now + .seconds(5)
        while process.isAlive {
            guard ContinuousClock.now < deadline else { return false }
            usleep(20_000)
        }
        return true
    }

    @Test func aTimeoutEndsTheChildsWholeProcessGroup() throws {
        let folder = try TemporaryFolder()
        let result = try ProcessRunner.run("/bin/sh", Self.parentOfASleeper, in: folder.url, timeout: .seconds(1))
        #expect(result.termination == .timedOut(.seconds(1)))
        let grandchild = ProcessIdentity(pid: try Self.grandchild(in: folder), started: nil)
        #expect(Self.isGoneSoon(grandchild))
    }

    @Test func anInterruptionEndsTheChildsWholeProcessGroup() throws {
        let folder = try TemporaryFolder()
        let url = folder.url
        let outcome = Mutex<Result<ProcessOutput, RunnerError>?>(nil)
        let thread = Thread {
            let result = Result { () throws(RunnerError) in
                try ProcessRunner.run("/bin/sh", Self.parentOfASleeper, in: url, timeout: .seconds(30))
            }
            outcome.withLock { $0 = result }
        }
        thread.start()
        let grandchild = ProcessIdentity.of(try Self.grandchild(in: folder))
        #expect(grandchild.isAlive)
        // Ctrl-C: the runner is waiting for its child, so the signal is caught, not fatal.
        kill(getpid(), SIGINT)
        let deadline = ContinuousClock.now + .seconds(10)
        while outcome.withLock({ $0 }) == nil && ContinuousClock.now < deadline { usleep(20_000) }
        let result = try #require(outcome.withLock { $0 })
        #expect(throws: RunnerError.interrupted) { try result.get() }
        #expect(Self.isGoneSoon(grandchild))
    }
}

@Suite struct SaveDetectorTests {
    @Test func changesWhileAnotherCommandHoldsTheLockAreNotSaves() {
        var saves = SaveDetector(snapshot: ["A.swift": "1"])
        var seen: Bool
        seen = saves.sawSave(in: ["A.swift": "1"], othersBusy: false)
        #expect(!seen)
        // verify swaps the file in and out while it holds the lock.
        seen = saves.sawSave(in: ["A.swift": "solution"], othersBusy: true)
        #expect(!seen)
        seen = saves.sawSave(in: ["A.swift": "restored"], othersBusy: true)
        #expect(!seen)
        // It lets go: the files as they are now are the new starting point, not a save.
        seen = saves.sawSave(in: ["A.swift": "restored"], othersBusy: false)
        #expect(!seen)
        seen = saves.sawSave(in: ["A.swift": "restored"], othersBusy: false)
        #expect(!seen)
        // The learner saves.
        seen = saves.sawSave(in: ["A.swift": "edited"], othersBusy: false)
        #expect(seen)
        saves.settle(on: ["A.swift": "edited"])
        seen = saves.sawSave(in: ["A.swift": "edited"], othersBusy: false)
        #expect(!seen)
    }
}
