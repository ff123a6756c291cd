import Book
import Foundation
import Testing
import WorkbookFixtures
import WorkbookModel

@testable import TutorKit

/// A small workbook on disk: one chapter with exercises `a` (File0.swift) and `b` (File1.swift), plus a file the
/// chapter gives whole (Given.swift), each exercise's test file and one mutant per exercise.
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

    static func mutant(_ index: Int, body: String = "return 1 // WRONG") -> String {
        "// Returns 1 instead of 0.\n" + solution(index, body: body)
    }

    static let given = "public struct Given {}\n"

    static let text = """
        # One

        ## Before you code

        1. Why is $0$ special?
        2. What does `f0` return,
           and why?

        ## Section 0

        Text.

        ## Section 1

        Text.

        ## Recall

        **Q1.** What does `f0` return?

        **A1.** Zero.

        **Q2.** And `f1`?

        **A2.** Zero too.

        """

    init() throws {
        folder = try TemporaryFolder()
        runner = FakeRunner(root: folder.url)
        try folder.write("// swift-tools-version: 6.1\n", to: "Package.swift")
        try folder.write(
            chapterYAML(number: 1, topic: "one", exercises: [("a", 2), ("b", 2)]), to: "Chapters/01-one/chapter.yaml")
        try folder.write(Self.text, to: "Chapters/01-one/README.md")
        for index in 0..<2 {
            try folder.write(Self.solution(index), to: "Chapters/01-one/solutions/File\(index).swift")
            try folder.write(Self.stub(index), to: "Sources/Exercises/01-one/File\(index).swift")
            try folder.write(
                "import Testing\n\n@Suite struct File\(index)Tests {}\n", to: "Tests/01-one/File\(index)Tests.swift")
            try folder.write(Self.mutant(index), to: "Chapters/01-one/mutants/\(["a", "b"][index])/returns-one.swift")
        }
        try folder.write(Self.given, to: "Chapters/01-one/solutions/Given.swift")
        try folder.write(Self.given, to: "Sources/Exercises/01-one/Given.swift")
    }

    func workbook(patience: TutorLock.Patience = .upTo(.seconds(5))) throws -> Workbook {
        try Workbook(root: folder.url, console: transcript.console, runner: runner, patience: patience)
    }

    func exercise(_ index: Int, _ text: String) throws {
        try folder.write(text, to: "Sources/Exercises/01-one/File\(index).swift")
    }

    func exerciseText(_ index: Int) -> String? { folder.read("Sources/Exercises/01-one/File\(index).swift") }

    func savedProgress() throws -> LearnerProgress? {
        guard case .found(let progress) = try ProgressStore(root: folder.url).load(knownIDs: ["a", "b"]) else {
            return nil
        }
        return progress
    }
}

/// Stands in for the Swift toolchain: a suite passes when its exercise file holds neither the stub's
/// `unimplemented()` nor the word `WRONG`, the way the real hidden tests would judge those files. A file holding
/// `NOCOMPILE` fails the build with an error in that file; `BADREPLAY` makes the failure's replay line name another
/// suite; `TWOTESTS` makes two of three tests fail, one of them twice.
final class FakeRunner: TestRunning, @unchecked Sendable {
    let root: URL
    private let lock = NSLock()
    private var _buildFails = false
    private var _suitesRun: [String] = []
    private var _builds = 0
    private var _package: String

    init(root: URL) {
        self.root = root
        _package =
            #"{"targets":[{"name":"Chapter01Exercises","type":"regular","path":"Sources/Exercises/01-one","dependencies":[]},"#
            + #"{"name":"Chapter01Tests","type":"test","path":"Tests/01-one","dependencies":[{"target":["Chapter01Exercises",null]}]}]}"#
    }

    var buildFails: Bool {
        get { lock.withLock { _buildFails } }
        set { lock.withLock { _buildFails = newValue } }
    }
    /// What `swift package dump-package` would print.
    var package: String {
        get { lock.withLock { _package } }
        set { lock.withLock { _package = newValue } }
    }
    var suitesRun: [String] { lock.withLock { _suitesRun } }
    var builds: Int { lock.withLock { _builds } }

    private func text(ofExercise index: Int) -> String {
        (try? String(contentsOf: exerciseURL(index), encoding: .utf8)) ?? ""
    }

