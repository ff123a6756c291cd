import ConfigCheckSupport
import Foundation
import Testing

/// The objects of a learner's manifest file, by kind.
struct Manifest {
    let file: LearnerConfigFile
    let objects: [[String: Any]]

    /// Parses `file`; records a problem and returns `nil` when it is not YAML.
    init?(_ file: LearnerConfigFile) {
        self.file = file
        do { objects = try yamlDocuments(file.text) } catch {
            recordProblem("the file is not valid YAML", file: file.path, got: "\(error)")
            return nil
        }
    }

    /// The first object of `kind`, or a recorded problem.
    func object(_ kind: String) -> [String: Any]? {
        if let found = objects.first(where: { $0["kind"] as? String == kind }) { return found }
        recordProblem(
            "no \(kind) in the file", file: file.path, expected: "a document with `kind: \(kind)`",
            got: "kinds: " + objects.compactMap { $0["kind"] as? String }.joined(separator: ", "))
        return nil
    }

    /// Validates every object against the Kubernetes OpenAPI schemas, offline (PyPI's kubernetes-validate, which
    /// ships them), strictly: an unknown field is an error, as the API server's strict field validation makes it.
    func validateAgainstSchemas() throws -> Bool {
        let validator = try Tools.require("kubernetes-validate", pythonPackage: "kubernetes-validate")
        let result = try ChildProcess.run(validator, ["--strict", "--quiet", file.url.path])
        guard result.status == 0 else {
            recordProblem(
                "the manifests do not match the Kubernetes schemas", file: file.path,
                expected: "kubernetes-validate --strict passes",
                got: (result.output + result.errors).trimmed.lastLines(10))
            return false
        }
        return true
    }
}

/// The learner's Deployment (from deployment.yaml), as the other manifests of the chapter refer to it.
struct DeploymentFacts {
    let name: String
    let replicas: Int
    let podLabels: [String: String]
    let container: [String: Any]
    /// Port names to numbers, from the container's `ports`.
    let namedPorts: [String: Int]

    init?(_ manifest: Manifest) {
        guard let deployment = manifest.object("Deployment") else { return nil }
        name = value(deployment, "metadata.name") as? String ?? ""
        replicas = value(deployment, "spec.replicas") as? Int ?? 1
        podLabels = (value(deployment, "spec.template.metadata.labels") as? [String: Any] ?? [:])
            .mapValues { "\($0)" }
        guard let first = value(deployment, "spec.template.spec.containers.0") as? [String: Any] else {
            recordProblem("the Deployment has no container", file: manifest.file.path)
            return nil
        }
        container = first
        var ports: [String: Int] = [:]
        for port in first["ports"] as? [[String: Any]] ?? [] {
            if let name = port["name"] as? String, let number = port["containerPort"] as? Int { ports[name] = number }
        }
        namedPorts = ports
    }

    /// A port as a probe, a Service or a NetworkPolicy gives it: a number, or the name of a container port.
    func resolve(_ port: Any?) -> Int? {
        if let number = port as? Int { return number }
        if let name = port as? String { return namedPorts[name] ?? Int(name) }
        return nil
    }

    static func learner() -> DeploymentFacts? {
        guard let file = LearnerConfigFile.load(chapter: chapter, file: "deployment.yaml"),
            let manifest = Manifest(file)
        else { return nil }
        return DeploymentFacts(manifest)
    }
}

/// Whether a `matchLabels` selector picks a pod with `labels` (the selector must not be empty).
func selects(_ selector: Any?, _ labels: [String: String]) -> Bool {
    guard
        let matchLabels = (selector as? [String: Any])?["matchLabels"] as? [String: Any] ?? selector as? [String: Any],
        !matchLabels.isEmpty
    else { return false }
    return matchLabels.allSatisfy { labels[$0.key] == "\($0.value)" }
}

/// A manifest file played by `podman kube play` on the host's network, taken down by `down()`.
///
/// What is played is `Podman.playableCopy(of:)`: one replica, no port mappings (the host's network has one port).
final class PlayedManifest {
    let path: String
    private let scratch: URL

    init?(_ file: LearnerConfigFile) throws {
        try Podman.requireServiceImage()
        scratch = makeScratchDirectory("kzg-kube")
        let copy = scratch.appendingPathComponent(file.url.lastPathComponent)
        try Data(Podman.playableCopy(of: file.text).utf8).write(to: copy)
        path = copy.path
        // A stale pod of an earlier, interrupted run would hold the port.
        try Podman.run(["kube", "down", path])
        let played = try Podman.run(["kube", "play", "--network", "host", path], timeout: .seconds(300))
        guard played.status == 0 else {
            recordProblem(
                "podman kube play cannot play the manifests", file: file.path, expected: "a running pod",
                got: (played.output + played.errors).trimmed.lastLines(10))
            _ = try? Podman.run(["kube", "down", path])
            return nil
        }
    }

    /// The ID of the container named `name` in the played pod.
    func containerID(_ name: String) throws -> String? {
        let listed = try Podman.run(["ps", "-a", "--format", "{{.ID}} {{.Names}}"]).output
        return listed.split(separator: "\n").first { $0.hasSuffix("-\(name)") }
            .map { String($0.split(separator: " ")[0]) }
    }

    func logs(_ container: String) -> String {
        ((try? Podman.run(["logs", container])).map { $0.output + $0.errors } ?? "").lastLines(10)
    }

    func down() {
        _ = try? Podman.run(["kube", "down", path], timeout: .seconds(120))
        try? FileManager.default.removeItem(at: scratch)
    }
}

/// One HTTP GET probe of a container, as the kubelet runs it: a status from 200 to 399 passes.
func runProbe(_ probe: [String: Any]?, _ deployment: DeploymentFacts) async -> (passed: Bool, described: String) {
    guard let get = probe?["httpGet"] as? [String: Any], let path = get["path"] as? String,
        let port = deployment.resolve(get["port"])
    else { return (false, "no httpGet probe with a path and a port") }
    let url = "http://127.0.0.1:\(port)\(path)"
    guard let answer = try? await HTTPProbe.get(url, timeout: 3) else { return (false, "GET \(url): no answer") }
    return ((200..<400).contains(answer.status), "GET \(url): \(answer.status)")
}
