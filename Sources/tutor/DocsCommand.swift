import ArgumentParser
import Book
import Foundation
import TutorKit
import WorkbookModel

/// `tutor docs`: builds the offline book in `docs/` from `Chapters/`; `--check` verifies it is up to date.
struct Docs: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the offline book (docs/) from the chapters.",
        discussion: """
            The book opens from file:// with no server and no network: docs/index.html is its first page. \
            With --check, nothing is written; the command fails, listing the files, if docs/ differs from what \
            it would write.
            """
    )

    @Flag(help: "Compare docs/ with what would be written, and fail if they differ.")
    var check = false

    func run() throws {
        let root = try workbookRoot()
        let site = try BookBuilder(catalog: Catalog(root: root)).build()
        let output = root.appendingPathComponent(BookBuilder.outputDirectory)
        if check {
            let differences = site.differences(from: output)
            guard differences.isEmpty else {
                var message = "\(BookBuilder.outputDirectory)/ is not what `swift run tutor docs` would write:\n"
                for difference in differences { message += "  \(difference)\n" }
                message += "Run `swift run tutor docs` and commit \(BookBuilder.outputDirectory)/."
                FileHandle.standardError.write(Data((message + "\n").utf8))
                throw ExitCode.failure
            }
            print("\(BookBuilder.outputDirectory)/ is up to date (\(site.files.count) files).")
        } else {
            try site.write(to: output)
            print(
                "Wrote the book to \(BookBuilder.outputDirectory)/ (\(site.files.count) files). "
                    + "Open \(BookBuilder.outputDirectory)/index.html in a browser.")
        }
    }
}

/// The package root above the current directory.
func workbookRoot() throws -> URL {
    let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    guard let root = Catalog.locateRoot(from: here) else {
        throw ValidationError("Run tutor from inside the workbook (a folder with Package.swift and Chapters/).")
    }
    return root
}
