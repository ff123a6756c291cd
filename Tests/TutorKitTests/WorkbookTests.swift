import Foundation
import Testing
import Book
@testable import TutorKit
import WorkbookFixtures
import WorkbookModel

/// A small workbook on disk: one chapter with exercises `a` (File0.swift) and `b` (File1.swift), plus a file the
/// chapter gives whole (Given.swift).
struct WorkbookFixture {
    let folder: TemporaryFolder
    let transcript = Transcript()
    let runner: FakeRunner

    static func solution(_ index: Int, body: String = "return 0") -> String {
        "import ExerciseSupport\n\npublic func f\(index)() -> Int {\n    // BEGIN SOLUTION\n    \(body)\n    // END SOLUTION\n}\n"
    }

    static func stub(_ index: Int) -> String {
        "import ExerciseSupport\n\npublic func f\(index)() -> Int {\n    unimplemented()\n}\n"
    }

    static let given = "public struct Given {}\n"

    init() throws {
        folder = try TemporaryFolder()
        runner = FakeRunner(root: folder.url)
        try folder.write("// swift-tools-version: 6.1\n", to: "Package.swift")
        try folder.write(chapterYAML(number: 1, topic: "one", exercises: [("a", 2), ("b", 2)]), to: "Chapters/01-one/chapter.yaml")
        try folder.write("# One\n\n## Section 0\n\nText.\n\n## Section 1\n\nText.\n", to: "Chapters/01-one/README.md")
        for index in 0..<2 {
            try folder.write(Self.solution(index), to: "Chapters/01-one/solutions/File\(index).swift")
            try folder.write(Self.stub(index), to: "Sources/Exercises/01-one/File\(index).swift")
        }
        try folder.write(Self.given, to: "Chapters/01-one/solutions/Given.swift")
        try folder.write(Self.given, to: "Sources/Exercises/01-one/Given.swift")
    }

    func workbook() throws -> Workbook {
        try Workbook(root: folder.url, console: transcript.console, runner: runner)
    }

    func exercise(_ index: Int, _ text: String) throws {
        try folder.write(text, to: "Sources/Exercises/01-one/File\(index).swift")
    }

    func exerciseText(_ index: Int) -> String? { folder.read("Sources/Exercises/01-one/File\(index).swift") }

    func savedProgress() throws -> LearnerProgress? {
        guard case .found(let progress) = try ProgressStore(root: folder.url).load(knownIDs: ["a", "b"]) else { return nil }
        return progress
    }
}

/// Stands in for the Swift toolchain: a suite passes when its exercise file holds neither the stub's
/// `unimplemented()` nor the word `WRONG`, the way the real hidden tests would judge those files.
final class FakeRunner: TestRunning, @unchecked Sendable {
    let root: URL
    private let lock = NSLock()
    private var _buildFails = false
    private var _suitesRun: [String] = []
    private var _builds = 0

    init(root: URL) { self.root = root }

    var buildFails: Bool {
        get { lock.withLock { _buildFails } }
        set { lock.withLock { _buildFails = newValue } }
    }
    var suitesRun: [String] { lock.withLock { _suitesRun } }
    var builds: Int { lock.withLock { _builds } }

    func buildTests(progress: (@Sendable (String) -> Void)?) throws(RunnerError) -> BuildResult {
        lock.withLock { _builds += 1 }
        guard buildFails else { return .succeeded }
        let path = root.appendingPathComponent("Sources/Exercises/01-one/File0.swift").path
        let diagnostic = CompilerDiagnostic(path: path, line: 4, column: 5, severity: .error,
                                            message: "cannot find 'x' in scope", excerpt: ["4 |     x"])
        return .failed(diagnostics: [diagnostic], output: "")
    }

    func runSuite(_ filter: String, learnerDirectories: [String]) throws(RunnerError) -> SuiteResult {
        lock.withLock { _suitesRun.append(filter) }
        let index = filter.hasSuffix("Suite0") ? 0 : 1
        let text = (try? String(contentsOf: root.appendingPathComponent("Sources/Exercises/01-one/File\(index).swift"),
                                encoding: .utf8)) ?? ""
        if text.contains("unimplemented()") {
            return .failed(tests: 1, issues: [TestIssue(test: "t()", text: "not written yet: `f\(index)()`")])
        }
        if text.contains("WRONG") {
            return .failed(tests: 1, issues: [TestIssue(test: "t()", text: "f\(index)() returned a wrong result\n  expected: 0x0\n  got:      0x1")])
        }
        return .passed(tests: 1)
    }

    func runTestTarget(_ target: String) throws(RunnerError) -> TestTargetOutcome {
        TestTargetOutcome(passed: true, summary: "✔ Test run with 3 tests in 1 suite passed", failures: [])
    }
}

