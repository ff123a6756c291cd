import Foundation
import Testing
import Book
@testable import TutorKit
import WorkbookFixtures
import WorkbookModel

@Suite struct HeadingTests {
    @Test func findsATXHeadingsOutsideCodeBlocks() {
        let markdown = """
            # Big integers
            ## Adding limbs ##
            Text with a # in it.
            ```swift
            # not a heading
            ```
            ###### Deep
            ####### Too deep
            #Hashtag
            """
        #expect(Workbook.headings(in: markdown) == ["Big integers", "Adding limbs", "Deep"])
    }
}

@Suite struct ExerciseFileSwapTests {
    let console = Console(usesColor: false) { _ in }

    @Test func installsAndRestoresTheLearnersFiles() throws {
        let folder = try TemporaryFolder()
        try folder.write("mine", to: "Sources/Exercises/01-x/A.swift")
        let swap = try ExerciseFileSwap(root: folder.url, paths: ["Sources/Exercises/01-x/A.swift", "Sources/Exercises/01-x/B.swift"])
        try swap.install(["Sources/Exercises/01-x/A.swift": "solution A", "Sources/Exercises/01-x/B.swift": "solution B"])
        #expect(folder.read("Sources/Exercises/01-x/A.swift") == "solution A")
        try swap.restore()
        #expect(folder.read("Sources/Exercises/01-x/A.swift") == "mine")
        // B did not exist before the swap, so it does not exist after it.
        #expect(folder.read("Sources/Exercises/01-x/B.swift") == nil)
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent(ExerciseFileSwap.directory).path))
    }

    @Test func aSwapLeftBehindByAKilledTutorIsRestoredNextTime() throws {
        let folder = try TemporaryFolder()
        try folder.write("mine", to: "Sources/Exercises/01-x/A.swift")
        let swap = try ExerciseFileSwap(root: folder.url, paths: ["Sources/Exercises/01-x/A.swift"])
        try swap.install(["Sources/Exercises/01-x/A.swift": "stub"])
        // The tutor dies here: no restore. The next command finds the backup.
        let said = Transcript()
        try ExerciseFileSwap.restoreInterrupted(root: folder.url, console: said.console)
        #expect(folder.read("Sources/Exercises/01-x/A.swift") == "mine")
        #expect(said.text.contains("restored"))
    }

    @Test func aBackupWithoutManifestIsDiscardedAndTouchesNothing() throws {
        let folder = try TemporaryFolder()
        try folder.write("mine", to: "Sources/Exercises/01-x/A.swift")
        try folder.write("half-copied", to: "\(ExerciseFileSwap.directory)/Sources/Exercises/01-x/A.swift")
        try ExerciseFileSwap.restoreInterrupted(root: folder.url, console: console)
        #expect(folder.read("Sources/Exercises/01-x/A.swift") == "mine")
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent(ExerciseFileSwap.directory).path))
    }
}

/// Everything written to a console, for tests that check what the learner is told.
final class Transcript: @unchecked Sendable {
    private let lock = NSLock()
    private var chunks: [String] = []
    var text: String { lock.withLock { chunks.joined() } }
    var console: Console { Console(usesColor: false) { [self] chunk in lock.withLock { chunks.append(chunk) } } }
}
