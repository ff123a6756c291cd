import Book
import Foundation
import Testing
import WorkbookModel

@testable import TutorKit

/// Event-stream records in the shape of swift-testing's JSON schema, version 0 (Documentation/ABI/JSON.md).
enum EventStream {
    static func test(_ id: String, kind: String, name: String) -> String {
        json([
            "version": 0, "kind": "test",
            "payload": [
                "id": id, "kind": kind, "name": name, "isParameterized": false,
                "sourceLocation": ["fileID": "M/F.swift", "filePath": "/F.swift", "line": 1, "column": 1],
            ],
        ])
    }

    static func event(
        _ kind: String, test: String? = nil, messages: [(String, String)] = [],
        issue: [String: Any]? = nil
    ) -> String {
        var payload: [String: Any] = [
            "kind": kind, "instant": ["absolute": 1.0, "since1970": 1.0],
            "messages": messages.map { ["symbol": $0.0, "text": $0.1] },
        ]
        if let test { payload["testID"] = test }
        if let issue { payload["issue"] = issue }
        return json(["version": 0, "kind": "event", "payload": payload])
    }

    static func json(_ object: [String: Any]) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    static let suite = "Chapter01Tests.AddTests"
    static let random = "Chapter01Tests.AddTests/random()/AddTests.swift:8:6"
    static let edges = "Chapter01Tests.AddTests/edges()/AddTests.swift:16:6"

    /// The records before any test runs: the suite, its two tests, the run's start, the tests' starts.
    static let opening = [
        test(suite, kind: "suite", name: "AddTests"),
        test(random, kind: "function", name: "random()"),
        test(edges, kind: "function", name: "edges()"),
        event("runStarted", messages: [("default", "Test run started.")]),
        event("testStarted", test: suite),
        event("testStarted", test: random),
        event("testStarted", test: edges),
    ]

    static func issue(in test: String, _ comment: String, isKnown: Bool = false, isFailure: Bool = true) -> String {
        event(
            "issueRecorded", test: test, messages: [("fail", "Issue recorded"), ("details", comment)],
            issue: ["isKnown": isKnown, "isFailure": isFailure, "severity": isFailure ? "error" : "warning"])
    }

    static let closing = [
        event("testEnded", test: random),
        event("testEnded", test: edges),
        event("testEnded", test: suite),
        event("runEnded", messages: [("default", "Test run ended.")]),
    ]
}

@Suite struct SuiteResultParserTests {
    let learnerDirectories = ["Sources/Exercises/01-big-integers"]

    func parse(_ records: [String], _ termination: Termination, console: String = "") -> SuiteResult {
        SuiteResultParser.parse(
            filter: "Chapter01Tests.AddTests", termination: termination,
            eventStream: records.joined(separator: "\n"), consoleOutput: console,
            learnerDirectories: learnerDirectories)
    }

    @Test func aCleanRunPassesAndCountsTestFunctionsNotSuites() {
        #expect(parse(EventStream.opening + EventStream.closing, .exited(0)) == .passed(tests: 2))
    }

    @Test func anIssueFailsWithTheTestsOwnCommentAsText() {
        let comment = """
            add(_:_:) returned a wrong result (case 3 of 1000)
              input:    a = 0xffffffffffffffff, b = 0x1
              expected: 0x0
              got:      0x1
            """
        let records = EventStream.opening + [EventStream.issue(in: EventStream.edges, comment)] + EventStream.closing
        #expect(parse(records, .exited(1)) == .failed(tests: 2, issues: [TestIssue(test: "edges()", text: comment)]))
    }

    @Test func knownIssuesAndWarningsDoNotFail() {
        let records =
            EventStream.opening
            + [
                EventStream.issue(in: EventStream.random, "known", isKnown: true),
                EventStream.issue(in: EventStream.random, "a warning", isFailure: false),
            ]
            + EventStream.closing
        #expect(parse(records, .exited(0)) == .passed(tests: 2))
    }

