import ConfigCheckSupport
import Foundation
import Testing

/// `kubernetes-service`: the Service and the NetworkPolicy, validated against the Kubernetes schemas, then read
/// against the learner's Deployment as Kubernetes would: the Service's selector must pick its pods and its target
/// port must be a port they listen on (checked by playing deployment.yaml and asking that port); the NetworkPolicy,
/// evaluated as the network plugin evaluates it, must let a client pod in on the HTTP port, keep every other pod
/// and port out, and let nothing out.
@Suite(.serialized) struct ServiceTests {
    @Test func serviceReachesThePodsAndThePolicyAdmitsOnlyClients() async throws {
        guard let file = LearnerConfigFile.load(chapter: chapter, file: "service.yaml"),
            let manifest = Manifest(file), let service = manifest.object("Service"),
            let policy = manifest.object("NetworkPolicy"), try manifest.validateAgainstSchemas(),
            let deployment = DeploymentFacts.learner()
        else { return }

        if !selects(value(service, "spec.selector"), deployment.podLabels) {
            recordProblem(
                "the Service's selector picks none of the Deployment's pods: it would have no endpoints",
                file: file.path, expected: "labels of the pod template: \(deployment.podLabels)",
                got: "selector \(value(service, "spec.selector") ?? "none")")
            return
        }
        guard let servicePort = value(service, "spec.ports.0") as? [String: Any],
            let target = deployment.resolve(servicePort["targetPort"] ?? servicePort["port"]),
            deployment.namedPorts.values.contains(target)
        else {
            recordProblem(
                "the Service's targetPort is not a port of the pods", file: file.path,
                expected: "one of the container's ports: \(deployment.namedPorts)",
                got: "\(value(service, "spec.ports") ?? "no ports")")
            return
        }

        // The policy, evaluated for the three kinds of traffic that matter.
        if !selects(value(policy, "spec.podSelector"), deployment.podLabels) {
            recordProblem(
                "the NetworkPolicy does not select the service's pods, so it protects nothing", file: file.path,
                expected: "podSelector matching \(deployment.podLabels)",
                got: "\(value(policy, "spec.podSelector") ?? "none")")
            return
        }
        let evaluator = PolicyEvaluator(policy: policy, deployment: deployment)
        let client = ["kzg-service-client": "true"]
        let cases: [(String, [String: String], Int, Bool)] = [
            ("a client pod (kzg-service-client: \"true\") on the HTTP port", client, target, true),
            ("a pod without the client label on the HTTP port", ["app": "other"], target, false),
            ("a client pod on another port (9090)", client, 9090, false),
        ]
        for (what, labels, port, allowed) in cases where evaluator.admits(from: labels, port: port) != allowed {
            recordProblem(
                "the NetworkPolicy \(allowed ? "shuts out" : "lets in") \(what)", file: file.path,
                expected: allowed ? "admitted" : "denied", got: allowed ? "denied" : "admitted")
        }
        if evaluator.allowsEgress {
            recordProblem(
                "the NetworkPolicy lets the pods open connections: the service calls nobody", file: file.path,
                expected: "Egress in policyTypes and no egress rules", got: "egress allowed")
        }

        // The port the Service sends to answers on a played pod.
        guard let deploymentFile = LearnerConfigFile.load(chapter: chapter, file: "deployment.yaml"),
            !isListening(port: target), let played = try PlayedManifest(deploymentFile)
        else { return }
        defer { played.down() }
        if !(await waitUntilReady("http://127.0.0.1:\(target)/health/ready", seconds: 120)) {
            recordProblem(
                "nothing answers on the Service's targetPort on a played pod", file: file.path,
                expected: "200 from /health/ready on port \(target)", got: "no answer within 120 s")
        }
    }
}

/// A NetworkPolicy's ingress and egress rules evaluated for one selected pod, as the network plugin does: with
/// Ingress in `policyTypes`, a connection is admitted only if some rule admits it; a rule with no `from` admits every
/// source, with no `ports` every port.
struct PolicyEvaluator {
    let policy: [String: Any]
    let deployment: DeploymentFacts

    var policyTypes: [String] {
        if let types = value(policy, "spec.policyTypes") as? [String] { return types }
        // Without policyTypes, Ingress always, Egress when there are egress rules.
        return ["Ingress"] + (value(policy, "spec.egress") == nil ? [] : ["Egress"])
    }

    func admits(from labels: [String: String], port: Int) -> Bool {
        guard policyTypes.contains("Ingress") else { return true }
        let rules = value(policy, "spec.ingress") as? [[String: Any]] ?? []
        return rules.contains { rule in
            let sources = rule["from"] as? [[String: Any]]
            let sourceMatches =
                sources == nil || sources!.isEmpty
                || sources!.contains { peer in
                    guard peer["ipBlock"] == nil else { return false }
                    let podSelector = peer["podSelector"] as? [String: Any]
                    let namespaceSelector = peer["namespaceSelector"] as? [String: Any]
                    // An empty podSelector picks every pod; a namespaceSelector alone picks all pods of the
                    // namespaces it picks: too wide for this service either way.
                    if let podSelector,
                        podSelector.isEmpty || (podSelector["matchLabels"] as? [String: Any])?.isEmpty == true
                    {
                        return true
                    }
                    if podSelector == nil, namespaceSelector != nil { return true }
                    return selects(podSelector, labels)
                }
            let ports = rule["ports"] as? [[String: Any]]
            let portMatches =
                ports == nil || ports!.isEmpty
                || ports!.contains { entry in
                    guard let number = deployment.resolve(entry["port"]) else { return entry["port"] == nil }
                    let end = entry["endPort"] as? Int ?? number
                    return (number...max(number, end)).contains(port)
                }
            return sourceMatches && portMatches
        }
    }

    var allowsEgress: Bool {
        guard policyTypes.contains("Egress") else { return true }
        return !(value(policy, "spec.egress") as? [Any] ?? []).isEmpty
    }
}
