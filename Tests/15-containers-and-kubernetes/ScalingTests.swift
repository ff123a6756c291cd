import ConfigCheckSupport
import Foundation
import Testing

/// `kubernetes-scaling`: the PodDisruptionBudget and the HorizontalPodAutoscaler, validated against the Kubernetes
/// schemas, then computed as their controllers compute them against the learner's Deployment: the budget must
/// select its pods and, at the autoscaler's smallest size, allow one eviction (so a node can drain) but not all;
/// the autoscaler must target the Deployment and scale on CPU, which needs the pods' CPU request.
@Suite struct ScalingTests {
    @Test func budgetAndAutoscalerFitTheDeployment() throws {
        guard let file = LearnerConfigFile.load(chapter: chapter, file: "scaling.yaml"),
            let manifest = Manifest(file), let budget = manifest.object("PodDisruptionBudget"),
            let autoscaler = manifest.object("HorizontalPodAutoscaler"), try manifest.validateAgainstSchemas(),
            let deployment = DeploymentFacts.learner()
        else { return }

        if !selects(value(budget, "spec.selector"), deployment.podLabels) {
            recordProblem(
                "the PodDisruptionBudget selects none of the Deployment's pods: it protects nothing", file: file.path,
                expected: "a selector matching \(deployment.podLabels)",
                got: "\(value(budget, "spec.selector") ?? "none")")
        }
        let target = value(autoscaler, "spec.scaleTargetRef") as? [String: Any] ?? [:]
        if target["kind"] as? String != "Deployment" || target["name"] as? String != deployment.name
            || target["apiVersion"] as? String != "apps/v1"
        {
            recordProblem(
                "the autoscaler does not scale the Deployment", file: file.path,
                expected: "scaleTargetRef apps/v1 Deployment \(deployment.name)", got: "\(target)")
        }
        let minReplicas = value(autoscaler, "spec.minReplicas") as? Int ?? 1
        let maxReplicas = value(autoscaler, "spec.maxReplicas") as? Int ?? 0
        if minReplicas < 2 || maxReplicas <= minReplicas {
            recordProblem(
                "the autoscaler's range leaves no room: one pod is no redundancy, and max ≤ min never scales",
                file: file.path, expected: "2 ≤ minReplicas < maxReplicas",
                got: "minReplicas \(minReplicas), maxReplicas \(maxReplicas)")
        }

        // The disruption controller's arithmetic at the smallest size the autoscaler allows, every pod healthy.
        let healthy = minReplicas
        let desiredHealthy: Int
        if let minAvailable = value(budget, "spec.minAvailable") {
            desiredHealthy = scaled(minAvailable, of: healthy, roundUp: true)
        } else if let maxUnavailable = value(budget, "spec.maxUnavailable") {
            desiredHealthy = healthy - scaled(maxUnavailable, of: healthy, roundUp: true)
        } else {
            desiredHealthy = 0
        }
        let disruptionsAllowed = max(0, healthy - desiredHealthy)
        if disruptionsAllowed == 0 {
            recordProblem(
                "at \(healthy) pods the budget allows no eviction: every node drain would hang", file: file.path,
                expected: "disruptionsAllowed ≥ 1 at minReplicas \(healthy)",
                got: "desired healthy \(desiredHealthy) of \(healthy)")
        } else if desiredHealthy < 1 {
            recordProblem(
                "the budget lets a drain evict every pod at once", file: file.path,
                expected: "at least one pod kept", got: "desired healthy \(desiredHealthy) of \(healthy)")
        }

        let metrics = value(autoscaler, "spec.metrics") as? [[String: Any]] ?? []
        let cpu = metrics.first { value($0, "resource.name") as? String == "cpu" }
        if cpu == nil {
            recordProblem(
                "the autoscaler does not scale on CPU", file: file.path,
                expected: "a Resource metric on cpu with a target utilisation", got: "\(metrics)")
        } else if value(deployment.container, "resources.requests.cpu") == nil {
            recordProblem(
                "the autoscaler scales on CPU utilisation, which is a share of the CPU request, and the "
                    + "Deployment's container requests none: the HPA reports `missing request for cpu`",
                file: "Sources/Exercises/\(chapter)/deployment.yaml", expected: "resources.requests.cpu",
                got: "none")
        }
    }

    /// An int-or-percentage of `total`, as Kubernetes scales it (`"50%"` of 3 rounds up to 2).
    func scaled(_ value: Any, of total: Int, roundUp: Bool) -> Int {
        if let number = value as? Int { return number }
        let text = "\(value)"
        guard text.hasSuffix("%"), let percent = Double(text.dropLast()) else { return Int(text) ?? 0 }
        let exact = Double(total) * percent / 100
        return Int(roundUp ? exact.rounded(.up) : exact.rounded(.down))
    }
}
