import Foundation
import Testing
import WorkbookFixtures

@testable import WorkbookModel

@Suite struct PackageTargetsTests {
    /// A catalog of chapters 1 (`one`) and 2 (`two`, building on 1).
    func catalog(buildsOn: [Int] = [1]) throws -> (TemporaryFolder, Catalog) {
        let folder = try TemporaryFolder()
        try folder.write(
            chapterYAML(number: 1, topic: "one", exercises: [("a", 2)]), to: "Chapters/01-one/chapter.yaml")
        try folder.write(
            chapterYAML(number: 2, topic: "two", exercises: [("b", 2)], buildsOn: buildsOn),
            to: "Chapters/02-two/chapter.yaml")
        return (folder, try Catalog(root: folder.url))
    }

    /// The shape `swift package dump-package` prints, trimmed to what is read.
    func dump(_ targets: [(name: String, type: String, path: String, dependencies: [String])]) -> Data {
        let entries = targets.map { target in
            let dependencies = target.dependencies.enumerated().map { index, name in
                // The three shapes SwiftPM uses for a dependency; the name is first in each.
                switch index % 3 {
                case 0: #"{"byName":["\#(name)",null]}"#
                case 1: #"{"target":["\#(name)",null]}"#
                default: #"{"product":["\#(name)","some-package",null,null]}"#
                }
            }.joined(separator: ",")
            return
                #"{"name":"\#(target.name)","type":"\#(target.type)","path":"\#(target.path)","dependencies":[\#(dependencies)]}"#
        }
        return Data(#"{"name":"ZKWorkbook","targets":[\#(entries.joined(separator: ","))]}"#.utf8)
    }

    var agreeing: [(name: String, type: String, path: String, dependencies: [String])] {
        [
            ("Chapter01Exercises", "regular", "Sources/Exercises/01-one", ["ExerciseSupport"]),
            ("Chapter01Tests", "test", "Tests/01-one", ["Chapter01Exercises", "HiddenTestSupport", "Limbs"]),
            ("Chapter02Exercises", "regular", "Sources/Exercises/02-two", ["ExerciseSupport", "Chapter01Solutions"]),
            ("Chapter02Tests", "test", "Tests/02-two", ["Chapter02Exercises", "HiddenTestSupport"]),
            ("Limbs", "regular", "Sources/Reference/Limbs", []),
        ]
    }

    @Test func readsTargetsAndTheirDependenciesFromDumpPackage() throws {
        let targets = try PackageTargets(dumpPackageJSON: dump(agreeing))
        #expect(targets.targets.count == 5)
        #expect(
            targets.targets[1]
                == PackageTargets.Target(
                    name: "Chapter01Tests", type: "test", path: "Tests/01-one",
                    dependencies: ["Chapter01Exercises", "HiddenTestSupport", "Limbs"]))
        #expect(throws: CatalogError.self) { _ = try PackageTargets(dumpPackageJSON: Data("warning: no JSON".utf8)) }
    }

    @Test func agreeingPackageAndChaptersHaveNoDisagreement() throws {
        let (_, catalog) = try catalog()
        #expect(try PackageTargets(dumpPackageJSON: dump(agreeing)).disagreements(with: catalog) == [])
    }

    @Test func aChapterWithoutTargetsIsNamed() throws {
        let (_, catalog) = try catalog()
        let problems = try PackageTargets(dumpPackageJSON: dump(Array(agreeing.dropFirst(2)))).disagreements(
            with: catalog)
        #expect(problems.contains { $0.contains("01-one has no target Chapter01Exercises") })
        #expect(problems.contains { $0.contains("01-one has no target Chapter01Tests") })
    }