    @Test func recordKindsFromLaterSchemasAndNoiseAreSkipped() {
        let records =
            [#"{"version":"6.4","kind":"configuration","payload":{}}"#, "not json at all"]
            + EventStream.opening + EventStream.closing
        #expect(parse(records, .exited(0)) == .passed(tests: 2))
    }

    @Test func aRunThatSelectedNoTestMeansNoTestsMatched() {
        let records = [EventStream.event("runStarted"), EventStream.event("runEnded")]
        #expect(parse(records, .exited(69)) == .noTestsMatched(filter: "Chapter01Tests.AddTests"))
        #expect(parse(records, .exited(0)) == .noTestsMatched(filter: "Chapter01Tests.AddTests"))
    }

    // What the Swift runtime prints when learner code traps (trimmed from a real run).
    let crashOutput = """
        ◇ Test random() started.

        *** Signal 4: Backtracing from 0x55bf3e91f91e... done ***

        *** Swift runtime failure: arithmetic overflow ***

        Thread 5 "oot.default-qos" crashed:

          0 [inlined] [system] 0x000055bf3e91f91e Swift runtime failure: arithmetic overflow in Tests.xctest at //<compiler-generated>
          1                    0x000055bf3e91f91e add(_:_:) + 142 in Tests.xctest at /home/me/workbook/Sources/Exercises/01-big-integers/Add.swift:5:15
          2 [ra]               0x000055bf3e922006 closure #4 in AddTests.edges() + 69 in Tests.xctest at /home/me/workbook/Tests/01-big-integers/AddTests.swift:20:31
          5 [ra]               0x000055bf3e9e1c9f closure #1 in static LearnerCodeWatch.run<A>(timeout:_:) + 382 in Tests.xctest at /home/me/workbook/Sources/Exercises/Support/Unimplemented.swift:59:25
        """

    @Test func aSignalIsACrashWithTheRuntimesMessageAndOnlyTheLearnersFrames() {
        let records = EventStream.opening + [EventStream.event("testEnded", test: EventStream.edges)]
        let result = parse(records, .signalled(SIGILL), console: crashOutput)
        guard case .crashed(let reason, let message, let frames, let test) = result else {
            Issue.record("expected a crash, got \(result)")
            return
        }
        #expect(reason.contains("signal \(SIGILL)"))
        #expect(message == "Swift runtime failure: arithmetic overflow")
        #expect(frames == ["add(_:_:) at Sources/Exercises/01-big-integers/Add.swift:5:15"])
        #expect(test == "random()")
    }

    @Test func aFatalErrorMessageIsPreferredOverTheBacktraceBanner() {
        let console = """
            Chapter01Exercises/Add.swift:7: Fatal error: Index out of range
            *** Program crashed: Illegal instruction at 0x0000 ***
            """
        let result = parse(EventStream.opening, .signalled(SIGILL), console: console)
        guard case .crashed(_, let message, let frames, _) = result else {
            Issue.record("expected a crash, got \(result)")
            return
        }
        #expect(message == "Chapter01Exercises/Add.swift:7: Fatal error: Index out of range")
        #expect(frames.isEmpty)
    }

    @Test func anExitBeforeTheRunEndedIsACrashToo() {
        let result = parse(EventStream.opening, .exited(1), console: "")
        guard case .crashed(let reason, nil, [], "edges()") = result else {
            Issue.record("expected a crash during edges(), got \(result)")
            return
        }
        #expect(reason.contains("status 1"))
    }

    @Test func aTimeoutNamesTheTestStillRunning() {
        let records = EventStream.opening + [EventStream.event("testEnded", test: EventStream.edges)]
        #expect(parse(records, .timedOut(.seconds(5))) == .timedOut(after: .seconds(5), test: "random()"))
    }

    @Test func backtraceLinesOfAnotherShapeAreKeptWhole() {
        let line = "at /w/Sources/Exercises/01-big-integers/Add.swift:5"
        #expect(SuiteResultParser.frame(fromBacktraceLine: line, learnerDirectories: learnerDirectories) == line)
    }
}

@Suite struct TestTargetSummaryTests {
    @Test func addsSwiftTestingAndXCTestCounts() {
        let summary = TestTargetSummary(
            """
            Test Suite 'All tests' passed at 2026-01-01 10:00:00.000.
            \t Executed 12 tests, with 0 failures (0 unexpected) in 0.5 (0.5) seconds
            ✔ Test run with 30 tests in 4 suites passed after 1.2 seconds.
            """)
        #expect(summary.testsRun == 42)
        #expect(summary.summary.contains("30 tests in 4 suites"))
    }

    @Test func collectsTheFailures() {
        let summary = TestTargetSummary(
            """
            ✘ Test trustedSetupRelation() recorded an issue at PairingTests.swift:96:6: Caught error: missing file
            ↳ /// A doc comment line.
            /w/Tests/Reference/LimbsTests.swift:12: error: LimbsTests.testAdd : XCTAssertEqual failed: ("1") is not equal to ("2")
            ✘ Test run with 73 tests in 11 suites failed after 30.7 seconds with 1 issue.
            """)
        #expect(
            summary.failures == [
                "✘ Test trustedSetupRelation() recorded an issue at PairingTests.swift:96:6: Caught error: missing file",
                "/w/Tests/Reference/LimbsTests.swift:12: error: LimbsTests.testAdd : XCTAssertEqual failed: (\"1\") is not equal to (\"2\")",
            ])
        #expect(summary.testsRun == 73)
    }

    @Test func noTestsAtAllCountsZero() {
        #expect(TestTargetSummary("✔ Test run with 0 tests in 0 suites passed after 0.001 seconds.").testsRun == 0)
    }
}

@Suite struct TestProductTests {
    @Test func readsThePackageNameFromTheManifest() {
        let manifest = """
            // swift-tools-version: 6.1
            import PackageDescription
            // A comment that mentions Package( first.
            let package = Package(
                name: "ZKWorkbook",
                platforms: [.macOS(.v14)]
            )
            """
        #expect(TestRunner.packageName(inManifest: manifest) == "ZKWorkbook")
        #expect(TestRunner.packageName(inManifest: "let package = Package(name: \"A\")") == "A")
        #expect(TestRunner.packageName(inManifest: "let package = Package(name: packageName)") == nil)
        #expect(TestRunner.packageName(inManifest: "") == nil)
    }
}
