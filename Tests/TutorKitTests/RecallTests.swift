import Foundation
import Testing
import WorkbookModel

@testable import TutorKit

/// Typed lines, given in advance.
final class ScriptedInput: AnswerInput, @unchecked Sendable {
    private var lines: [String]
    let isInteractive: Bool
    init(_ lines: [String], interactive: Bool = true) {
        self.lines = lines
        isInteractive = interactive
    }
    func readLine() -> String? { lines.isEmpty ? nil : lines.removeFirst() }
    var unread: Int { lines.count }
}

@Suite struct RecallCommandTests {
    let today = Day(year: 2026, month: 12, day: 2)

    func workbook(_ fixture: WorkbookFixture, on day: Day) throws -> Workbook {
        let workbook = try fixture.workbook()
        workbook.today = { day }
        return workbook
    }

    /// The fixture with both exercises recorded as passed.
    func finishedFixture() throws -> WorkbookFixture {
        let fixture = try WorkbookFixture()
        for index in 0..<2 { try fixture.exercise(index, WorkbookFixture.solution(index)) }
        try ProgressStore(root: fixture.folder.url).save(LearnerProgress(done: ["a", "b"]))
        return fixture
    }

    func saved(_ fixture: WorkbookFixture) throws -> LearnerProgress {
        guard case .found(let progress) = try ProgressStore(root: fixture.folder.url).load(knownIDs: ["a", "b"]) else {
            throw CancellationError()
        }
        return progress
    }

    @Test func aFinishedChaptersQuestionsAreAskedAndEachGradeMovesItsQuestion() throws {
        let fixture = try finishedFixture()
        let input = ScriptedInput(["It returns zero.", "", "3", "", "1", "", "3"])
        #expect(try workbook(fixture, on: today).recall(input: input, list: false))
        let text = fixture.transcript.text
        #expect(text.contains("joined your schedule"))
        #expect(text.contains("2 recall questions due today."))
        #expect(text.contains("What does `f0` return?"))
        #expect(text.contains("Model answer:"))
        #expect(text.contains("Next in 1 day, on 2026-12-03 (SM-2: the first successful recall waits 1 day"))
        #expect(text.contains("not recalled: the repetitions start again"))
        // The forgotten one is asked once more at the end, without moving it again.
        #expect(text.contains("Once more, the ones that were hard"))
        #expect(input.unread == 0)
        let progress = try saved(fixture)
        #expect(progress.recall["01-one/q1"]?.repetitions == 1)
        #expect(progress.recall["01-one/q1"]?.due == today.adding(days: 1))
        #expect(progress.recall["01-one/q2"]?.repetitions == 0)
        #expect(progress.recall["01-one/q2"]?.lastReviewed == today)
        #expect(progress.answers["01-one/q1"] == WrittenAnswer(text: "It returns zero.", day: today))
    }

    @Test func theNextReviewShowsTheAnswerTypedLastTimeAndTheSecondIntervalIsSixDays() throws {
        let fixture = try finishedFixture()
        _ = try workbook(fixture, on: today).recall(input: ScriptedInput(["Zero.", "", "3", "", "3"]), list: false)
        let tomorrow = today.adding(days: 1)
        let second = try workbook(fixture, on: tomorrow)
        #expect(try second.recall(input: ScriptedInput(["", "4", "q"]), list: false))
        let text = fixture.transcript.text
        #expect(text.contains("Your answer on 2026-12-02:\n  Zero."))
        #expect(try saved(fixture).recall["01-one/q1"]?.due == tomorrow.adding(days: 6))
    }

    @Test func stoppingKeepsEveryGradeGivenSoFar() throws {
        let fixture = try finishedFixture()
        #expect(try workbook(fixture, on: today).recall(input: ScriptedInput(["", "4", "q"]), list: false))
        let progress = try saved(fixture)
        #expect(progress.recall["01-one/q1"]?.repetitions == 1)
        #expect(progress.recall["01-one/q2"]?.lastReviewed == nil)
        // The end of input (Ctrl-D) stops the same way.
        #expect(try workbook(fixture, on: today).recall(input: ScriptedInput([""]), list: false))
        #expect(try saved(fixture).recall["01-one/q2"]?.lastReviewed == nil)
    }

    @Test func aGradeThatIsNotOneIsAskedAgain() throws {
        let fixture = try finishedFixture()
        #expect(try workbook(fixture, on: today).recall(input: ScriptedInput(["", "7", "good", "q"]), list: false))
        #expect(fixture.transcript.text.contains("Type 1, 2, 3 or 4"))
        #expect(try saved(fixture).recall["01-one/q1"]?.repetitions == 1)
    }

