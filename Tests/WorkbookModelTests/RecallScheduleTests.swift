import Foundation
import Testing
import WorkbookFixtures

@testable import WorkbookModel

@Suite struct DayTests {
    @Test func knownDatesHaveTheirDayNumbers() {
        #expect(Day(year: 1970, month: 1, day: 1).daysSince1970 == 0)
        #expect(Day(year: 2000, month: 3, day: 1).daysSince1970 == 11_017)
        #expect(Day(year: 2026, month: 12, day: 2).daysSince1970 == 20_789)
        #expect(Day(year: 1969, month: 12, day: 31).daysSince1970 == -1)
    }

    @Test func everyDayOfFourCenturiesRoundTripsThroughItsText() {
        // 1900 to 2300 holds every leap-year rule: 1900 and 2100 are not leap years, 2000 is.
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        for n in stride(from: Day(year: 1900, month: 1, day: 1).daysSince1970, to: 120_000, by: 7) {
            let day = Day(daysSince1970: n)
            #expect(Day(day.description) == day)
            let date = Date(timeIntervalSince1970: Double(n) * 86_400)
            #expect(day.description == formatter.string(from: date), "day \(n)")
        }
    }

    @Test(arguments: [
        "2026-02-29", "2026-02-30", "2026-13-01", "2026-1-01", "26-01-01", "2026-01-01T", "２０２６-01-01", "",
    ])
    func malformedOrImpossibleDaysAreRejected(text: String) {
        #expect(Day(text) == nil)
    }

    @Test func leapDaysExistOnlyInLeapYears() {
        #expect(Day("2024-02-29") != nil)
        #expect(Day("2000-02-29") != nil)
        #expect(Day("2100-02-29") == nil)
    }
}

@Suite struct SM2Tests {
    let start = Day(year: 2026, month: 12, day: 1)

    /// Reviews `card` with each grade in turn, each on the day it is due; returns the intervals.
    func intervals(_ grades: [RecallGrade], from card: RecallCard) -> (intervals: [Int], card: RecallCard) {
        var card = card
        var intervals: [Int] = []
        for grade in grades {
            card = SM2.review(card, grade: grade, on: card.due).card
            intervals.append(card.interval)
        }
        return (intervals, card)
    }

    @Test func goodRecallsFollowThePapersIntervals() {
        // EF stays 2.5 with quality 4; I(1) = 1, I(2) = 6, I(3) = 6 · 2.5 = 15, I(4) = 15 · 2.5 = 37.5 → 38.
        let (intervals, card) = intervals([.good, .good, .good, .good], from: RecallCard(ease: 2.5, due: start))
        #expect(intervals == [1, 6, 15, 38])
        #expect(card.ease == 2.5)
        #expect(card.repetitions == 4)
        #expect(card.due == start.adding(days: 1 + 6 + 15 + 38))
    }

    @Test func theEaseFactorMovesAsTheFormulaSays() {
        // EF' = EF + (0.1 − (5 − q)(0.08 + (5 − q)·0.02)): +0.1 for 5, 0 for 4, −0.14 for 3.
        let card = RecallCard(ease: 2.5, due: start)
        #expect(abs(SM2.review(card, grade: .easy, on: start).card.ease - 2.6) < 1e-9)
        #expect(abs(SM2.review(card, grade: .good, on: start).card.ease - 2.5) < 1e-9)
        #expect(abs(SM2.review(card, grade: .hard, on: start).card.ease - 2.36) < 1e-9)
        // It never goes below 1.3.
        let low = RecallCard(ease: 1.35, due: start)
        #expect(SM2.review(low, grade: .hard, on: start).card.ease == 1.3)
    }

    @Test func forgettingStartsTheRepetitionsAgainAndKeepsTheEase() {
        let recalled = intervals([.good, .good, .hard], from: RecallCard(ease: 2.5, due: start)).card
        #expect(recalled.repetitions == 3)
        let (forgotten, explanation) = SM2.review(recalled, grade: .again, on: recalled.due)
        #expect(forgotten.repetitions == 0)
        #expect(forgotten.interval == 1)
        #expect(forgotten.due == recalled.due.adding(days: 1))
        #expect(forgotten.ease == recalled.ease)
        #expect(forgotten.lapses == 1)
        #expect(explanation.contains("comes back tomorrow"))
        // And the next success is a first one again.
        #expect(SM2.review(forgotten, grade: .good, on: forgotten.due).card.interval == 1)
    }