    private func exerciseURL(_ index: Int) -> URL {
        root.appendingPathComponent("Sources/Exercises/01-one/File\(index).swift")
    }

    func buildTests(progress: (@Sendable (String) -> Void)?) throws(RunnerError) -> BuildResult {
        lock.withLock { _builds += 1 }
        let broken = (0..<2).filter { text(ofExercise: $0).contains("NOCOMPILE") }
        if buildFails || !broken.isEmpty {
            let diagnostics = (buildFails ? [0] : broken).map { index in
                CompilerDiagnostic(
                    path: exerciseURL(index).path, line: 4, column: 5, severity: .error,
                    message: "cannot find 'x' in scope", excerpt: ["4 |     x"])
            }
            return .failed(diagnostics: diagnostics, output: "")
        }
        return .succeeded
    }

    func runSuite(_ filter: String, learnerDirectories: [String]) throws(RunnerError) -> SuiteResult {
        lock.withLock { _suitesRun.append(filter) }
        let index = filter.hasSuffix("File0Tests") ? 0 : 1
        let text = text(ofExercise: index)
        if text.contains("unimplemented()") {
            return .failed(tests: 1, issues: [TestIssue(test: "t()", text: "not written yet: `f\(index)()`")])
        }
        if text.contains("TWOTESTS") {
            return .failed(
                tests: 3,
                issues: [
                    TestIssue(test: "first()", text: "first problem"),
                    TestIssue(test: "first()", text: "first problem again"),
                    TestIssue(test: "second()", text: "second problem"),
                ])
        }
        if text.contains("WRONG") {
            let suite = text.contains("BADREPLAY") ? "Chapter01Tests" : filter
            return .failed(
                tests: 1,
                issues: [
                    TestIssue(
                        test: "t()",
                        text:
                            "f\(index)() returned a wrong result\n  expected: 0x0\n  got:      0x1\n  replay:   WORKBOOK_SEED=7 swift test --filter \(suite)"
                    )
                ])
        }
        return .passed(tests: 1)
    }

    func runTestTarget(_ target: String) throws(RunnerError) -> TestTargetOutcome {
        TestTargetOutcome(passed: true, summary: "✔ Test run with 3 tests in 1 suite passed", failures: [])
    }

