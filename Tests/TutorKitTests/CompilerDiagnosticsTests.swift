import Book
import Testing
import WorkbookModel

@testable import TutorKit

@Suite struct CompilerDiagnosticsTests {
    // The shape of `swift build` output on Swift 6: each error once per compiler job, with a source excerpt.
    let output = """
        Building for debugging...
        [5/7] Emitting module Chapter01Exercises
        /w/Sources/Exercises/01-big-integers/Sub.swift:8:13: error: cannot find 'differenc' in scope
         6 |     let (partial, underflow1) = a.subtractingReportingOverflow(b)
         7 |     let (difference, underflow2) = partial.subtractingReportingOverflow(borrow)
         8 |     return (differenc, 0)
           |             `- error: cannot find 'differenc' in scope
         9 | }
        [6/7] Compiling Chapter01Exercises Sub.swift
        /w/Sources/Exercises/01-big-integers/Sub.swift:8:13: error: cannot find 'differenc' in scope
         8 |     return (differenc, 0)
           |             `- error: cannot find 'differenc' in scope
        /w/Sources/Exercises/01-big-integers/Add.swift:3:9: warning: variable 'x' was never used
        3 |     let x = 1
          |         `- warning: variable 'x' was never used
        /w/Tests/01-big-integers/AddTests.swift:12:5: error: missing return in global function expected to return 'Int'
        error: fatalError
        """

    @Test func findsEachDistinctDiagnosticWithItsExcerpt() {
        let diagnostics = CompilerDiagnostics.parse(output)
        #expect(
            diagnostics.map(\.headline) == [
                "/w/Sources/Exercises/01-big-integers/Sub.swift:8:13: error: cannot find 'differenc' in scope",
                "/w/Sources/Exercises/01-big-integers/Add.swift:3:9: warning: variable 'x' was never used",
                "/w/Tests/01-big-integers/AddTests.swift:12:5: error: missing return in global function expected to return 'Int'",
            ])
        #expect(diagnostics[0].excerpt.count == 5)
        #expect(diagnostics[0].excerpt[2] == " 8 |     return (differenc, 0)")
        #expect(diagnostics[1].severity == .warning)
        #expect(diagnostics[2].excerpt.isEmpty)
        #expect(diagnostics[0].line == 8 && diagnostics[0].column == 13)
    }

    @Test func outputWithoutDiagnosticsGivesNone() {
        #expect(
            CompilerDiagnostics.parse("Building for debugging...\nBuild complete! (1.0s)\nerror: link command failed")
                .isEmpty)
    }
}
