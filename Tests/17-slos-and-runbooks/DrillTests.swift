import ConfigCheckSupport
import Foundation
import Testing

/// `chaos-drill`: the drill's pod manifest, validated against the Kubernetes schemas and played by podman. Under a
/// steady load of verifications, the service's process is killed with SIGKILL, as the kernel's OOM killer or a
/// crash ends it; the pod's restart policy must bring `/health/ready` back within `recoveryBudget`. The measured
/// recovery time and the requests that failed meanwhile are printed.
@Suite(.serialized) struct DrillTests {
    static let recoveryBudget = 60.0

    @Test func podRecoversFromAKillUnderLoad() async throws {
        guard let file = LearnerConfigFile.load(chapter: chapter, file: "drill.yaml") else { return }
        let validator = try Tools.require("kubernetes-validate", pythonPackage: "kubernetes-validate")
        let validation = try ChildProcess.run(validator, ["--strict", "--quiet", file.url.path])
        guard validation.status == 0 else {
            recordProblem(
                "the manifest does not match the Kubernetes schemas", file: file.path,
                expected: "kubernetes-validate --strict passes", got: (validation.output + validation.errors).trimmed)
            return
        }
        guard let pod = try yamlDocuments(file.text).first(where: { $0["kind"] as? String == "Pod" }),
            let container = value(pod, "spec.containers.0") as? [String: Any],
            let port = container["ports"].flatMap({ value($0, "0.containerPort") as? Int })
        else {
            recordProblem(
                "the file has no Pod whose container declares its port", file: file.path,
                expected: "kind: Pod with spec.containers[0].ports[0].containerPort", got: "none")
            return
        }
        if isListening(port: port) {
            recordProblem(
                "port \(port) is already in use on this machine; the pod needs it (host networking)", file: file.path,
                detail: "stop what listens there (`ss -ltnp`) and run the checks again")
            return
        }
        try Podman.requireServiceImage()
        let scratch = makeScratchDirectory("kzg-drill")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let playable = scratch.appendingPathComponent("drill.yaml")
        try Data(Podman.playableCopy(of: file.text).utf8).write(to: playable)
        let played = try Podman.run(["kube", "play", "--network", "host", playable.path], timeout: .seconds(300))
        defer { _ = try? Podman.run(["kube", "down", playable.path], timeout: .seconds(120)) }
        guard played.status == 0 else {
            recordProblem(
                "podman kube play cannot play the pod", file: file.path, expected: "a running pod",
                got: (played.output + played.errors).trimmed.lastLines(10))
            return
        }
        let base = "http://127.0.0.1:\(port)"
        guard await waitForReadiness(base, seconds: 90) != nil else {
            recordProblem(
                "the pod never became ready, before any drill", file: file.path,
                expected: "200 from \(base)/health/ready within 90 s", got: "no")
            return
        }
        let containerName = (value(pod, "metadata.name") as? String ?? "") + "-" + (container["name"] as? String ?? "")

        // A steady load: four clients verifying a proof (the point at infinity opens the zero polynomial) back to back.
        let load = Load(url: "\(base)/v1/verify_kzg_proof")
        let clients = (0..<4).map { _ in Task { await load.run() } }
        try await Task.sleep(for: .seconds(2))
        // SIGKILL from outside, as the kernel's OOM killer sends it (`podman kill` would mark the container as
        // stopped by its user, which no restart policy restarts).
        let pid = try Podman.run(["inspect", "--format", "{{.State.Pid}}", containerName]).output.trimmed
        guard let processID = Int32(pid), processID > 0, kill(processID, SIGKILL) == 0 else {
            load.stop()
            for client in clients { await client.value }
            recordProblem(
                "the drill cannot find the pod's service process to kill", file: file.path,
                expected: "a running container \(containerName)", got: "process ID `\(pid)`")
            return
        }
        let killedAt = Date()
        // It must be seen down first (or the readiness seen could be the killed process's last answer), then back.
        let downDeadline = killedAt.addingTimeInterval(5)
        while Date() < downDeadline,
            let answer = try? await HTTPProbe.get("\(base)/health/ready", timeout: 1), answer.status == 200
        {
            try await Task.sleep(for: .milliseconds(50))
        }
        let recoveredAfter = await waitForReadiness(base, seconds: Self.recoveryBudget + 5, after: killedAt)
        load.stop()
        for client in clients { await client.value }
        let (answered, failed) = load.counts
        if let recoveredAfter {
            print(
                "chaos drill: SIGKILL under load; ready again after \(String(format: "%.1f", recoveredAfter)) s "
                    + "(budget \(Int(Self.recoveryBudget)) s); \(answered) requests answered, \(failed) failed meanwhile"
            )
        }
        guard let recoveredAfter, recoveredAfter <= Self.recoveryBudget else {
            recordProblem(
                "the service did not come back after its process was killed", file: file.path,
                expected: "ready again within \(Int(Self.recoveryBudget)) s: a restart policy that restarts it",
                got: recoveredAfter.map { "ready after \(String(format: "%.1f", $0)) s" }
                    ?? "not ready after \(Int(Self.recoveryBudget + 5)) s")
            return
        }
    }

    /// Polls readiness until it answers 200 and returns how long after `start` it did, or `nil` after `seconds`.
    func waitForReadiness(_ base: String, seconds: Double, after start: Date = Date()) async -> Double? {
        let deadline = start.addingTimeInterval(seconds)
        while Date() < deadline {
            if let answer = try? await HTTPProbe.get("\(base)/health/ready", timeout: 1), answer.status == 200 {
                return Date().timeIntervalSince(start)
            }
            try? await Task.sleep(for: .milliseconds(200))
        }
        return nil
    }
}

/// Clients sending the same request back to back until stopped, counting answers and failures.
final class Load: @unchecked Sendable {
    let url: String
    private let lock = NSLock()
    private var stopped = false
    private var answered = 0
    private var failed = 0

    init(url: String) { self.url = url }

    var counts: (answered: Int, failed: Int) { lock.withLock { (answered, failed) } }

    func stop() { lock.withLock { stopped = true } }

    func run() async {
        let infinity = "0xc0" + String(repeating: "0", count: 94)
        let zero = "0x" + String(repeating: "0", count: 64)
        let body = Data(#"{"commitment":"\#(infinity)","z":"\#(zero)","y":"\#(zero)","proof":"\#(infinity)"}"#.utf8)
        while !lock.withLock({ stopped }) {
            let answer = try? await HTTPProbe.post(url, json: body, timeout: 2)
            lock.withLock {
                if answer?.status == 200 { answered += 1 } else { failed += 1 }
            }
            if answer == nil { try? await Task.sleep(for: .milliseconds(100)) }
        }
    }
}
