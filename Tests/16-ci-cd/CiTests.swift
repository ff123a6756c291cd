import ConfigCheckSupport
import Foundation
import Testing

/// `ci-workflow`: the pipeline of every push and pull request. actionlint passes; the jobs lint, build and test
/// exist, test waits for build; SwiftPM's folder is cached under a key made from `Package.resolved`; the token is
/// read-only; every job has a time limit. Then its lint job runs on this machine, for real, with the chapter's
/// run-workflow.py.
@Suite(.serialized) struct CiTests {
    @Test func pipelineMeetsItsRequirementsAndItsLintJobPasses() throws {
        guard let file = LearnerConfigFile.load(chapter: chapter, file: "ci.yml"), let workflow = try Workflow(file)
        else { return }
        let triggers = workflow.triggers
        if triggers["push"] == nil || triggers["pull_request"] == nil {
            recordProblem(
                "the pipeline does not run on both pushes and pull requests", file: file.path,
                expected: "on: push and pull_request", got: "on: " + triggers.keys.sorted().joined(separator: ", "))
        }
        guard workflow.requireJobs(["lint", "build", "test"]) else { return }
        workflow.requireOrder("test", after: "build")

        let caches = workflow.steps("build").filter { ($0["uses"] as? String)?.hasPrefix("actions/cache@") == true }
        if let cache = caches.first {
            let key = value(cache, "with.key") as? String ?? ""
            let path = "\(value(cache, "with.path") ?? "")"
            if !key.contains("hashFiles(") || !key.contains("Package.resolved") {
                recordProblem(
                    "the cache key does not change when the dependencies do", file: file.path,
                    expected: "a key with hashFiles('…Package.resolved')", got: "key: \(key)")
            }
            if !path.contains(".build") {
                recordProblem(
                    "the cache does not hold SwiftPM's .build folder", file: file.path,
                    expected: "path: Service/.build", got: "path: \(path)")
            }
        } else {
            recordProblem(
                "the build job caches nothing: every run fetches and compiles every dependency", file: file.path,
                expected: "a step `uses: actions/cache@…` in build", got: "none")
        }

        let permissions = workflow.root["permissions"]
        let readOnly =
            (permissions as? [String: Any]).map { scopes in scopes.allSatisfy { "\($0.value)" != "write" } }
            ?? ((permissions as? String) == "read-all")
        let jobGrantsWrite = workflow.jobs.values.contains { job in
            (job["permissions"] as? [String: Any])?.values.contains { "\($0)" == "write" } == true
                || job["permissions"] as? String == "write-all"
        }
        if !readOnly || jobGrantsWrite {
            recordProblem(
                "the pipeline's token can write: code from a pull request could push or publish with it",
                file: file.path, expected: "permissions: {contents: read} and no job granting write",
                got: "permissions: \(permissions ?? "GitHub's default")")
        }
        let unbounded = workflow.jobs.keys.sorted().filter { workflow.jobs[$0]?["timeout-minutes"] == nil }
        if !unbounded.isEmpty {
            recordProblem(
                "jobs without timeout-minutes run up to six hours when they hang", file: file.path,
                expected: "timeout-minutes on every job", got: "none on " + unbounded.joined(separator: ", "))
        }
        let lintScripts = workflow.scripts("lint").joined(separator: "\n")
        if !lintScripts.contains("hadolint") || !lintScripts.contains("actionlint") {
            recordProblem(
                "the lint job does not run both linters", file: file.path,
                expected: "run steps calling hadolint (the Containerfile) and actionlint (the workflows)",
                got: lintScripts)
        }

        // The plan of the whole pipeline, then its lint job for real.
        let plan = try workflow.runLocally(["--plan"])
        print(plan.output)
        let lint = try workflow.runLocally(["lint", "--only"])
        print(lint.output.lastLines(12))
        if lint.status != 0 {
            recordProblem(
                "the lint job fails when run on this machine", file: file.path,
                expected: "python3 Chapters/16-ci-cd/run-workflow.py \(file.path) lint passes",
                got: lint.output.lastLines(15))
        }
    }
}
