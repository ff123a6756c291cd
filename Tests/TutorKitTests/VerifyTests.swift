import Book
import Foundation
import Testing
import WorkbookFixtures
import WorkbookModel

@testable import TutorKit

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
        let swap = try ExerciseFileSwap(
            root: folder.url, paths: ["Sources/Exercises/01-x/A.swift", "Sources/Exercises/01-x/B.swift"])
        try swap.install([
            "Sources/Exercises/01-x/A.swift": Data("solution A".utf8),
            "Sources/Exercises/01-x/B.swift": Data("solution B".utf8),
        ])
        #expect(folder.read("Sources/Exercises/01-x/A.swift") == "solution A")
        try swap.restore(console: console)
        #expect(folder.read("Sources/Exercises/01-x/A.swift") == "mine")
        // B did not exist before the swap, so it does not exist after it.
        #expect(folder.read("Sources/Exercises/01-x/B.swift") == nil)
        #expect(
            !FileManager.default.fileExists(atPath: folder.url.appendingPathComponent(ExerciseFileSwap.directory).path))
    }

    @Test func aNonUTF8FileIsRestoredByteForByte() throws {
        let folder = try TemporaryFolder()
        let bytes = Data([0x2F, 0x2F, 0x20, 0xE9, 0xFF, 0x0A])
        let url = folder.url.appendingPathComponent("Sources/Exercises/01-x/A.swift")
        try folder.write("", to: "Sources/Exercises/01-x/A.swift")
        try bytes.write(to: url)
        let swap = try ExerciseFileSwap(root: folder.url, paths: ["Sources/Exercises/01-x/A.swift"])
        try swap.install(["Sources/Exercises/01-x/A.swift": Data("stub".utf8)])
        try swap.restore(console: console)
        #expect(try Data(contentsOf: url) == bytes)
    }

    @Test func aFileSavedDuringTheSwapIsNotOverwrittenAndTheOriginalIsKept() throws {
        let folder = try TemporaryFolder()
        try folder.write("mine before", to: "Sources/Exercises/01-x/A.swift")
        try folder.write("untouched", to: "Sources/Exercises/01-x/B.swift")
        let swap = try ExerciseFileSwap(
            root: folder.url, paths: ["Sources/Exercises/01-x/A.swift", "Sources/Exercises/01-x/B.swift"])
        try swap.install([
            "Sources/Exercises/01-x/A.swift": Data("stub".utf8), "Sources/Exercises/01-x/B.swift": Data("stub".utf8),
        ])
        // The learner's editor saves A while verify runs.
        try folder.write("mine, saved during verify", to: "Sources/Exercises/01-x/A.swift")
        let said = Transcript()
        try swap.restore(console: said.console)
        #expect(folder.read("Sources/Exercises/01-x/A.swift") == "mine, saved during verify")
        #expect(folder.read("Sources/Exercises/01-x/B.swift") == "untouched")
        let kept = try #require(
            FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent(".tutor/backups").path)
                .first)
        #expect(folder.read(".tutor/backups/\(kept)/Sources/Exercises/01-x/A.swift") == "mine before")
        #expect(said.text.contains("Sources/Exercises/01-x/A.swift was changed while `tutor verify` ran"))
    }

    @Test func aSwapWhoseOwnerDiedIsRestoredAndOneWhoseOwnerLivesIsLeftAlone() throws {
        let folder = try TemporaryFolder()
        try folder.write("mine", to: "Sources/Exercises/01-x/A.swift")
        // A separate process stands for the `tutor verify` that made the swap.
        let owner = try sleepingProcess()
        let swap = try ExerciseFileSwap(
            root: folder.url, paths: ["Sources/Exercises/01-x/A.swift"],
            owner: ProcessIdentity.of(owner.processIdentifier))
        try swap.install(["Sources/Exercises/01-x/A.swift": Data("stub".utf8)])
        let said = Transcript()
        try ExerciseFileSwap.restoreInterrupted(root: folder.url, console: said.console)
        #expect(folder.read("Sources/Exercises/01-x/A.swift") == "stub")
        #expect(said.text.contains("is still running"))
        #expect(
            FileManager.default.fileExists(atPath: folder.url.appendingPathComponent(ExerciseFileSwap.directory).path))
        // `kill -9` in the middle of the swap; the next command restores the files.
        kill(owner.processIdentifier, SIGKILL)
        owner.waitUntilExit()
        try ExerciseFileSwap.restoreInterrupted(root: folder.url, console: said.console)
        #expect(folder.read("Sources/Exercises/01-x/A.swift") == "mine")
        #expect(said.text.contains("they are restored"))
        #expect(
            !FileManager.default.fileExists(atPath: folder.url.appendingPathComponent(ExerciseFileSwap.directory).path))
    }

    @Test func aBackupWithoutManifestIsLeftForTheLearnerAndBlocksANewSwap() throws {
        let folder = try TemporaryFolder()
        try folder.write("mine", to: "Sources/Exercises/01-x/A.swift")
        try folder.write("half-copied", to: "\(ExerciseFileSwap.directory)/Sources/Exercises/01-x/A.swift")
        let said = Transcript()
        try ExerciseFileSwap.restoreInterrupted(root: folder.url, console: said.console)
        #expect(folder.read("Sources/Exercises/01-x/A.swift") == "mine")
        #expect(folder.read("\(ExerciseFileSwap.directory)/Sources/Exercises/01-x/A.swift") == "half-copied")
        #expect(said.text.contains("left there for you"))
        #expect(throws: TutorError.self) {
            _ = try ExerciseFileSwap(root: folder.url, paths: ["Sources/Exercises/01-x/A.swift"])
        }
        #expect(folder.read("\(ExerciseFileSwap.directory)/Sources/Exercises/01-x/A.swift") == "half-copied")
    }
}

/// A child process that sleeps for a minute, for tests that need a live process to own something and then die.
func sleepingProcess() throws -> Process {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sleep")
    process.arguments = ["60"]
    try process.run()
    return process
}

/// Everything written to a console, for tests that check what the learner is told.
final class Transcript: @unchecked Sendable {
    private let lock = NSLock()
    private var chunks: [String] = []
    var text: String { lock.withLock { chunks.joined() } }
    var console: Console { Console(usesColor: false) { [self] chunk in lock.withLock { chunks.append(chunk) } } }
}