    @Test func targetsWithoutAChapterAreNamed() throws {
        let (_, catalog) = try catalog()
        let extra =
            agreeing + [
                ("Chapter03Exercises", "regular", "Sources/Exercises/03-three", []),
                ("Chapter03Tests", "test", "Tests/03-three", ["Chapter03Exercises"]),
            ]
        let problems = try PackageTargets(dumpPackageJSON: dump(extra)).disagreements(with: catalog)
        #expect(
            problems == [
                "Package.swift declares Chapter03Exercises, Chapter03Tests, but there is no Chapters/03-*/chapter.yaml"
            ])
    }

    @Test func aTargetBuiltFromAnotherFolderIsNamed() throws {
        let (_, catalog) = try catalog()
        var targets = agreeing
        targets[1].path = "Tests/01-other"
        let problems = try PackageTargets(dumpPackageJSON: dump(targets)).disagreements(with: catalog)
        #expect(problems == ["Chapter01Tests is built from Tests/01-other, but the chapter's folder is Tests/01-one"])
    }

    @Test func buildsOnMustMatchTheChaptersTheTargetsImport() throws {
        let (_, catalog) = try catalog(buildsOn: [])
        let problems = try PackageTargets(dumpPackageJSON: dump(agreeing)).disagreements(with: catalog)
        #expect(
            problems == [
                "02-two: chapter.yaml says builds-on [none], but its targets in Package.swift import chapters [1]"
            ])
    }

    /// A config chapter 3 (`three`) beside chapter 1: its one exercise edits `service.yaml`.
    func catalogWithConfigChapter() throws -> (TemporaryFolder, Catalog) {
        let folder = try TemporaryFolder()
        try folder.write(
            chapterYAML(number: 1, topic: "one", exercises: [("a", 2)]), to: "Chapters/01-one/chapter.yaml")
        try folder.write(
            """
            number: 3
            topic: three
            title: Three
            summary: Configuration.
            kind: config
            exercises:
              - id: c
                title: C
                file: service.yaml
                functions: [http.port]
                section: C
                hints: [one, two]

            """, to: "Chapters/03-three/chapter.yaml")
        return (folder, try Catalog(root: folder.url))
    }

    @Test func aConfigChapterHasATestTargetAndNoExerciseModule() throws {
        let (_, catalog) = try catalogWithConfigChapter()
        let base = Array(agreeing.prefix(2)) + [agreeing[4]]
        let configTests = ("Chapter03Tests", "test", "Tests/03-three", ["ConfigCheckSupport", "Yams"])
        #expect(try PackageTargets(dumpPackageJSON: dump(base + [configTests])).disagreements(with: catalog) == [])

        let withModule = base + [configTests, ("Chapter03Exercises", "regular", "Sources/Exercises/03-three", [])]
        let problems = try PackageTargets(dumpPackageJSON: dump(withModule)).disagreements(with: catalog)
        #expect(problems.count == 1)
        #expect(problems.first?.contains("config chapter") == true)

        let missing = try PackageTargets(dumpPackageJSON: dump(base)).disagreements(with: catalog)
        #expect(missing.count == 1)
        #expect(missing.first?.contains("configChapter(\"03\", \"three\")") == true)
    }

    @Test func aConfigMutantIsInstalledWithoutItsDescriptionLine() throws {
        let (folder, catalog) = try catalogWithConfigChapter()
        try folder.write("# The port is wrong.\nhttp:\n  port: 1\n", to: "Chapters/03-three/mutants/c/wrong-port.yaml")
        try folder.write("// The carry is lost.\nlet x = 1\n", to: "Chapters/01-one/mutants/a/lost.swift")
        let config = try #require(try catalog.mutants(of: catalog.exercise(id: "c")!).first)
        #expect(config.name == "wrong-port")
        #expect(config.bug == "The port is wrong.")
        #expect(catalog.contents(of: config) == Data("http:\n  port: 1\n".utf8))
        let code = try #require(try catalog.mutants(of: catalog.exercise(id: "a")!).first)
        #expect(catalog.contents(of: code) == Data("// The carry is lost.\nlet x = 1\n".utf8))
    }
}

@Suite struct MutantTests {
    @Test func mutantsAreReadWithTheBugTheirFirstLineNames() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            chapterYAML(number: 1, topic: "one", exercises: [("a", 2)]), to: "Chapters/01-one/chapter.yaml")
        try folder.write("// Drops the carry.\nbody\n", to: "Chapters/01-one/mutants/a/carry-dropped.swift")
        try folder.write("no comment\n", to: "Chapters/01-one/mutants/a/silent.swift")
        let catalog = try Catalog(root: folder.url)
        let mutants = try catalog.mutants(of: catalog.exercises[0])
        #expect(
            mutants == [
                Mutant(
                    exerciseID: "a", name: "carry-dropped", path: "Chapters/01-one/mutants/a/carry-dropped.swift",
                    bug: "Drops the carry."),
                Mutant(exerciseID: "a", name: "silent", path: "Chapters/01-one/mutants/a/silent.swift", bug: nil),
            ])
        try folder.write("// x\n", to: "Chapters/01-one/mutants/a/Bad Name.swift")
        #expect(throws: CatalogError.self) { _ = try catalog.mutants(of: catalog.exercises[0]) }
    }

    @Test func roundsHoldOneMutantPerExerciseAndNeverAnExerciseWithOneItUses() throws {
        let folder = try TemporaryFolder()
        // c uses b, b uses a: c depends on a through b. d is independent.
        try folder.write(
            chapterYAML(
                number: 1, topic: "one", exercises: [("a", 2), ("b", 2), ("c", 2), ("d", 2)],
                uses: ["b": ["a"], "c": ["b"]]), to: "Chapters/01-one/chapter.yaml")
        let catalog = try Catalog(root: folder.url)
        func mutant(_ id: String, _ name: String) -> Mutant {
            Mutant(exerciseID: id, name: name, path: "Chapters/01-one/mutants/\(id)/\(name).swift", bug: name)
        }
        let all = [
            mutant("a", "1"), mutant("a", "2"), mutant("b", "1"), mutant("c", "1"), mutant("d", "1"), mutant("d", "2"),
        ]
        let rounds = mutantRounds(all, in: catalog)
        #expect(
            rounds.map { $0.map { "\($0.exerciseID)\($0.name)" } } == [["a1", "d1"], ["a2", "d2"], ["b1"], ["c1"]])
        for round in rounds {
            let ids = round.map(\.exerciseID)
            #expect(Set(ids).count == ids.count)
            for first in round {
                for second in round where first != second {
                    #expect(
                        !catalog.dependencies(of: catalog.exercise(id: first.exerciseID)!).contains(second.exerciseID))
                }
            }
        }
        #expect(Set(rounds.flatMap { $0 }) == Set(all))
    }
}