@Suite struct WorkbookProgressTests {
    @Test func missingProgressIsRebuiltFromTheHiddenTests() throws {
        let fixture = try WorkbookFixture()
        try fixture.exercise(1, WorkbookFixture.solution(1))
        let progress = try fixture.workbook().loadProgress()
        #expect(progress.done == ["b"])
        #expect(progress.current == "a")
        #expect(try fixture.savedProgress() == progress)
        #expect(fixture.transcript.text.contains("No progress file yet"))
    }

    @Test func nextAfterARebuildDoesNotBuildTwice() throws {
        let fixture = try WorkbookFixture()
        _ = try fixture.workbook().next()
        #expect(fixture.runner.builds == 1)
        let workbook = try fixture.workbook()
        _ = try workbook.next()
        _ = try workbook.next()
        #expect(fixture.runner.builds == 3)
    }

    @Test func damagedProgressIsKeptAsideAndRebuilt() throws {
        let fixture = try WorkbookFixture()
        try fixture.folder.write("{\"version\":1,", to: ProgressStore.fileName)
        try fixture.exercise(0, WorkbookFixture.solution(0))
        let progress = try fixture.workbook().loadProgress()
        #expect(progress.done == ["a"])
        #expect(fixture.folder.read("tutor-state.json.damaged-1") == "{\"version\":1,")
        #expect(fixture.transcript.text.contains("tutor-state.json.damaged-1"))
        #expect(try fixture.savedProgress() == progress)
    }

    @Test func progressIsNotRebuiltWhileTheCodeDoesNotCompile() throws {
        let fixture = try WorkbookFixture()
        fixture.runner.buildFails = true
        #expect(throws: TutorError.self) { _ = try fixture.workbook().loadProgress() }
        #expect(fixture.folder.read(ProgressStore.fileName) == nil)
        #expect(fixture.transcript.text.contains("cannot find 'x' in scope"))
    }
}

@Suite struct WorkbookLearnerCommandTests {
    @Test func nextRecordsAPassAndGoesOnToTheNextExercise() throws {
        let fixture = try WorkbookFixture()
        try ProgressStore(root: fixture.folder.url).save(LearnerProgress(current: "a"))
        try fixture.exercise(0, WorkbookFixture.solution(0))
        #expect(try fixture.workbook().next() == false)
        #expect(try fixture.savedProgress() == LearnerProgress(done: ["a"], current: "b"))
        #expect(fixture.runner.suitesRun == ["Chapter01Tests.Suite0", "Chapter01Tests.Suite1"])
        #expect(fixture.transcript.text.contains("passes"))
        #expect(fixture.transcript.text.contains("not written yet: `f1()`"))
        #expect(fixture.transcript.text.contains("Sources/Exercises/01-one/File1.swift"))
    }

    @Test func nextShowsAWrongAnswerAndRecordsNothing() throws {
        let fixture = try WorkbookFixture()
        try ProgressStore(root: fixture.folder.url).save(LearnerProgress(current: "a"))
        try fixture.exercise(0, "// WRONG\n")
        #expect(try fixture.workbook().next() == false)
        #expect(try fixture.savedProgress() == LearnerProgress(current: "a"))
        #expect(fixture.transcript.text.contains("expected: 0x0"))
        #expect(fixture.transcript.text.contains("got:      0x1"))
    }

    @Test func nextShowsTheCompilerErrorsOfTheExerciseFile() throws {
        let fixture = try WorkbookFixture()
        try ProgressStore(root: fixture.folder.url).save(LearnerProgress(current: "a"))
        fixture.runner.buildFails = true
        #expect(try fixture.workbook().next() == false)
        #expect(fixture.transcript.text.contains("Sources/Exercises/01-one/File0.swift does not compile (1 error)"))
        #expect(fixture.transcript.text.contains("Sources/Exercises/01-one/File0.swift:4:5: error: cannot find 'x' in scope"))
        #expect(fixture.runner.suitesRun.isEmpty)
    }

    @Test func nextCelebratesWhenEverythingIsDone() throws {
        let fixture = try WorkbookFixture()
        try ProgressStore(root: fixture.folder.url).save(LearnerProgress(done: ["a", "b"]))
        #expect(try fixture.workbook().next() == true)
        #expect(fixture.transcript.text.contains("Every exercise passes"))
    }

    @Test func hintClimbsTheLadderAndRemembersHowFar() throws {
        let fixture = try WorkbookFixture()
        try ProgressStore(root: fixture.folder.url).save(LearnerProgress(current: "a"))
        let workbook = try fixture.workbook()
        try workbook.hint()
        #expect(fixture.transcript.text.contains("Hint 1 of 2"))
        #expect(try fixture.savedProgress()?.hintsShown == ["a": 1])
        try workbook.hint()
        try workbook.hint()
        #expect(fixture.transcript.text.components(separatedBy: "Hint 2 of 2").count == 3)
        #expect(try fixture.savedProgress()?.hintsShown == ["a": 2])
    }

