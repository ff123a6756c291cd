import ArgumentParser
import Book
import Foundation
import TutorKit
import WorkbookModel

/// `tutor read [chapter]`: a chapter, formatted for the terminal, for reading without a browser.
struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show a chapter in the terminal.",
        discussion: "Formulas appear as Unicode text. Colours and bold are used only when writing to a terminal."
    )

    @Argument(
        help: """
            A chapter number (1), folder (01-big-integers) or topic (big-integers). \
            Default: the chapter of your current exercise, or the first.
            """)
    var chapter: String?

    @Option(
        help: """
            Show only this section: a heading of the chapter, "Exercises" or "Recall" (any case). \
            A name that matches none lists the sections.
            """)
    var section: String?

    @Option(help: "Wrap lines at this many columns (default: the terminal's width, or 80).")
    var width: Int?

    func run() throws {
        let catalog = try Catalog(root: try workbookRoot())
        guard let name = chapter ?? TerminalRenderer.chapterToRead(in: catalog).map({ String($0.number) }) else {
            throw ValidationError("The workbook has no chapters yet.")
        }
        let isTerminal = isatty(STDOUT_FILENO) == 1
        let styled = isTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        let renderer = TerminalRenderer(styled: styled, width: width ?? Self.terminalWidth(isTerminal: isTerminal))
        print(try renderer.render(chapterNamed: name, section: section, in: catalog), terminator: "")
    }

    /// The terminal's width (capped for readability), `COLUMNS` when not writing to a terminal, else 80.
    private static func terminalWidth(isTerminal: Bool) -> Int {
        var size = winsize()
        if isTerminal, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return min(Int(size.ws_col), 100)
        }
        return ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init) ?? 80
    }
}
