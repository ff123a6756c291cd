import Foundation

/// The targets of Package.swift as SwiftPM itself reads them (the JSON of `swift package dump-package`), to check
/// that the package and the chapter files describe the same chapters.
public struct PackageTargets: Sendable, Equatable {
    public struct Target: Sendable, Equatable {
        public let name: String
        /// `regular`, `test`, `executable`, `system`, …
        public let type: String
        /// The target's folder, when Package.swift gives one.
        public let path: String?
        /// The names of the targets and products it depends on.
        public let dependencies: [String]
    }

    public let targets: [Target]

    public init(targets: [Target]) { self.targets = targets }

    /// Reads the output of `swift package dump-package`.
    public init(dumpPackageJSON data: Data) throws(CatalogError) {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let targets = object["targets"] as? [[String: Any]]
        else { throw .malformed("swift package dump-package", "its output is not a package description with targets") }
        self.targets = targets.compactMap { target in
            guard let name = target["name"] as? String else { return nil }
            // Each dependency is {"target": [name, condition]}, {"byName": [name, condition]} or
            // {"product": [name, package, moduleAliases, condition]}: the name always comes first.
            let dependencies = (target["dependencies"] as? [[String: Any]] ?? []).compactMap { dependency in
                dependency.values.lazy.compactMap { ($0 as? [Any])?.first as? String }.first
            }
            return Target(
                name: name, type: target["type"] as? String ?? "", path: target["path"] as? String,
                dependencies: dependencies)
        }
    }

    /// Every way the package's chapter targets (`ChapterNNExercises`, `ChapterNNTests`) and the catalog's chapters
    /// disagree, one sentence each; empty when they agree.
    public func disagreements(with catalog: Catalog) -> [String] {
        var problems: [String] = []
        var chapterTargets: [Int: [Target]] = [:]
        for target in targets {
            guard let match = target.name.wholeMatch(of: /Chapter(\d\d)(Exercises|Tests)/), let number = Int(match.1)
            else { continue }
            chapterTargets[number, default: []].append(target)
        }
        let known = Set(catalog.chapters.map(\.number))
        for number in chapterTargets.keys.sorted() where !known.contains(number) {
            let names = chapterTargets[number]!.map(\.name).sorted().joined(separator: ", ")
            problems.append(
                "Package.swift declares \(names), but there is no Chapters/\(String(format: "%02d", number))-*/chapter.yaml"
            )
        }
        for chapter in catalog.chapters {
            let declared = chapterTargets[chapter.number] ?? []
            // A `config` chapter's exercises are files its checks read when they run: it has no exercise module.
            let expected =
                chapter.kind == .code
                ? [
                    (chapter.exerciseModule, chapter.exercisesDirectory, "regular"),
                    (chapter.testTarget, chapter.testsDirectory, "test"),
                ] : [(chapter.testTarget, chapter.testsDirectory, "test")]
            let helper = chapter.kind == .code ? "chapter" : "configChapter"
            if chapter.kind == .config, declared.contains(where: { $0.name == chapter.exerciseModule }) {
                problems.append(
                    "\(chapter.exerciseModule) is declared, but \(chapter.folderName) is a config chapter: its files are not compiled (declare it with `configChapter(…)`)"
                )
            }
            for (name, path, type) in expected {
                guard let target = declared.first(where: { $0.name == name }) else {
                    problems.append(
                        "\(chapter.folderName) has no target \(name) in Package.swift (declare the chapter with `\(helper)(\"\(String(format: "%02d", chapter.number))\", \"\(chapter.topic)\"\(chapter.kind == .code ? ", …" : ""))`)"
                    )
                    continue
                }
                if target.type != type { problems.append("\(name) is a \(target.type) target, not a \(type) one") }
                if let declaredPath = target.path, declaredPath != path {
                    problems.append("\(name) is built from \(declaredPath), but the chapter's folder is \(path)")
                }
            }
            // The chapters this chapter's targets import, other than itself, must be what builds-on says.
            let imported = Set(
                declared.flatMap(\.dependencies).compactMap { name -> Int? in
                    guard let match = name.wholeMatch(of: /Chapter(\d\d)[A-Za-z]+/), let number = Int(match.1) else {
                        return nil
                    }
                    return number == chapter.number ? nil : number
                })
            if imported != Set(chapter.buildsOn) {
                let say = { (numbers: Set<Int>) in
                    numbers.isEmpty ? "none" : numbers.sorted().map(String.init).joined(separator: ", ")
                }
                problems.append(
                    "\(chapter.folderName): chapter.yaml says builds-on [\(say(Set(chapter.buildsOn)))], but its targets in Package.swift import chapters [\(say(imported))]"
                )
            }
        }
        return problems
    }
}
