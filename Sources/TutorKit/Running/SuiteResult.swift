import Book
import Foundation
import WorkbookModel

/// One problem a hidden test found, as the learner should read it.
public struct TestIssue: Equatable, Sendable {
    /// The test's display name, e.g. `random inputs`.
    public let test: String
    /// The issue's full text: for the workbook's checks, the function, file, input, expected and actual values.
    public let text: String
}

/// What running one exercise's suite came to.
public enum SuiteResult: Equatable, Sendable {
    case passed(tests: Int)
    case failed(tests: Int, issues: [TestIssue])
    /// The test process died: `reason` says how (a signal, or an exit without finishing the run), `message` is
    /// the runtime's own explanation (`Fatal error: …`) if it printed one, `frames` the backtrace lines that
    /// point into the learner's files, and `test` the test that was running.
    case crashed(reason: String, message: String?, frames: [String], test: String?)
    /// The process was still running at the deadline and was killed; `test` is the test that was running.
    case timedOut(after: Duration, test: String?)
    /// The filter selected no test at all: the suite name in `chapter.yaml` and the test target disagree.
    case noTestsMatched(filter: String)

    public var passed: Bool {
        if case .passed = self { true } else { false }
    }
}

/// Turns a test process's exit and its Swift Testing event stream into a `SuiteResult`.
///
/// The event stream (`--event-stream-output-path`, JSON Lines, schema version 0; see swift-testing's
/// `Documentation/ABI/JSON.md`) gives tests and issues without scraping the console; the console output is
/// still needed when the process crashes, because the runtime prints the crash there.
public enum SuiteResultParser {
    /// - Parameter learnerDirectories: paths (relative to the package root) of the folders holding the files
    ///   learners edit; backtrace frames in them are the ones worth showing.
    public static func parse(
        filter: String, termination: Termination, eventStream: String, consoleOutput: String,
        learnerDirectories: [String]
    ) -> SuiteResult {
        let stream = EventStreamSummary(eventStream)
        switch termination {
        case .timedOut(let duration):
            return .timedOut(after: duration, test: stream.runningTest)
        case .signalled(let signal):
            return crash(
                reason: "killed by signal \(signal) (\(signalName(signal)))", stream: stream,
                console: consoleOutput, learnerDirectories: learnerDirectories)
        case .exited(let status):
            guard stream.runEnded else {
                return crash(
                    reason: "exited with status \(status) before the tests finished", stream: stream,
                    console: consoleOutput, learnerDirectories: learnerDirectories)
            }
            if stream.testsStarted == 0 { return .noTestsMatched(filter: filter) }
            if stream.issues.isEmpty && status == 0 { return .passed(tests: stream.testsStarted) }
            if stream.issues.isEmpty {
                // A failing exit with no recorded issue means something failed outside any test: show the tail.
                let tail = consoleOutput.split(separator: "\n").suffix(15).joined(separator: "\n")
                return .failed(
                    tests: stream.testsStarted,
                    issues: [TestIssue(test: "(test process)", text: "exited with status \(status)\n\(tail)")])
            }
            return .failed(tests: stream.testsStarted, issues: stream.issues)
        }
    }

    /// The runtime's explanations of a crash, most specific first.
    private static let crashMessageMarkers = [
        "Fatal error", "Precondition failed", "Assertion failed", "Swift runtime failure", "Program crashed",
    ]

