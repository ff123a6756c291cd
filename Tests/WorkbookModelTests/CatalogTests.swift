import Foundation
import Testing
@testable import WorkbookModel
import WorkbookFixtures

@Suite struct CatalogTests {
    @Test func loadsChaptersInOrderWithTheirPaths() throws {
        let folder = try TemporaryFolder()
        try folder.write("// swift-tools-version: 6.1\n", to: "Package.swift")
        try folder.write(chapterYAML(number: 2, topic: "scalar-field", exercises: [("fr-add", 2)]),
                         to: "Chapters/02-scalar-field/chapter.yaml")
        try folder.write(chapterYAML(number: 1, topic: "big-integers", exercises: [("limbs-add", 2), ("limbs-sub", 3)]),
                         to: "Chapters/01-big-integers/chapter.yaml")
        let catalog = try Catalog(root: folder.url)
        #expect(catalog.chapters.map(\.number) == [1, 2])
        #expect(catalog.exercises.map(\.id) == ["limbs-add", "limbs-sub", "fr-add"])
        let exercise = try #require(catalog.exercise(id: "limbs-sub"))
        #expect(exercise.exercisePath == "Sources/Exercises/01-big-integers/File1.swift")
        #expect(exercise.solutionPath == "Chapters/01-big-integers/solutions/File1.swift")
        #expect(exercise.testFilter == "Chapter01Tests.Suite1")
        #expect(exercise.hints == ["Hint 0", "Hint 1", "Hint 2"])
        #expect(catalog.chapter(named: "2")?.topic == "scalar-field")
        #expect(catalog.chapter(named: "01")?.topic == "big-integers")
        #expect(catalog.chapter(named: "01-big-integers")?.number == 1)
        #expect(catalog.chapter(named: "scalar-field")?.number == 2)
        #expect(catalog.chapter(named: "3") == nil)
        #expect(Catalog.locateRoot(from: folder.url.appendingPathComponent("Chapters/01-big-integers"))?.standardizedFileURL.path
                == folder.url.standardizedFileURL.path)
    }

    @Test func aMissingChaptersFolderIsATypedError() throws {
        let folder = try TemporaryFolder()
        #expect(throws: CatalogError.missingChaptersDirectory(folder.url.appendingPathComponent("Chapters").path)) {
            _ = try Catalog(root: folder.url)
        }
    }

    @Test(arguments: [
        ("number: [oops", "01-big-integers"),
        ("number: 1\ntopic: big-integers\n", "01-big-integers"),
        (chapterYAML(number: 1, topic: "big-integers", exercises: [("a", 1)]), "01-big-integers"),
        (chapterYAML(number: 2, topic: "big-integers", exercises: [("a", 2)]), "01-big-integers"),
    ])
    func malformedMetadataIsATypedError(yaml: String, folderName: String) throws {
        let folder = try TemporaryFolder()
        try folder.write(yaml, to: "Chapters/\(folderName)/chapter.yaml")
        let error = #expect(throws: CatalogError.self) {
            _ = try Catalog(root: folder.url)
        }
        guard case .malformed(let path, _)? = error else {
            Issue.record("expected a malformed-metadata error, got \(String(describing: error))")
            return
        }
        #expect(path.hasSuffix("Chapters/\(folderName)/chapter.yaml"))
    }

    @Test func duplicateIDsAcrossChaptersAreRejected() throws {
        let folder = try TemporaryFolder()
        try folder.write(chapterYAML(number: 1, topic: "one", exercises: [("same", 2)]), to: "Chapters/01-one/chapter.yaml")
        try folder.write(chapterYAML(number: 2, topic: "two", exercises: [("same", 2)]), to: "Chapters/02-two/chapter.yaml")
        #expect(throws: CatalogError.duplicateExerciseID("same")) { _ = try Catalog(root: folder.url) }
    }

    @Test func progressAdvancesToTheFirstExerciseNotDone() throws {
        let folder = try TemporaryFolder()
        try folder.write(chapterYAML(number: 1, topic: "one", exercises: [("a", 2), ("b", 2), ("c", 2)]),
                         to: "Chapters/01-one/chapter.yaml")
        let catalog = try Catalog(root: folder.url)
        var progress = LearnerProgress(done: ["a", "c"])
        progress.advance(through: catalog)
        #expect(progress.current == "b")
        progress.done.insert("b")
        progress.advance(through: catalog)
        #expect(progress.current == nil)
    }
}
