import Foundation

/// A deliberately wrong solution of one exercise, kept to prove that the exercise's hidden tests catch it.
///
/// It lives at `Chapters/NN-topic/mutants/<exercise-id>/<name>.swift`, is a complete replacement of the exercise's
/// file, and its first line is a `//` comment saying what the bug is. A configuration exercise's mutant is a whole
/// wrong file, `<name>.<any extension>` (`wrong-port.yaml`), whose first line is a `#` comment (`//` in a JSON file). That
/// line is the mutant's description, not part of it: `contents(of:)` leaves it out, so a JSON mutant is JSON.
public struct Mutant: Sendable, Hashable {
    public let exerciseID: String
    /// The file's name without its extension, e.g. `carry-ignored`.
    public let name: String
    /// Relative to the package root.
    public let path: String
    /// The first line's comment, without the `//`; `nil` when the first line is not a comment.
    public let bug: String?
}

extension Catalog {
    /// What `tutor verify` installs for `mutant`: the file, except that a configuration mutant's first line (its
    /// description) is left out.
    public func contents(of mutant: Mutant) -> Data? {
        guard let data = try? Data(contentsOf: root.appendingPathComponent(mutant.path)) else { return nil }
        guard let exercise = exercise(id: mutant.exerciseID), chapter(of: exercise).kind == .config else {
            return data
        }
        guard let newline = data.firstIndex(of: UInt8(ascii: "\n")) else { return Data() }
        return data[(newline + 1)...]
    }

    /// The mutants of `exercise`, sorted by name. A file whose name is not a safe identifier is an error, since
    /// its name ends up in paths and in what verify prints.
    public func mutants(of exercise: Exercise) throws(CatalogError) -> [Mutant] {
        let directory = root.appendingPathComponent(exercise.mutantsDirectory)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [] }
        let chapter = chapter(of: exercise)
        let fileExtension = chapter.kind == .code ? ".swift" : ""
        var mutants: [Mutant] = []
        for fileName in names.sorted() where !fileName.hasPrefix(".") {
            let name =
                fileExtension.isEmpty
                ? String(fileName.prefix { $0 != "." })
                : String(fileName.dropLast(fileName.hasSuffix(fileExtension) ? fileExtension.count : 0))
            guard fileName.hasSuffix(fileExtension), SafeName.isIdentifier(name) else {
                throw .malformed(
                    directory.appendingPathComponent(fileName).path,
                    "a mutant's file name must be lowercase letters, digits and dashes\(fileExtension.isEmpty ? "" : ", ending in \(fileExtension)")"
                )
            }
            let path = "\(exercise.mutantsDirectory)/\(fileName)"
            let firstLine = (try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8))?
                .split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first
                .map { $0.trimmingCharacters(in: .whitespaces) }
            let bug = firstLine.flatMap { line -> String? in
                if line.hasPrefix("//") { return line.dropFirst(2).trimmingCharacters(in: .whitespaces) }
                if chapter.kind == .config, line.hasPrefix("#") {
                    return line.dropFirst().trimmingCharacters(in: .whitespaces)
                }
                return nil
            }
            mutants.append(
                Mutant(exerciseID: exercise.id, name: name, path: path, bug: bug.flatMap { $0.isEmpty ? nil : $0 }))
        }
        return mutants
    }

    /// Every exercise `exercise` depends on, directly through `uses` or through the exercises those use.
    public func dependencies(of exercise: Exercise) -> Set<String> {
        var found: Set<String> = []
        var pending = exercise.uses
        while let id = pending.popLast() {
            guard found.insert(id).inserted, let used = self.exercise(id: id) else { continue }
            pending.append(contentsOf: used.uses)
        }
        return found
    }
}

/// Rounds in which mutants can be checked together with one build each.
///
/// A round holds at most one mutant per exercise, and never the mutants of two exercises where one depends on the
/// other: with the other exercises holding official solutions, each suite that fails in a round can only have been
/// made to fail by its own exercise's mutant. Greedy, in catalog order: each mutant goes into the first round that
/// can take it.
public func mutantRounds(_ mutants: [Mutant], in catalog: Catalog) -> [[Mutant]] {
    var rounds: [[Mutant]] = []
    var dependencies: [String: Set<String>] = [:]
    for exercise in catalog.exercises { dependencies[exercise.id] = catalog.dependencies(of: exercise) }
    func conflict(_ a: Mutant, _ b: Mutant) -> Bool {
        a.exerciseID == b.exerciseID
            || dependencies[a.exerciseID, default: []].contains(b.exerciseID)
            || dependencies[b.exerciseID, default: []].contains(a.exerciseID)
    }
    for mutant in mutants {
        if let index = rounds.firstIndex(where: { round in !round.contains { conflict($0, mutant) } }) {
            rounds[index].append(mutant)
        } else {
            rounds.append([mutant])
        }
    }
    return rounds
}
