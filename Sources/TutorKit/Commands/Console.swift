import Book
import Foundation
import WorkbookModel

/// Where the tutor's output goes, with colour only on a terminal that wants it.
public struct Console: Sendable {
    private let write: @Sendable (String) -> Void
    public let usesColor: Bool
    /// Whether standard output is a terminal, so a progress line can be redrawn in place.
    public let isTerminal: Bool

    public init(usesColor: Bool, isTerminal: Bool = false, write: @escaping @Sendable (String) -> Void) {
        self.usesColor = usesColor
        self.isTerminal = isTerminal
        self.write = write
    }

    /// Standard output, coloured when it is a terminal and `NO_COLOR` (https://no-color.org) is not set.
    public static func standardOutput() -> Console {
        let terminal = isatty(STDOUT_FILENO) == 1
        let color = terminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        return Console(usesColor: color, isTerminal: terminal) { text in
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }

    public func line(_ text: String = "") { write(text + "\n") }
    public func raw(_ text: String) { write(text) }

    public func bold(_ text: String) -> String { styled(text, "1") }
    public func dim(_ text: String) -> String { styled(text, "2") }
    public func green(_ text: String) -> String { styled(text, "32") }
    public func red(_ text: String) -> String { styled(text, "31") }
    public func yellow(_ text: String) -> String { styled(text, "33") }
    public func cyan(_ text: String) -> String { styled(text, "36") }

    private func styled(_ text: String, _ code: String) -> String {
        usesColor ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