    @Test func theExplanationGivesTheDayAndTheRule() {
        let first = SM2.review(RecallCard(ease: 2.5, due: start), grade: .good, on: start)
        #expect(
            first.explanation
                == "Next in 1 day, on 2026-12-02 (SM-2: the first successful recall waits 1 day; ease stays 2.50).")
        let second = SM2.review(first.card, grade: .hard, on: first.card.due)
        #expect(second.card.interval == 6)  // 6 · 2.36 / 2.5 = 5.66, rounded
        #expect(second.explanation.contains("ease 2.50 → 2.36"))
        #expect(second.explanation.contains("on 2026-12-08"))
    }

    @Test func aChapterThatTookHintsAndFailuresStartsLowerAndComesBackSooner() {
        #expect(SM2.startingEase(hintsShown: 0, hintsAvailable: 10, failedRuns: 0) == 2.5)
        let struggled = SM2.startingEase(hintsShown: 10, hintsAvailable: 10, failedRuns: 20)
        #expect(struggled == 1.5)
        #expect(SM2.startingEase(hintsShown: 5, hintsAvailable: 10, failedRuns: 2) == 2.1)
        let easy = intervals([.good, .good, .good], from: RecallCard(ease: 2.5, due: start)).intervals
        let hard = intervals([.good, .good, .good], from: RecallCard(ease: struggled, due: start)).intervals
        #expect(hard[1] < easy[1])
        #expect(hard[2] < easy[2])
    }
}

@Suite struct QuestionIDTests {
    @Test func recallAndGapIDsRoundTrip() {
        #expect(
            QuestionID("02-scalar-field/q3") == QuestionID(chapterFolder: "02-scalar-field", kind: .recall, number: 3))
        #expect(QuestionID("02-scalar-field/gap12")?.kind == .beforeYouCode)
        #expect(QuestionID("02-scalar-field/q3")?.description == "02-scalar-field/q3")
    }

    @Test(arguments: [
        "02-scalar-field/q0", "02-scalar-field/q", "scalar-field/q1", "02-scalar-field/x1", "02-scalar-field/q1/",
    ])
    func othersAreNot(text: String) {
        #expect(QuestionID(text) == nil)
    }
}

@Suite struct RecallProgressTests {
    let today = Day(year: 2026, month: 12, day: 2)

    func catalog() throws -> (Catalog, TemporaryFolder) {
        let folder = try TemporaryFolder()
        try folder.write(
            chapterYAML(number: 1, topic: "one", exercises: [("a", 2), ("b", 2)]), to: "Chapters/01-one/chapter.yaml")
        try folder.write(
            chapterYAML(number: 2, topic: "two", exercises: [("c", 2)]), to: "Chapters/02-two/chapter.yaml")
        return (try Catalog(root: folder.url), folder)
    }

    @Test func onlyAChapterWhoseExercisesAllPassJoinsTheSchedule() throws {
        let (catalog, _) = try catalog()
        var progress = LearnerProgress(done: ["a", "c"])
        let joined = progress.scheduleRecall(for: catalog, questionCounts: ["01-one": 2, "02-two": 3], on: today)
        #expect(joined.map(\.number) == [2])
        #expect(progress.recall.keys.sorted() == ["02-two/q1", "02-two/q2", "02-two/q3"])
        #expect(progress.recall["02-two/q1"] == RecallCard(ease: 2.5, due: today))
        // Once scheduled, a chapter's cards are left alone; a question added later joins.
        progress.recall["02-two/q1"]!.due = today.adding(days: 5)
        #expect(progress.scheduleRecall(for: catalog, questionCounts: ["02-two": 3], on: today).isEmpty)
        #expect(progress.recall["02-two/q1"]!.due == today.adding(days: 5))
        #expect(progress.scheduleRecall(for: catalog, questionCounts: ["02-two": 4], on: today).map(\.number) == [2])
        #expect(progress.recall["02-two/q4"] != nil)
    }

    @Test func hintsAndFailedRunsLowerTheStartingEase() throws {
        let (catalog, _) = try catalog()
        var progress = LearnerProgress(done: ["a", "b"], hintsShown: ["a": 2, "b": 2], failedRuns: ["b": 3])
        progress.scheduleRecall(for: catalog, questionCounts: ["01-one": 1], on: today)
        #expect(progress.recall["01-one/q1"]?.ease == SM2.startingEase(hintsShown: 4, hintsAvailable: 4, failedRuns: 3))
        #expect(progress.recall["01-one/q1"]!.ease < 2.5)
    }