    @Test func theSolutionOpensOnlyOnceTheExercisePasses() throws {
        let fixture = try WorkbookFixture()
        try ProgressStore(root: fixture.folder.url).save(LearnerProgress(current: "a"))
        #expect(throws: TutorError.self) { try fixture.workbook().solution("a") }
        #expect(!fixture.transcript.text.contains("BEGIN SOLUTION"))
        try ProgressStore(root: fixture.folder.url).save(LearnerProgress(done: ["a"], current: "b"))
        try fixture.workbook().solution("a")
        #expect(fixture.transcript.text.contains(WorkbookFixture.solution(0)))
    }

    @Test func resetKeepsABackupAndRestoresTheDerivedStub() throws {
        let fixture = try WorkbookFixture()
        try ProgressStore(root: fixture.folder.url).save(LearnerProgress(current: "a"))
        try fixture.exercise(0, "my attempt")
        try fixture.workbook().reset("a", confirmed: false) { _ in false }
        #expect(fixture.exerciseText(0) == "my attempt")
        try fixture.workbook().reset("a", confirmed: false) { _ in true }
        #expect(fixture.exerciseText(0) == WorkbookFixture.stub(0))
        let backups = FileManager.default.enumerator(atPath: fixture.folder.url.appendingPathComponent(".tutor/backups/a").path)?
            .compactMap { $0 as? String } ?? []
        #expect(backups.count == 1)
        #expect(backups.first.flatMap { fixture.folder.read(".tutor/backups/a/\($0)") } == "my attempt")
    }

    @Test func checkRunsAChapterAndRecordsWhatPasses() throws {
        let fixture = try WorkbookFixture()
        try ProgressStore(root: fixture.folder.url).save(LearnerProgress(current: "a"))
        try fixture.exercise(1, WorkbookFixture.solution(1))
        #expect(try fixture.workbook().check("1") == false)
        #expect(try fixture.savedProgress() == LearnerProgress(done: ["b"], current: "a"))
        #expect(fixture.transcript.text.contains("1 of 2 exercises pass."))
        #expect(throws: TutorError.self) { _ = try fixture.workbook().check("no-such-thing") }
    }
}

@Suite struct WorkbookVerifyTests {
    @Test func passesWhenStubsFailAndSolutionsPassAndRestoresTheLearnersFiles() throws {
        let fixture = try WorkbookFixture()
        #expect(try fixture.workbook().verify() == true)
        let lines = fixture.transcript.text.split(separator: "\n")
        // 2 sections, 2 stubs, 1 given file, 1 folder, 2 failing stubs, 2 passing solutions, 2 test targets.
        #expect(lines.last == "12 passed, 0 failed")
        #expect(fixture.exerciseText(0) == WorkbookFixture.stub(0))
        #expect(!FileManager.default.fileExists(atPath: fixture.folder.url.appendingPathComponent(ExerciseFileSwap.directory).path))
    }

    @Test func aLearnersFileIsReportedAsNotTheStubAndIsPutBack() throws {
        let fixture = try WorkbookFixture()
        try fixture.exercise(1, "my own work")
        #expect(try fixture.workbook().verify() == false)
        #expect(fixture.transcript.text.split(separator: "\n").last == "11 passed, 1 failed")
        #expect(fixture.exerciseText(1) == "my own work")
    }

    @Test func aSolutionThatFailsItsTestsFailsVerify() throws {
        let fixture = try WorkbookFixture()
        try fixture.folder.write(WorkbookFixture.solution(1, body: "return 1 // WRONG"), to: "Chapters/01-one/solutions/File1.swift")
        #expect(try fixture.workbook().verify() == false)
        let text = fixture.transcript.text
        #expect(text.contains("✗ passes     b"))
        #expect(text.split(separator: "\n").last == "11 passed, 1 failed")
    }

    @Test func aStrayFileAndAMissingSectionAreCaught() throws {
        let fixture = try WorkbookFixture()
        try fixture.folder.write("// stray\n", to: "Sources/Exercises/01-one/Stray.swift")
        try fixture.folder.write("# One\n\n## Section 0\n", to: "Chapters/01-one/README.md")
        #expect(try fixture.workbook().verify() == false)
        let text = fixture.transcript.text
        #expect(text.contains("✗ section    b"))
        #expect(text.contains("not: Sources/Exercises/01-one/Stray.swift"))
        #expect(text.split(separator: "\n").last == "10 passed, 2 failed")
    }
}
