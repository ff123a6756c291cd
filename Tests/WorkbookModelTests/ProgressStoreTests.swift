import Foundation
import Testing
import WorkbookFixtures

@testable import WorkbookModel

@Suite struct ProgressStoreTests {
    let known: Set<String> = ["a", "b", "c"]

    @Test func aMissingFileIsReportedAsMissing() throws {
        let folder = try TemporaryFolder()
        #expect(try ProgressStore(root: folder.url).load(knownIDs: known) == .missing)
    }

    @Test func whatIsSavedLoadsBackAndNoTemporaryFileIsLeft() throws {
        let folder = try TemporaryFolder()
        let store = ProgressStore(root: folder.url)
        let progress = LearnerProgress(done: ["a", "b"], hintsShown: ["c": 2], current: "c")
        try store.save(progress)
        #expect(try store.load(knownIDs: known) == .found(progress))
        #expect(folder.contents() == [ProgressStore.fileName])
    }

    @Test func theFileIsTheDocumentedVersionedJSON() throws {
        let folder = try TemporaryFolder()
        try ProgressStore(root: folder.url).save(LearnerProgress(done: ["b", "a"], hintsShown: ["c": 1], current: "c"))
        let text = try #require(folder.read(ProgressStore.fileName))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["version"] as? Int == 2)
        #expect(object["done"] as? [String] == ["a", "b"])
        #expect(object["hintsShown"] as? [String: Int] == ["c": 1])
        #expect(object["current"] as? String == "c")
    }

    @Test func aFileWrittenByHandLoads() throws {
        let folder = try TemporaryFolder()
        try folder.write(#"{"version":1,"done":["a"],"hintsShown":{"b":2},"current":"b"}"#, to: ProgressStore.fileName)
        #expect(
            try ProgressStore(root: folder.url).load(knownIDs: known)
                == .found(LearnerProgress(done: ["a"], hintsShown: ["b": 2], current: "b")))
    }