    @Test func withoutATerminalItSaysHowToRunItAndWaitsForNothing() throws {
        let fixture = try finishedFixture()
        let error = #expect(throws: TutorError.self) {
            _ = try workbook(fixture, on: today).recall(input: ScriptedInput([], interactive: false), list: false)
        }
        #expect(error.map { "\($0)" }?.contains("`swift run tutor recall --list` shows what is due") == true)
        // The list needs no terminal.
        #expect(try workbook(fixture, on: today).recall(input: ScriptedInput([], interactive: false), list: true))
        #expect(fixture.transcript.text.contains("Q1  due"))
    }

    @Test func nothingIsScheduledBeforeAChapterIsDone() throws {
        let fixture = try WorkbookFixture()
        try ProgressStore(root: fixture.folder.url).save(LearnerProgress(done: ["a"], current: "b"))
        #expect(try workbook(fixture, on: today).recall(input: ScriptedInput([]), list: false))
        #expect(fixture.transcript.text.contains("No recall questions are scheduled yet"))
    }

    @Test func nextSaysHowManyAreDueInOneLineAndGoesOn() throws {
        let fixture = try finishedFixture()
        _ = try workbook(fixture, on: today).recall(input: ScriptedInput([], interactive: false), list: true)
        let before = fixture.transcript.text.count
        #expect(try workbook(fixture, on: today).next())
        let shown = String(fixture.transcript.text.dropFirst(before))
        #expect(
            shown.split(separator: "\n").first?.contains("2 recall questions due: `swift run tutor recall`") == true)
        // A day on which nothing is due shows no line.
        let quiet = fixture.transcript.text.count
        _ = try workbook(fixture, on: today.adding(days: -1)).next()
        #expect(!String(fixture.transcript.text.dropFirst(quiet)).contains("recall question"))
    }

    @Test func failedRunsOfWrittenCodeAreCountedButNotTheStub() throws {
        let fixture = try WorkbookFixture()
        try ProgressStore(root: fixture.folder.url).save(LearnerProgress(current: "a"))
        _ = try fixture.workbook().next()
        #expect(try saved(fixture).failedRuns["a"] == nil)
        try fixture.exercise(0, WorkbookFixture.solution(0, body: "return 1 // WRONG"))
        _ = try fixture.workbook().next()
        _ = try fixture.workbook().next()
        #expect(try saved(fixture).failedRuns["a"] == 2)
    }

    @Test func aWrongAnswerBesideAnUnwrittenFunctionCountsAsAFailedRun() throws {
        let fixture = try WorkbookFixture()
        let workbook = try fixture.workbook()
        let exercise = try #require(workbook.catalog.exercise(id: "a"))
        var progress = LearnerProgress()
        let unwritten = TestIssue(test: "t()", text: "not written yet: `g()`")
        let wrong = TestIssue(test: "u()", text: "expected: 0x0\ngot: 0x1")
        #expect(!workbook.countFailure(.failed(tests: 2, issues: [unwritten]), of: exercise, in: &progress))
        #expect(workbook.countFailure(.failed(tests: 2, issues: [unwritten, wrong]), of: exercise, in: &progress))
        #expect(progress.failedRuns["a"] == 1)
    }

    @Test func rebuildingProgressRunsNoSuiteOfAnUntouchedStub() throws {
        let fixture = try WorkbookFixture()
        try fixture.exercise(1, WorkbookFixture.solution(1))
        _ = try fixture.workbook().next()
        // No progress file: exercise b's file differs from its stub and is run; a's is the stub and is not, until
        // `next` runs it as the current exercise.
        #expect(fixture.runner.suitesRun.first == "Chapter01Tests.File1Tests")
        #expect(fixture.runner.suitesRun.filter { $0.hasSuffix("File0Tests") }.count == 1)
        #expect(try saved(fixture).done == ["b"])
    }

    @Test func aDamagedFileKeepsItsScheduleWhenProgressIsRebuilt() throws {
        let fixture = try finishedFixture()
        _ = try workbook(fixture, on: today).recall(input: ScriptedInput(["Zero.", "", "4", "q"]), list: false)
        // Damage the file elsewhere: a hint count no ladder has.
        let url = fixture.folder.url.appendingPathComponent(ProgressStore.fileName)
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        object["hintsShown"] = ["a": 99]
        try JSONSerialization.data(withJSONObject: object).write(to: url)

        #expect(try workbook(fixture, on: today).recall(input: ScriptedInput([], interactive: false), list: true))
        let text = fixture.transcript.text
        #expect(text.contains("could not be used: hintsShown for `a` is 99"))
        #expect(text.contains("Kept from it: 2 scheduled recall questions and 1 typed answer."))
        let progress = try saved(fixture)
        #expect(progress.done == ["a", "b"])
        #expect(progress.recall["01-one/q1"]?.repetitions == 1)
        #expect(progress.answers["01-one/q1"]?.text == "Zero.")
        #expect(fixture.folder.read("tutor-state.json.damaged-1") != nil)
    }

    @Test func beforeYouCodeAnswersAreKeptAndShownTheNextTime() throws {
        let fixture = try WorkbookFixture()
        try ProgressStore(root: fixture.folder.url).save(LearnerProgress(current: "a"))
        #expect(
            try workbook(fixture, on: today).beforeYouCode(
                chapter: nil, input: ScriptedInput(["It is the identity.", "", "", "q"])))
        #expect(try saved(fixture).answers["01-one/gap1"] == WrittenAnswer(text: "It is the identity.", day: today))
        #expect(try saved(fixture).answers["01-one/gap2"] == nil)
        #expect(try workbook(fixture, on: today).beforeYouCode(chapter: "1", input: ScriptedInput(["q"])))
        #expect(fixture.transcript.text.contains("Your answer on 2026-12-02:\n  It is the identity."))
    }
}