    private static func crash(
        reason: String, stream: EventStreamSummary, console: String,
        learnerDirectories: [String]
    ) -> SuiteResult {
        let lines = console.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let message = crashMessageMarkers.lazy.compactMap { marker in lines.first { $0.contains(marker) } }.first
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "* ")) }
        var seen: Set<String> = []
        let frames =
            lines
            .filter { line in learnerDirectories.contains { line.contains("/\($0)/") } && line.contains(" at ") }
            .map { frame(fromBacktraceLine: $0, learnerDirectories: learnerDirectories) }
            .filter { seen.insert($0).inserted }
        return .crashed(reason: reason, message: message, frames: frames, test: stream.runningTest)
    }

    /// `1  0x000055bf… addWithCarry(_:_:carry:) + 142 in Tests.xctest at /…/Sources/Exercises/01-x/F.swift:5:15`
    /// becomes `addWithCarry(_:_:carry:) at Sources/Exercises/01-x/F.swift:5:15`. Lines of another shape are
    /// kept as they are.
    static func frame(fromBacktraceLine line: String, learnerDirectories: [String]) -> String {
        guard let addressRange = line.range(of: " 0x"),
            let locationRange = line.range(of: " at ", options: .backwards)
        else { return line }
        let afterAddress = line[addressRange.upperBound...].drop { !$0.isWhitespace }.drop { $0.isWhitespace }
        let symbol = afterAddress.range(of: " + ").map { afterAddress[..<$0.lowerBound] } ?? afterAddress
        var location = String(line[locationRange.upperBound...])
        for directory in learnerDirectories {
            if let start = location.range(of: "/\(directory)/") {
                location = String(location[location.index(after: start.lowerBound)...])
                break
            }
        }
        return "\(symbol) at \(location)"
    }

    static func signalName(_ signal: Int32) -> String {
        switch signal {
        case SIGILL: "SIGILL, a Swift runtime trap: overflow, out of range, force-unwrapped nil, precondition"
        case SIGTRAP: "SIGTRAP, a Swift runtime trap: overflow, out of range, force-unwrapped nil, precondition"
        case SIGSEGV: "SIGSEGV, a bad memory access, often unbounded recursion"
        case SIGBUS: "SIGBUS, a bad memory access"
        case SIGABRT: "SIGABRT, the process aborted"
        case SIGKILL: "SIGKILL, killed from outside"
        case SIGFPE: "SIGFPE, an arithmetic fault such as division by zero"
        default: "signal \(signal)"
        }
    }
}

/// The parts of a Swift Testing event stream the tutor needs.
struct EventStreamSummary {
    var testNames: [String: String] = [:]
    var functionIDs: Set<String> = []
    var testsStarted = 0
    var runEnded = false
    var issues: [TestIssue] = []
    /// The last test function that started and did not end.
    var runningTest: String?

    init(_ text: String) {
        var open: [String] = []
        for line in text.split(separator: "\n") {
            guard let record = try? JSONDecoder().decode(Record.self, from: Data(line.utf8)) else { continue }
            switch record.kind {
            case "test":
                guard let test = record.payload.testRecord else { continue }
                testNames[test.id] = test.displayName ?? test.name
                if test.kind == "function" { functionIDs.insert(test.id) }
            case "event":
                guard let event = record.payload.eventRecord else { continue }
                let isFunction = event.testID.map(functionIDs.contains) ?? false
                switch event.kind {
                case "testStarted" where isFunction:
                    testsStarted += 1
                    if let id = event.testID { open.append(id) }
                case "testEnded" where isFunction:
                    if let id = event.testID, let index = open.lastIndex(of: id) { open.remove(at: index) }
                case "issueRecorded":
                    guard let issue = event.issue, !issue.isKnown, issue.isFailure ?? true else { continue }
                    let name = event.testID.flatMap { testNames[$0] } ?? "(outside any test)"
                    issues.append(TestIssue(test: name, text: Self.issueText(event.messages)))
                case "runEnded":
                    runEnded = true
                default:
                    break
                }
            default:
                // The schema asks readers to skip record kinds they do not know.
                continue
            }
        }
        runningTest = open.last.flatMap { testNames[$0] }
    }

    /// The comment the hidden test recorded, without Swift Testing's own "recorded an issue" preamble when a
    /// comment is there to speak for itself.
    private static func issueText(_ messages: [Message]) -> String {
        let details = messages.filter { $0.symbol == "details" }.map(\.text)
        if !details.isEmpty { return details.joined(separator: "\n") }
        return messages.map(\.text).joined(separator: "\n")
    }

    struct Record: Decodable {
        let kind: String
        let payload: Payload
    }

    /// A record's payload: a test or an event, told apart by the record's `kind`.
    struct Payload: Decodable {
        let testRecord: TestPayload?
        let eventRecord: EventPayload?
        init(from decoder: any Decoder) throws {
            testRecord = try? TestPayload(from: decoder)
            eventRecord = try? EventPayload(from: decoder)
        }
    }

    struct TestPayload: Decodable {
        let kind: String
        let name: String
        let displayName: String?
        let id: String
    }

    struct EventPayload: Decodable {
        let kind: String
        let testID: String?
        let issue: IssuePayload?
        let messages: [Message]
    }

    struct IssuePayload: Decodable {
        let isKnown: Bool
        let isFailure: Bool?
    }

    struct Message: Decodable {
        let symbol: String
        let text: String
    }
}