    func packageDescription() throws(RunnerError) -> Data { Data(package.utf8) }
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
        #expect(fixture.runner.suitesRun == ["Chapter01Tests.File0Tests", "Chapter01Tests.File1Tests"])
        #expect(fixture.transcript.text.contains("passes"))
        #expect(fixture.transcript.text.contains("not written yet: `f1()`"))
        #expect(fixture.transcript.text.contains("Sources/Exercises/01-one/File1.swift"))
        // The header says how to run the same tests by hand, and how to read just the section.
        #expect(fixture.transcript.text.contains("`swift test --filter Chapter01Tests.File1Tests`"))
        #expect(fixture.transcript.text.contains(#"`swift run tutor read 1 --section "Section 1"`"#))
    }

    @Test func theFailureHeaderCountsTheTestsItLists() throws {
        let fixture = try WorkbookFixture()
        try ProgressStore(root: fixture.folder.url).save(LearnerProgress(current: "a"))
        try fixture.exercise(0, "// TWOTESTS\n")
        #expect(try fixture.workbook().next() == false)
        let text = fixture.transcript.text
        // Two tests failed (one of them twice); `next` shows two issues at most, one per failing test.
        #expect(text.contains("✗ 2 of 3 tests found a problem:"))
        #expect(text.contains("[first()]") && text.contains("[second()]"))
        #expect(!text.contains("first problem again"))
        _ = try fixture.workbook().check("a")
        #expect(fixture.transcript.text.contains("2 of 3 tests found a problem:"))
        _ = try fixture.workbook().check(nil)
        #expect(fixture.transcript.text.contains("2 of 3 tests found a problem, showing 1:"))
        #expect(fixture.transcript.text.contains("(1 more failing test: `tutor check a` lists them all)"))
    }

    @Test func nextShowsAWrongAnswerAndRecordsOnlyTheFailedRun() throws {
        let fixture = try WorkbookFixture()
        try ProgressStore(root: fixture.folder.url).save(LearnerProgress(current: "a"))
        try fixture.exercise(0, "// WRONG\n")
        #expect(try fixture.workbook().next() == false)
        #expect(try fixture.savedProgress() == LearnerProgress(current: "a", failedRuns: ["a": 1]))
        #expect(fixture.transcript.text.contains("expected: 0x0"))
        #expect(fixture.transcript.text.contains("got:      0x1"))
    }

    @Test func nextShowsTheCompilerErrorsOfTheExerciseFile() throws {
        let fixture = try WorkbookFixture()
        try ProgressStore(root: fixture.folder.url).save(LearnerProgress(current: "a"))
        fixture.runner.buildFails = true
        #expect(try fixture.workbook().next() == false)
        #expect(fixture.transcript.text.contains("Sources/Exercises/01-one/File0.swift does not compile (1 error)"))
        #expect(
            fixture.transcript.text.contains(
                "Sources/Exercises/01-one/File0.swift:4:5: error: cannot find 'x' in scope"))
        #expect(fixture.runner.suitesRun.isEmpty)
    }

    @Test func nextCelebratesWhenEverythingIsDone() throws {
        let fixture = try WorkbookFixture()
        try ProgressStore(root: fixture.folder.url).save(LearnerProgress(done: ["a", "b"]))
        #expect(try fixture.workbook().next() == true)
        #expect(fixture.transcript.text.contains("Every exercise passes"))
        // And says what comes next rather than stopping there.
        #expect(fixture.transcript.text.contains("What comes next:"))
        #expect(fixture.transcript.text.contains("Still to come"))
        #expect(fixture.transcript.text.contains("      2. the scalar field Fr\n"))
        #expect(fixture.transcript.text.contains("      18. notarised datasets\n"))
        // The fixture's own chapter 1 is not "still to come".
        #expect(!fixture.transcript.text.contains("      1. big integers"))
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
        let backups =
            FileManager.default.enumerator(atPath: fixture.folder.url.appendingPathComponent(".tutor/backups/a").path)?
            .compactMap { $0 as? String } ?? []
        #expect(backups.count == 1)
        #expect(backups.first.flatMap { fixture.folder.read(".tutor/backups/a/\($0)") } == "my attempt")
    }

    @Test func resetUnmarksTheExerciseItResets() throws {
        let fixture = try WorkbookFixture()
        try ProgressStore(root: fixture.folder.url).save(LearnerProgress(done: ["a", "b"]))
        try fixture.exercise(0, WorkbookFixture.solution(0))
        try fixture.workbook().reset("a", confirmed: true) { _ in true }
        #expect(try fixture.savedProgress() == LearnerProgress(done: ["b"], current: "a"))
        #expect(fixture.transcript.text.contains("`a` is no longer marked done"))
        try fixture.workbook().list()
        #expect(fixture.transcript.text.contains("▸ a"))
    }

    @Test func resetKeepsEveryByteOfANonUTF8File() throws {
        let fixture = try WorkbookFixture()
        try ProgressStore(root: fixture.folder.url).save(LearnerProgress(current: "a"))
        // Latin-1 "é" and a stray 0xff: not UTF-8, so not readable as a String.
        let bytes = Data("// caf".utf8) + Data([0xE9, 0x0A, 0xFF, 0xFE, 0x0A])
        let file = fixture.folder.url.appendingPathComponent("Sources/Exercises/01-one/File0.swift")
        try bytes.write(to: file)
        try fixture.workbook().reset("a", confirmed: true) { _ in true }
        #expect(fixture.exerciseText(0) == WorkbookFixture.stub(0))
        let folder = fixture.folder.url.appendingPathComponent(".tutor/backups/a")
        let backups = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(backups.count == 1)
        #expect(try backups.first.map { try Data(contentsOf: folder.appendingPathComponent($0)) } == bytes)
    }

    @Test func resetRefusesToOverwriteAFileItCannotBackUp() throws {
        let fixture = try WorkbookFixture()
        try ProgressStore(root: fixture.folder.url).save(LearnerProgress(current: "a"))
        try fixture.exercise(0, "my attempt")
        // A backups folder that is a file: the backup cannot be written.
        try fixture.folder.write("in the way", to: ".tutor/backups/a")
        #expect(throws: TutorError.self) { try fixture.workbook().reset("a", confirmed: true) { _ in true } }
        #expect(fixture.exerciseText(0) == "my attempt")
        #expect(!fixture.transcript.text.contains("is the stub again"))
    }

    @Test func checkRunsAChapterAndRecordsWhatPasses() throws {
        let fixture = try WorkbookFixture()
        try ProgressStore(root: fixture.folder.url).save(LearnerProgress(current: "a"))
        try fixture.exercise(1, WorkbookFixture.solution(1))
        #expect(try fixture.workbook().check("1") == false)
        #expect(try fixture.savedProgress() == LearnerProgress(done: ["b"], current: "a"))
        #expect(fixture.transcript.text.contains("1 of 2 exercises pass."))
        let error = #expect(throws: TutorError.self) { _ = try fixture.workbook().check("no-such-thing") }
        // The message lists the names that would have worked.
        #expect(error.map { "\($0)" }?.contains("Chapters: 01-one") == true)
        #expect(error.map { "\($0)" }?.contains("Exercises: a, b") == true)
    }
}

