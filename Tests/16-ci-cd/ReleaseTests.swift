import ConfigCheckSupport
import Foundation
import Testing

/// `release-workflow`: the release on tags. actionlint passes; only a tag starts it; test, image and deploy run in
/// that order; the deploy job is gated by an environment; the registry token goes in on standard input. Then the
/// deploy job runs on this machine with stand-ins for kubectl and podman and made-up secrets: it must pass, hand the
/// cluster's credentials to kubectl through a file, and never print a secret or put one on a command line.
@Suite(.serialized) struct ReleaseTests {
    @Test func releaseRunsOnTagsAndKeepsItsSecrets() throws {
        guard let file = LearnerConfigFile.load(chapter: chapter, file: "release.yml"),
            let workflow = try Workflow(file)
        else { return }
        let triggers = workflow.triggers
        let push = triggers["push"] as? [String: Any] ?? [:]
        let others = triggers.keys.filter { $0 != "push" && $0 != "workflow_dispatch" }
        if push["tags"] == nil || push["branches"] != nil || !others.isEmpty {
            recordProblem(
                "the release starts on more than tags: every merge would deploy", file: file.path,
                expected: "on: push: tags: [\"v*\"] and nothing else", got: "on: \(triggers)")
        }
        guard workflow.requireJobs(["test", "image", "deploy"]) else { return }
        workflow.requireOrder("image", after: "test")
        workflow.requireOrder("deploy", after: "image")
        if workflow.jobs["deploy"]?["environment"] == nil {
            recordProblem(
                "the deploy job has no environment: its secrets are open to every job, and no reviewer can hold it",
                file: file.path, expected: "environment: production", got: "none")
        }
        for (name, job) in workflow.jobs.sorted(by: { $0.key < $1.key }) {
            for step in job["steps"] as? [[String: Any]] ?? [] {
                if let script = step["run"] as? String, script.contains("secrets.") {
                    recordProblem(
                        "job \(name) writes a secret into a script: it is pasted in before bash runs, and lands in "
                            + "the process list and any `set -x` trace",
                        file: file.path, expected: "secrets passed in `env:` and read as \"$NAME\"", got: script.trimmed
                    )
                }
            }
        }
        let imageScripts = workflow.scripts("image").joined(separator: "\n")
        if imageScripts.contains("login"), !imageScripts.contains("--password-stdin") {
            recordProblem(
                "the registry login takes the token as an argument, which `ps` shows", file: file.path,
                expected: "podman login … --password-stdin", got: imageScripts)
        }

        // The deploy job for real, against stand-ins that record what they were given.
        let scratch = makeScratchDirectory("kzg-release")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let bin = scratch.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let record = scratch.appendingPathComponent("calls.txt").path
        for tool in ["kubectl", "podman", "docker", "helm"] {
            let script = """
                #!/bin/sh
                # A stand-in for \(tool): records its arguments, and the kubeconfig it would read.
                printf '%s %s\\n' "\(tool)" "$*" >> "\(record)"
                if [ -n "$KUBECONFIG" ] && [ -f "$KUBECONFIG" ]; then printf 'kubeconfig: %s\\n' "$(cat "$KUBECONFIG")" >> "\(record)"; fi
                [ -t 0 ] || cat > /dev/null
                exit 0
                """
            let path = bin.appendingPathComponent(tool)
            try Data(script.utf8).write(to: path)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path.path)
        }
        let kubeconfig = "kubeconfig-secret-\(UUID().uuidString)"
        let token = "registry-secret-\(UUID().uuidString)"
        let path = bin.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let deploy = try workflow.runLocally(
            ["deploy", "--only", "--ref", "refs/tags/v1.0.0"],
            environment: ["PATH": path, "KUBECONFIG": kubeconfig, "GITHUB_TOKEN": token])
        print(deploy.output.lastLines(12))
        let calls = (try? String(contentsOfFile: record, encoding: .utf8)) ?? ""
        guard deploy.status == 0 else {
            recordProblem(
                "the deploy job fails when run on this machine (kubectl is a stand-in that succeeds)",
                file: file.path, expected: "run-workflow.py \(file.path) deploy --only passes",
                got: deploy.output.lastLines(15))
            return
        }
        if deploy.output.contains(kubeconfig) || deploy.output.contains(token) {
            recordProblem(
                "the deploy job prints a secret into its log", file: file.path,
                expected: "no secret in the output", got: deploy.output.lastLines(15))
        }
        let commandLines = calls.split(separator: "\n").filter { !$0.hasPrefix("kubeconfig: ") }
        if commandLines.contains(where: { $0.contains(kubeconfig) || $0.contains(token) }) {
            recordProblem(
                "the deploy job passes a secret as a command-line argument, which `ps` shows", file: file.path,
                expected: "the secret in a file or on standard input",
                got: commandLines.joined(separator: "\n"))
        }
        if !commandLines.contains(where: { $0.hasPrefix("kubectl ") }) || !calls.contains("kubeconfig: \(kubeconfig)") {
            recordProblem(
                "the deploy job never hands kubectl the cluster's credentials", file: file.path,
                expected: "kubectl called with KUBECONFIG naming a file that holds secrets.KUBECONFIG",
                got: calls.isEmpty ? "no kubectl call" : calls)
        }
    }
}