    @Test(arguments: [
        ("{\"version\":1,\"done\":[\"a\"", "not valid progress JSON"),
        ("", "not valid progress JSON"),
        (#"{"version":1,"done":"a"}"#, "not valid progress JSON"),
        (#"{"version":3,"done":["a"],"hintsShown":{}}"#, "format version 3"),
        (#"{"version":2,"done":[],"failedRuns":{"ww":1}}"#, "ww"),
        (#"{"version":2,"done":[],"failedRuns":{"a":-1}}"#, "failedRuns for `a` is -1"),
        (
            #"{"version":2,"done":[],"recall":{"01-one/q1":{"due":"2026-02-30","ease":2.5,"interval":0,"lapses":0,"repetitions":0}}}"#,
            "not valid progress JSON"
        ),
        (
            #"{"version":2,"done":[],"recall":{"01-one/q1":{"due":"2026-12-02","ease":0.5,"interval":0,"lapses":0,"repetitions":0}}}"#,
            "the recall card of `01-one/q1` has impossible values"
        ),
        (
            #"{"version":2,"done":[],"recall":{"01-one/gap1":{"due":"2026-12-02","ease":2.5,"interval":0,"lapses":0,"repetitions":0}}}"#,
            "not a recall question"
        ),
        (#"{"version":2,"done":[],"answers":{"09-none/q1":{"day":"2026-12-02","text":"x"}}}"#, "09-none/q1"),
        (#"{"version":1,"done":["a","zz"],"hintsShown":{}}"#, "zz"),
        (#"{"version":1,"done":[],"hintsShown":{"yy":1}}"#, "yy"),
        (#"{"version":1,"done":[],"hintsShown":{},"current":"xx"}"#, "xx"),
    ])
    func aDamagedFileIsReportedThenKeptAsideUntouched(content: String, reasonMentions: String) throws {
        let folder = try TemporaryFolder()
        try folder.write(content, to: ProgressStore.fileName)
        let store = ProgressStore(root: folder.url)
        let loaded = try store.load(knownIDs: known, knownChapters: ["01-one"])
        guard case .damaged(let reason) = loaded else {
            Issue.record("expected damaged, got \(loaded)")
            return
        }
        #expect(reason.contains(reasonMentions))
        // Loading only reads.
        #expect(folder.read(ProgressStore.fileName) == content)
        let keptAt = try store.setAsideDamaged()
        #expect(keptAt.lastPathComponent == "tutor-state.json.damaged-1")
        #expect(folder.read("tutor-state.json.damaged-1") == content)
        #expect(folder.read(ProgressStore.fileName) == nil)
    }

    @Test(arguments: [
        (
            #"{"version":1,"done":[],"hintsShown":{"a":-3}}"#,
            "hintsShown for `a` is -3, but it must be 0...2, the length of its ladder"
        ),
        (
            #"{"version":1,"done":[],"hintsShown":{"b":4}}"#,
            "hintsShown for `b` is 4, but it must be 0...3, the length of its ladder"
        ),
    ])
    func hintCountsOutsideTheLadderAreRejectedWithAClearReason(content: String, reason: String) throws {
        let folder = try TemporaryFolder()
        try folder.write(content, to: ProgressStore.fileName)
        let loaded = try ProgressStore(root: folder.url).load(knownIDs: known, hintLadders: ["a": 2, "b": 3, "c": 2])
        #expect(loaded == .damaged(reason: reason))
        // The full ladder is within bounds.
        try folder.write(#"{"version":1,"done":[],"hintsShown":{"a":2,"b":0}}"#, to: ProgressStore.fileName)
        #expect(
            try ProgressStore(root: folder.url).load(knownIDs: known, hintLadders: ["a": 2, "b": 3])
                == .found(LearnerProgress(hintsShown: ["a": 2, "b": 0])))
    }

    @Test func aNegativeHintCountIsRejectedEvenWithoutLadders() throws {
        let folder = try TemporaryFolder()
        try folder.write(#"{"version":1,"done":[],"hintsShown":{"a":-3}}"#, to: ProgressStore.fileName)
        #expect(
            try ProgressStore(root: folder.url).load(knownIDs: known)
                == .damaged(reason: "hintsShown for `a` is -3, but it must be 0 or more"))
    }

    @Test func aSaveMergesWhatAnotherCommandRecordedMeanwhile() throws {
        let folder = try TemporaryFolder()
        let store = ProgressStore(root: folder.url)
        let base = LearnerProgress(done: ["a"], hintsShown: ["b": 1], current: "b")
        try store.save(base)
        // Another command records `c` done and a second hint of `b`…
        try store.save(LearnerProgress(done: ["a", "c"], hintsShown: ["b": 2], current: "b"), since: base)
        // …while this one, started from `base`, records `b` done and takes `a` away (a reset).
        let written = try store.save(LearnerProgress(done: ["b"], hintsShown: ["b": 1], current: "c"), since: base)
        let expected = LearnerProgress(done: ["b", "c"], hintsShown: ["b": 2], current: "c")
        #expect(written == expected)
        #expect(try store.load(knownIDs: known) == .found(expected))
    }

    @Test func aSaveWithNothingChangedMeanwhileWritesExactlyWhatItIsGiven() throws {
        let folder = try TemporaryFolder()
        let store = ProgressStore(root: folder.url)
        let base = LearnerProgress(done: ["a", "b"], hintsShown: ["c": 2])
        try store.save(base)
        let progress = LearnerProgress(done: ["a"], hintsShown: ["c": 1], current: "b")
        #expect(try store.save(progress, since: base) == progress)
        #expect(try store.load(knownIDs: known) == .found(progress))
    }

    @Test func aSecondDamagedFileDoesNotOverwriteTheFirst() throws {
        let folder = try TemporaryFolder()
        let store = ProgressStore(root: folder.url)
        try folder.write("first", to: ProgressStore.fileName)
        _ = try store.setAsideDamaged()
        try folder.write("second", to: ProgressStore.fileName)
        #expect(try store.setAsideDamaged().lastPathComponent == "tutor-state.json.damaged-2")
        #expect(folder.read("tutor-state.json.damaged-1") == "first")
        #expect(folder.read("tutor-state.json.damaged-2") == "second")
    }

    @Test func savingOverAnExistingFileReplacesIt() throws {
        let folder = try TemporaryFolder()
        let store = ProgressStore(root: folder.url)
        try store.save(LearnerProgress(done: ["a"]))
        try store.save(LearnerProgress(done: ["a", "b"], current: "c"))
        #expect(try store.load(knownIDs: known) == .found(LearnerProgress(done: ["a", "b"], current: "c")))
    }

    @Test func savingIntoAMissingFolderIsATypedError() {
        let store = ProgressStore(root: URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)"))
        let error = #expect(throws: ProgressError.self) {
            try store.save(LearnerProgress())
        }
        guard case .unwritable? = error else {
            Issue.record("expected an unwritable error, got \(String(describing: error))")
            return
        }
    }
}