@Suite struct WorkbookVerifyTests {
    // Checks of the fixture: 1 package, 2 sections, 2 suites, 1 recall section, 2 stubs, 1 given file, 1 folder,
    // 2 mutant counts, 2 failing stubs, 2 passing solutions, 4 test targets, 2 caught mutants.
    static let checks = 22

    @Test func passesWhenStubsFailAndSolutionsPassAndMutantsAreCaughtAndRestoresTheLearnersFiles() throws {
        let fixture = try WorkbookFixture()
        #expect(try fixture.workbook().verify() == true)
        let lines = fixture.transcript.text.split(separator: "\n")
        #expect(lines.last == "\(Self.checks) passed, 0 failed")
        #expect(
            fixture.transcript.text.contains(
                "✓ caught     a/returns-one (Returns 1 instead of 0.): Chapter01Tests.File0Tests fails"))
        #expect(fixture.exerciseText(0) == WorkbookFixture.stub(0))
        #expect(
            !FileManager.default.fileExists(
                atPath: fixture.folder.url.appendingPathComponent(ExerciseFileSwap.directory).path))
        // Stubs, solutions, and one round holding both mutants (a and b do not use each other).
        #expect(fixture.runner.builds == 3)
    }

    @Test func aLearnersFileIsReportedAsNotTheStubAndIsPutBack() throws {
        let fixture = try WorkbookFixture()
        try fixture.exercise(1, "my own work")
        #expect(try fixture.workbook().verify() == false)
        #expect(fixture.transcript.text.split(separator: "\n").last == "\(Self.checks - 1) passed, 1 failed")
        #expect(fixture.exerciseText(1) == "my own work")
    }

    @Test func aNonUTF8ExerciseFileSurvivesVerifyByteForByte() throws {
        let fixture = try WorkbookFixture()
        let bytes = Data("// caf".utf8) + Data([0xE9, 0x0A, 0xFF, 0xFE, 0x0A])
        let file = fixture.folder.url.appendingPathComponent("Sources/Exercises/01-one/File1.swift")
        try bytes.write(to: file)
        #expect(try fixture.workbook().verify() == false)
        #expect(try Data(contentsOf: file) == bytes)
    }

    @Test func aSolutionThatFailsItsTestsFailsVerify() throws {
        let fixture = try WorkbookFixture()
        try fixture.folder.write(
            WorkbookFixture.solution(1, body: "return 1 // WRONG"), to: "Chapters/01-one/solutions/File1.swift")
        #expect(try fixture.workbook().verify() == false)
        let text = fixture.transcript.text
        #expect(text.contains("✗ passes     b"))
        // The mutant of b is then not told apart from the solution: b's suite fails with it, as with the solution.
        #expect(text.split(separator: "\n").last == "\(Self.checks - 1) passed, 1 failed")
    }

    @Test func aStrayFileAMissingSectionAndAMissingSuiteAreCaught() throws {
        let fixture = try WorkbookFixture()
        try fixture.folder.write("// stray\n", to: "Sources/Exercises/01-one/Stray.swift")
        try fixture.folder.write("# One\n\n## Section 0\n", to: "Chapters/01-one/README.md")
        // The test file exists under the old name only: its suite does not follow the rule.
        try FileManager.default.removeItem(
            at: fixture.folder.url.appendingPathComponent("Tests/01-one/File1Tests.swift"))
        try fixture.folder.write("@Suite struct FrFile1Tests {}\n", to: "Tests/01-one/FrFile1Tests.swift")
        #expect(try fixture.workbook().verify() == false)
        let text = fixture.transcript.text
        #expect(text.contains("✗ section    b"))
        #expect(text.contains("✗ suite      b: Tests/01-one/File1Tests.swift declares the suite File1Tests"))
        #expect(text.contains("not: Sources/Exercises/01-one/Stray.swift"))
        #expect(text.contains("✗ recall     01-one: Chapters/01-one/README.md has no `## Recall` questions"))
        #expect(text.split(separator: "\n").last == "\(Self.checks - 4) passed, 4 failed")
    }

    @Test func aPackageThatDisagreesWithTheChaptersFailsVerifyNamingTheDifference() throws {
        let fixture = try WorkbookFixture()
        fixture.runner.package =
            #"{"targets":[{"name":"Chapter01Exercises","type":"regular","path":"Sources/Exercises/01-one","dependencies":[]}]}"#
        #expect(try fixture.workbook().verify() == false)
        #expect(
            fixture.transcript.text.contains(
                "✗ package    Package.swift's chapter targets match Chapters/*/chapter.yaml"))
        #expect(fixture.transcript.text.contains("01-one has no target Chapter01Tests in Package.swift"))
    }

    @Test func anExerciseWithoutAMutantFailsVerify() throws {
        let fixture = try WorkbookFixture()
        try FileManager.default.removeItem(at: fixture.folder.url.appendingPathComponent("Chapters/01-one/mutants/b"))
        #expect(try fixture.workbook().verify() == false)
        #expect(fixture.transcript.text.contains("✗ mutants    b: 0 mutants in Chapters/01-one/mutants/b"))
    }

    @Test func aMutantThatIsNotCaughtFailsVerify() throws {
        let fixture = try WorkbookFixture()
        try fixture.folder.write(
            "// Claims a bug but has none.\n" + WorkbookFixture.solution(1),
            to: "Chapters/01-one/mutants/b/harmless.swift")
        #expect(try fixture.workbook().verify() == false)
        #expect(
            fixture.transcript.text.contains(
                "✗ caught     b/harmless (Claims a bug but has none.): not caught, all 1 test of Chapter01Tests.File1Tests pass with it"
            ))
        #expect(fixture.exerciseText(1) == WorkbookFixture.stub(1))
    }

    @Test func aMutantThatDoesNotCompileIsADefectAndTheRestOfItsRoundStillRuns() throws {
        let fixture = try WorkbookFixture()
        try fixture.folder.write(
            WorkbookFixture.mutant(0, body: "NOCOMPILE"), to: "Chapters/01-one/mutants/a/returns-one.swift")
        #expect(try fixture.workbook().verify() == false)
        let text = fixture.transcript.text
        #expect(
            text.contains("✗ caught     a/returns-one: Chapters/01-one/mutants/a/returns-one.swift does not compile"))
        #expect(text.contains("✓ caught     b/returns-one"))
    }

    @Test func aMutantWithoutACommentOrWithAWrongReplayLineFailsVerify() throws {
        let fixture = try WorkbookFixture()
        try fixture.folder.write(
            WorkbookFixture.solution(0, body: "return 1 // WRONG"), to: "Chapters/01-one/mutants/a/returns-one.swift")
        try fixture.folder.write(
            WorkbookFixture.mutant(1, body: "return 1 // WRONG BADREPLAY"),
            to: "Chapters/01-one/mutants/b/returns-one.swift")
        #expect(try fixture.workbook().verify() == false)
        let text = fixture.transcript.text
        #expect(
            text.contains("✗ mutant     a/returns-one: the first line must be a `//` comment saying what the bug is"))
        #expect(
            text.contains(
                "but its replay line is not for that suite: replay:   WORKBOOK_SEED=7 swift test --filter Chapter01Tests"
            ))
    }

    @Test func mutantsOfExercisesThatUseEachOtherAreBuiltInSeparateRounds() throws {
        let fixture = try WorkbookFixture()
        try fixture.folder.write(
            chapterYAML(number: 1, topic: "one", exercises: [("a", 2), ("b", 2)], uses: ["b": ["a"]]),
            to: "Chapters/01-one/chapter.yaml")
        #expect(try fixture.workbook().verify() == true)
        #expect(fixture.runner.builds == 4)
    }
}
