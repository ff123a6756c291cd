import ConfigCheckSupport
import Foundation
import Testing

/// `kubernetes-deployment`: the ConfigMap and the Deployment, validated against the Kubernetes schemas, played by
/// `podman kube play`; then the manifest's own probes are run against the pod, and what the manifest asks is checked
/// in the running container: the user, the read-only root, the dropped capabilities, the memory limit, and the
/// ConfigMap's settings (the batch limit refuses one blob more; the logs are JSON; readiness turns 503 before the
/// process stops on SIGTERM, while liveness still answers).
@Suite(.serialized) struct DeploymentTests {
    @Test func deploymentPlaysAndItsProbesPass() async throws {
        guard let file = LearnerConfigFile.load(chapter: chapter, file: "deployment.yaml"),
            let manifest = Manifest(file), let configMap = manifest.object("ConfigMap"),
            let deployment = DeploymentFacts(manifest), try manifest.validateAgainstSchemas()
        else { return }
        let settings = (configMap["data"] as? [String: Any] ?? [:]).mapValues { "\($0)" }
        guard let limitText = settings["KZG_SERVICE_LIMITS_MAX_BATCH_SIZE"], let batchLimit = Int(limitText),
            let delayText = settings["KZG_SERVICE_SHUTDOWN_READINESS_DELAY_SECONDS"], let delay = Double(delayText),
            delay >= 2
        else {
            recordProblem(
                "the ConfigMap does not set the batch limit and the readiness delay the chapter asks for",
                file: file.path,
                expected:
                    "KZG_SERVICE_LIMITS_MAX_BATCH_SIZE (a number) and KZG_SERVICE_SHUTDOWN_READINESS_DELAY_SECONDS (2 or more)",
                got: settings.keys.sorted().joined(separator: ", "))
            return
        }
        let drain = Double(settings["KZG_SERVICE_SHUTDOWN_DRAIN_TIMEOUT_SECONDS"] ?? "25") ?? 25
        let grace =
            Double("\(value(manifest.object("Deployment"), "spec.template.spec.terminationGracePeriodSeconds") ?? 30)")
            ?? 30
        if grace < delay + drain {
            recordProblem(
                "the kubelet would kill the pod before it has drained", file: file.path,
                expected: "terminationGracePeriodSeconds ≥ readiness delay + drain timeout = \(Int(delay + drain))",
                got: "terminationGracePeriodSeconds \(Int(grace))")
            return
        }
        guard let httpPort = deployment.resolve(value(deployment.container, "readinessProbe.httpGet.port")) else {
            recordProblem(
                "the container has no readiness probe over HTTP", file: file.path,
                expected: "readinessProbe.httpGet with a path and a port",
                got: "\(deployment.container["readinessProbe"] ?? "none")")
            return
        }
        if isListening(port: httpPort) {
            recordProblem(
                "something on this machine already listens on port \(httpPort), which the pod needs (it runs on the host's network)",
                file: file.path, detail: "stop it (`ss -ltnp` shows which process) and run the checks again")
            return
        }

        guard let played = try PlayedManifest(file) else { return }
        defer { played.down() }
        guard let containerID = try played.containerID(deployment.container["name"] as? String ?? "") else {
            recordProblem("the played pod has no container named in the Deployment", file: file.path)
            return
        }

        // The kubelet's view: the readiness probe passes within the startup budget, and the liveness probe passes.
        let deadline = Date().addingTimeInterval(120)
        var readiness = await runProbe(deployment.container["readinessProbe"] as? [String: Any], deployment)
        while !readiness.passed && Date() < deadline {
            try await Task.sleep(for: .milliseconds(500))
            readiness = await runProbe(deployment.container["readinessProbe"] as? [String: Any], deployment)
        }
        guard readiness.passed else {
            recordProblem(
                "the readiness probe never passed", file: file.path, expected: "a 2xx answer within 120 s",
                got: readiness.described + "\n" + played.logs(containerID))
            return
        }
        let liveness = await runProbe(deployment.container["livenessProbe"] as? [String: Any], deployment)
        guard liveness.passed else {
            recordProblem(
                "the liveness probe fails on a healthy pod: the kubelet would restart it again and again",
                file: file.path, expected: "a 2xx answer", got: liveness.described)
            return
        }

        // What the security context and the resources did to the container.
        let uid = try Podman.run(["exec", containerID, "/usr/bin/id", "-u"]).output.trimmed
        if uid == "0" || uid.isEmpty {
            recordProblem("the container runs as root", file: file.path, expected: "a non-zero uid", got: uid)
        }
        let inspected = try Podman.inspect(["--type", "container", containerID]) ?? [:]
        let host = inspected["HostConfig"] as? [String: Any] ?? [:]
        if host["ReadonlyRootfs"] as? Bool != true {
            recordProblem(
                "the container's root file system is writable", file: file.path,
                expected: "securityContext.readOnlyRootFilesystem: true", got: "writable")
        }
        let effective = inspected["EffectiveCaps"] as? [String] ?? []
        if !effective.isEmpty {
            recordProblem(
                "the container keeps Linux capabilities it does not need", file: file.path,
                expected: "capabilities.drop: [ALL]", got: effective.joined(separator: ", "))
        }
        let memory = host["Memory"] as? Int ?? 0
        if memory == 0 {
            recordProblem(
                "the container has no memory limit: one leak takes the node's memory", file: file.path,
                expected: "resources.limits.memory", got: "no limit")
        }

        // The ConfigMap reached the service: one blob over the batch limit is refused as too large.
        let blob = "0x" + String(repeating: "0", count: 262_144)
        let point = "0xc0" + String(repeating: "0", count: 94)
        let count = batchLimit + 1
        let body = """
            {"blobs":[\(Array(repeating: "\"\(blob)\"", count: count).joined(separator: ","))],\
            "commitments":[\(Array(repeating: "\"\(point)\"", count: count).joined(separator: ","))],\
            "proofs":[\(Array(repeating: "\"\(point)\"", count: count).joined(separator: ","))]}
            """
        let answer = try await HTTPProbe.post(
            "http://127.0.0.1:\(httpPort)/v1/verify_blob_kzg_proof_batch", json: Data(body.utf8))
        if answer.status != 400 || !answer.text.contains("batch-too-large") {
            recordProblem(
                "the ConfigMap's batch limit did not reach the service", file: file.path,
                expected: "a batch of \(count) refused with batch-too-large (limit \(batchLimit))",
                got: "\(answer.status) \(answer.text.prefix(200))")
        }
        let logLines = played.logs(containerID).split(separator: "\n").filter { $0.hasPrefix("{") || $0.hasPrefix("[") }
        if settings["KZG_SERVICE_LOG_FORMAT"] == "json",
            logLines.isEmpty
                || !logLines.allSatisfy({ (try? JSONSerialization.jsonObject(with: Data($0.utf8))) != nil })
        {
            recordProblem(
                "KZG_SERVICE_LOG_FORMAT json did not reach the service", file: file.path,
                expected: "one JSON object a line", got: played.logs(containerID))
        }

        // SIGTERM, as the kubelet stops a pod: readiness must fail at once (so no new traffic comes) while liveness
        // still passes (so the kubelet does not kill a pod that is only draining).
        try Podman.run(["kill", "--signal", "TERM", containerID])
        try await Task.sleep(for: .milliseconds(500))
        let readinessDraining = await runProbe(deployment.container["readinessProbe"] as? [String: Any], deployment)
        let livenessDraining = await runProbe(deployment.container["livenessProbe"] as? [String: Any], deployment)
        if readinessDraining.passed {
            recordProblem(
                "the readiness probe still passes while the pod drains after SIGTERM: the Service keeps sending it traffic",
                file: file.path, expected: "readiness fails during the readiness delay (it must ask /health/ready)",
                got: readinessDraining.described)
        }
        if !livenessDraining.passed {
            recordProblem(
                "the liveness probe fails while the pod drains: the kubelet would kill it before its requests finish",
                file: file.path, expected: "liveness passes until the process exits (it must ask /health/live)",
                got: livenessDraining.described)
        }
    }
}