    @Test func dueQuestionsComeMostOverdueFirst() {
        var progress = LearnerProgress()
        progress.recall["01-one/q2"] = RecallCard(ease: 2.5, due: today)
        progress.recall["01-one/q1"] = RecallCard(ease: 2.5, due: today.adding(days: -3))
        progress.recall["02-two/q1"] = RecallCard(ease: 2.5, due: today.adding(days: 1))
        #expect(progress.dueQuestions(on: today).map(\.description) == ["01-one/q1", "01-one/q2"])
    }

    @Test func mergingKeepsTheLaterReviewOfEachCardAndTheLaterAnswer() {
        let base = LearnerProgress(recall: ["01-one/q1": RecallCard(ease: 2.5, due: today)])
        var mine = base
        mine.recall["01-one/q1"] = SM2.review(base.recall["01-one/q1"]!, grade: .good, on: today).card
        mine.answers["01-one/q1"] = WrittenAnswer(text: "mine", day: today)
        var theirs = base
        theirs.recall["01-one/q2"] = RecallCard(ease: 2.5, due: today)
        theirs.answers["01-one/q1"] = WrittenAnswer(text: "older", day: today.adding(days: -1))
        theirs.failedRuns["a"] = 2
        let merged = mine.merged(with: theirs, since: base)
        #expect(merged.recall["01-one/q1"]?.repetitions == 1)
        #expect(merged.recall["01-one/q2"] != nil)
        #expect(merged.answers["01-one/q1"]?.text == "mine")
        #expect(merged.failedRuns["a"] == 2)
        // The other way round too: a review is never lost to a merge.
        #expect(theirs.merged(with: mine, since: base).recall["01-one/q1"]?.repetitions == 1)
    }

    @Test func aVersionOneFileIsReadAndWrittenBackAsVersionTwo() throws {
        let folder = try TemporaryFolder()
        try folder.write(#"{"version":1,"done":["a"],"hintsShown":{"b":2},"current":"b"}"#, to: ProgressStore.fileName)
        let store = ProgressStore(root: folder.url)
        guard case .found(let progress) = try store.load(knownIDs: ["a", "b"]) else {
            Issue.record("a version 1 file should load")
            return
        }
        #expect(progress.recall.isEmpty && progress.failedRuns.isEmpty)
        try store.save(progress)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(folder.read(ProgressStore.fileName)!.utf8)) as? [String: Any])
        #expect(object["version"] as? Int == 2)
        #expect(object["recall"] as? [String: Any] != nil)
    }

    @Test func theScheduleIsSalvagedFromAFileDamagedElsewhere() throws {
        let folder = try TemporaryFolder()
        let text = #"""
            {"version":2,"done":["no-such-exercise"],"hintsShown":{"a":99},
             "recall":{"01-one/q1":{"due":"2026-12-09","ease":2.36,"interval":6,"lapses":0,"repetitions":2,"lastReviewed":"2026-12-03"},
                       "01-one/q2":{"due":"not a day","ease":2.5,"interval":0,"lapses":0,"repetitions":0},
                       "01-one/q3":{"due":"2026-12-09","ease":-4,"interval":0,"lapses":0,"repetitions":0},
                       "07-gone/q1":{"due":"2026-12-09","ease":2.5,"interval":0,"lapses":0,"repetitions":0}},
             "answers":{"01-one/gap2":{"day":"2026-12-01","text":"because"},"01-one/q1":{"day":"x","text":"y"}}}
            """#
        try folder.write(text, to: "kept.json")
        let salvaged = ProgressStore.salvageRecall(
            from: folder.url.appendingPathComponent("kept.json"), knownChapters: ["01-one"])
        #expect(salvaged.recall.keys.sorted() == ["01-one/q1"])
        #expect(salvaged.recall["01-one/q1"]?.interval == 6)
        #expect(salvaged.answers == ["01-one/gap2": WrittenAnswer(text: "because", day: Day("2026-12-01")!)])
        try folder.write("{not json", to: "broken.json")
        #expect(
            ProgressStore.salvageRecall(
                from: folder.url.appendingPathComponent("broken.json"), knownChapters: ["01-one"]
            )
            .isEmpty)
    }
}
