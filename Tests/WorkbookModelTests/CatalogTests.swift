import Foundation
import Testing
import WorkbookFixtures

@testable import WorkbookModel

@Suite struct CatalogTests {
    @Test func loadsChaptersInOrderWithTheirPaths() throws {
        let folder = try TemporaryFolder()
        try folder.write("// swift-tools-version: 6.1\n", to: "Package.swift")
        try folder.write(
            chapterYAML(number: 2, topic: "scalar-field", exercises: [("fr-add", 2)]),
            to: "Chapters/02-scalar-field/chapter.yaml")
        try folder.write(
            chapterYAML(number: 1, topic: "big-integers", exercises: [("limbs-add", 2), ("limbs-sub", 3)]),
            to: "Chapters/01-big-integers/chapter.yaml")
        let catalog = try Catalog(root: folder.url)
        #expect(catalog.chapters.map(\.number) == [1, 2])
        #expect(catalog.exercises.map(\.id) == ["limbs-add", "limbs-sub", "fr-add"])
        let exercise = try #require(catalog.exercise(id: "limbs-sub"))
        #expect(exercise.exercisePath == "Sources/Exercises/01-big-integers/File1.swift")
        #expect(exercise.solutionPath == "Chapters/01-big-integers/solutions/File1.swift")
        // The suite follows from the file name: File1.swift is checked by File1Tests.
        #expect(exercise.suite == "File1Tests")
        #expect(exercise.testFilter == "Chapter01Tests.File1Tests")
        #expect(exercise.testPath == "Tests/01-big-integers/File1Tests.swift")
        #expect(exercise.mutantsDirectory == "Chapters/01-big-integers/mutants/limbs-sub")
        #expect(catalog.chapters[0].kind == .code)
        #expect(exercise.hints == ["Hint 0", "Hint 1", "Hint 2"])
        #expect(catalog.chapter(named: "2")?.topic == "scalar-field")
        #expect(catalog.chapter(named: "01")?.topic == "big-integers")
        #expect(catalog.chapter(named: "01-big-integers")?.number == 1)
        #expect(catalog.chapter(named: "scalar-field")?.number == 2)
        #expect(catalog.chapter(named: "3") == nil)
        #expect(
            Catalog.locateRoot(from: folder.url.appendingPathComponent("Chapters/01-big-integers"))?.standardizedFileURL
                .path
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

    @Test(arguments: [
        ("Addition.swift", "AdditionTests"),
        ("MontgomeryMultiplication.swift", "MontgomeryMultiplicationTests"),
        ("U256+Hex.swift", "U256HexTests"),
        ("Dockerfile", "DockerfileTests"),
        ("service-config.yaml", "ServiceConfigTests"),
    ])
    func theSuiteIsNamedAfterTheFile(file: String, suite: String) {
        #expect(Exercise.suite(forFile: file) == suite)
    }

    /// Writes one chapter whose first exercise has `key: value` replaced or added, and returns the load error.
    private func loadError(_ edit: (String) -> String, folderName: String = "01-one") throws -> String? {
        let folder = try TemporaryFolder()
        try folder.write(
            edit(chapterYAML(number: 1, topic: "one", exercises: [("a", 2), ("b", 2)])),
            to: "Chapters/\(folderName)/chapter.yaml")
        do {
            _ = try Catalog(root: folder.url)
            return nil
        } catch {
            return error.description
        }
    }

    @Test(arguments: [
        ("- id: a", "- id: ../a", "exercise ID `../a`"),
        ("- id: a", "- id: A", "exercise ID `A`"),
        ("file: File0.swift", "file: ../../Package.swift", "file `../../Package.swift`"),
        ("file: File0.swift", "file: sub/File0.swift", "file `sub/File0.swift`"),
        ("file: File0.swift", "file: .hidden.swift", "file `.hidden.swift`"),
        ("file: File0.swift", "file: Dockerfile", "file `Dockerfile`"),
        ("file: File1.swift", "file: File0.swift", "share the file"),
    ])
    func unsafeOrClashingNamesAreRejected(original: String, replacement: String, message: String) throws {
        let error = try loadError { $0.replacingOccurrences(of: original, with: replacement) }
        #expect(error?.contains(message) == true, "\(String(describing: error))")
    }

    @Test func anUnsafeTopicIsRejectedBeforeItBecomesAPath() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            chapterYAML(number: 1, topic: "one", exercises: [("a", 2)])
                .replacingOccurrences(of: "topic: one", with: "topic: ../one"),
            to: "Chapters/01-one/chapter.yaml")
        #expect(throws: CatalogError.self) { _ = try Catalog(root: folder.url) }
    }

    @Test func configChaptersAllowPlainConfigurationFileNames() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            chapterYAML(number: 1, topic: "one", exercises: [("a", 2), ("b", 2)])
                .replacingOccurrences(of: "kind: code", with: "kind: config")
                .replacingOccurrences(of: "File0.swift", with: "Dockerfile")
                .replacingOccurrences(of: "File1.swift", with: "service.yaml"),
            to: "Chapters/01-one/chapter.yaml")
        let catalog = try Catalog(root: folder.url)
        #expect(catalog.chapters[0].kind == .config)
        #expect(catalog.exercises.map(\.suite) == ["DockerfileTests", "ServiceTests"])
        let unsafe = try loadError {
            $0.replacingOccurrences(of: "kind: code", with: "kind: config").replacingOccurrences(
                of: "File0.swift", with: "../x.yaml")
        }
        #expect(unsafe?.contains("file `../x.yaml`") == true)
    }

    @Test func preparationScriptsAreConfigChaptersOwnAndStayInsideTheWorkbook() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            chapterYAML(number: 1, topic: "one", exercises: [("a", 2)])
                .replacingOccurrences(of: "kind: code", with: "kind: config\nprepare: [Service/scripts/build-image.sh]")
                .replacingOccurrences(of: "File0.swift", with: "Dockerfile"),
            to: "Chapters/01-one/chapter.yaml")
        #expect(try Catalog(root: folder.url).chapters[0].prepare == ["Service/scripts/build-image.sh"])
        let onCode = try loadError { $0.replacingOccurrences(of: "kind: code", with: "kind: code\nprepare: [x.sh]") }
        #expect(onCode?.contains("only a config chapter") == true, "\(String(describing: onCode))")
        for unsafe in ["../x.sh", "/bin/x.sh", "a//x.sh", "a/.hidden"] {
            let error = try loadError {
                $0.replacingOccurrences(of: "kind: code", with: "kind: config\nprepare: ['\(unsafe)']")
                    .replacingOccurrences(of: "File0.swift", with: "Dockerfile")
                    .replacingOccurrences(of: "File1.swift", with: "b.yaml")
            }
            #expect(
                error?.contains("must be a path inside the workbook") == true, "\(unsafe): \(String(describing: error))"
            )
        }
    }

    @Test func theSuiteKeyIsNoLongerReadAndSaysWhy() throws {
        let error = try loadError {
            $0.replacingOccurrences(
                of: "    section: Section 0\n", with: "    section: Section 0\n    suite: FrAdditionTests\n")
        }
        #expect(
            error?.hasSuffix(
                "chapter.yaml is malformed: exercises[0]: unknown exercise key `suite` (the suite is named after the exercise's file: `Addition.swift` → `AdditionTests`)"
            ) == true,
            "\(String(describing: error))")
        #expect(error?.contains("AdditionTests") == true)
    }

    @Test func kindIsRequiredAndBuildsOnNamesEarlierChaptersOnly() throws {
        #expect(
            try loadError { $0.replacingOccurrences(of: "kind: code\n", with: "") }?.hasSuffix(
                "malformed: missing key `kind`") == true)
        #expect(try loadError { $0.replacingOccurrences(of: "kind: code", with: "kind: prose") } != nil)
        let later = try loadError { $0.replacingOccurrences(of: "builds-on: []", with: "builds-on: [1]") }
        #expect(later?.contains("builds-on names chapter 1") == true)
    }

    @Test func usesNamesEarlierExercisesOnly() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            chapterYAML(
                number: 1, topic: "one", exercises: [("a", 2), ("b", 2), ("c", 2)],
                uses: ["b": ["a"], "c": ["b"]]), to: "Chapters/01-one/chapter.yaml")
        let catalog = try Catalog(root: folder.url)
        #expect(catalog.exercise(id: "c")?.uses == ["b"])
        #expect(catalog.dependencies(of: catalog.exercise(id: "c")!) == ["a", "b"])
        let forward = try loadError { $0 + "    uses: [b]\n" }
        #expect(
            forward?.contains("uses `b`, which is not an earlier exercise") == true, "\(String(describing: forward))")
    }

    @Test func duplicateIDsAcrossChaptersAreRejected() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            chapterYAML(number: 1, topic: "one", exercises: [("same", 2)]), to: "Chapters/01-one/chapter.yaml")
        try folder.write(
            chapterYAML(number: 2, topic: "two", exercises: [("same", 2)]), to: "Chapters/02-two/chapter.yaml")
        #expect(throws: CatalogError.duplicateExerciseID("same")) { _ = try Catalog(root: folder.url) }
    }

    @Test func progressAdvancesToTheFirstExerciseNotDone() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            chapterYAML(number: 1, topic: "one", exercises: [("a", 2), ("b", 2), ("c", 2)]),
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
