import ExerciseSupport
import Foundation
import Testing

/// Runs a learner's function on every case and records one clear issue at the first wrong answer.
///
/// The learner's code runs on a watched thread (see `LearnerCodeWatch`): an unwritten stub is reported by name
/// and file, and code that does not return within `timeout` is reported as such, so the rest of the suite goes on.
/// The issue names the function and file, the inputs, the expected and the actual result (in hex), and the command
/// that replays the same random cases.
public func checkLearnerFunction<Input: Sendable, Output: Equatable & Sendable>(
    _ function: String,
    in file: String,
    cases: [Input],
    input describeInput: @escaping @Sendable (Input) -> String,
    output describeOutput: @escaping @Sendable (Output) -> String,
    expected: @escaping @Sendable (Input) -> Output,
    actual: @escaping @Sendable (Input) -> Output,
    timeout: Duration = .seconds(30),
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let outcome = LearnerCodeWatch.run(timeout: timeout) { () -> Mismatch? in
        for (index, item) in cases.enumerated() {
            let want = expected(item)
            let got = actual(item)
            if got != want {
                return Mismatch(
                    index: index, input: describeInput(item),
                    expected: describeOutput(want), got: describeOutput(got))
            }
        }
        return nil
    }
    switch outcome {
    case .returned(nil):
        return
    case .returned(let mismatch?):
        Issue.record(
            Comment(
                rawValue: """
                    \(function) returned a wrong result (case \(mismatch.index + 1) of \(cases.count))
                      file:     \(file)
                      input:    \(mismatch.input)
                      expected: \(mismatch.expected)
                      got:      \(mismatch.got)
                      replay:   \(TestSeed.replayHint)
                    """), sourceLocation: sourceLocation)
    case .unimplemented(let message):
        Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    case .timedOut:
        Issue.record(
            Comment(
                rawValue: """
                    \(function) did not return within \(timeout) on \(cases.count) cases: look for a loop that never ends
                      file:     \(file)
                    """), sourceLocation: sourceLocation)
    }
}

/// Like `checkLearnerFunction`, for a property rather than a reference answer: `holds` returns `nil` when the
/// learner's result is right for that input, or a sentence saying what is wrong.
public func checkLearnerProperty<Input: Sendable>(
    _ function: String,
    in file: String,
    cases: [Input],
    input describeInput: @escaping @Sendable (Input) -> String,
    timeout: Duration = .seconds(30),
    holds: @escaping @Sendable (Input) -> String?,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let outcome = LearnerCodeWatch.run(timeout: timeout) { () -> (Int, String, String)? in
        for (index, item) in cases.enumerated() {
            if let problem = holds(item) { return (index, describeInput(item), problem) }
        }
        return nil
    }
    switch outcome {
    case .returned(nil):
        return
    case .returned(let (index, input, problem)?):
        Issue.record(
            Comment(
                rawValue: """
                    \(function) is wrong (case \(index + 1) of \(cases.count))
                      file:     \(file)
                      input:    \(input)
                      problem:  \(problem)
                      replay:   \(TestSeed.replayHint)
                    """), sourceLocation: sourceLocation)
    case .unimplemented(let message):
        Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    case .timedOut:
        Issue.record(
            Comment(
                rawValue: """
                    \(function) did not return within \(timeout): look for a loop that never ends
                      file:     \(file)
                    """), sourceLocation: sourceLocation)
    }
}

struct Mismatch: Sendable {
    let index: Int
    let input: String
    let expected: String
    let got: String
}
