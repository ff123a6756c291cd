// swift-tools-version: 6.1
//
// The workbook's package. Targets are grouped the way the book is:
//
//   Chapters/NN-topic/           text, exercise metadata, official solutions   (not a target)
//   Sources/Exercises/NN-topic/  ChapterNNExercises: the stubs the learner edits
//   Tests/NN-topic/              ChapterNNTests: the hidden tests for that chapter
//   Sources/Reference/<Layer>/   the reference backend, one module per layer,
//                                each importing only the layers below it
//   Sources/GMP/                 GMP, the independent oracle used by tests and benchmarks
//   Sources/WorkbookModel/       the catalog of chapters and exercises, the learner's progress, stub derivation
//   Sources/Book/                the book: Markdown and TeX to the offline site and to the terminal
//   Sources/TutorKit/            the test runner and the tutor's commands
//   Sources/tutor/               the learner's command, a thin shell over TutorKit
import PackageDescription

/// The reference backend is compiled with optimisation even in debug builds, so the hidden tests
/// (which compare a learner's code against it on thousands of inputs) stay fast under `swift test`. Whole-module
/// optimisation too, as in release builds: without it each file is optimised alone, and generic code (the points,
/// generic over G1 and G2) called from another file of its module runs unspecialised. `-num-threads` keeps one
/// object file per source file, which is what SwiftPM links (its release builds pass it for the same reason).
let optimisedInDebug: [SwiftSetting] = [
    .unsafeFlags(["-O", "-wmo", "-num-threads", "2"], .when(configuration: .debug)),
]

/// A layer of the reference backend at `Sources/Reference/<name>`.
func referenceLayer(_ name: String, _ dependencies: [Target.Dependency] = []) -> Target {
    .target(name: name, dependencies: dependencies, path: "Sources/Reference/\(name)", exclude: ["README.md"],
            swiftSettings: optimisedInDebug)
}

/// Chapter `number`'s exercise target and its hidden tests, found under the same `number-topic` folder.
func chapter(_ number: String, _ topic: String,
             reference: [Target.Dependency]) -> [Target] {
    [
        .target(name: "Chapter\(number)Exercises", dependencies: [.target(name: "ExerciseSupport")],
                path: "Sources/Exercises/\(number)-\(topic)"),
        .testTarget(name: "Chapter\(number)Tests",
                    dependencies: [.target(name: "Chapter\(number)Exercises"), "HiddenTestSupport", "GMP"] + reference,
                    path: "Tests/\(number)-\(topic)"),
    ]
}

let package = Package(
    name: "ZKWorkbook",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "tutor", targets: ["tutor"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
    ],
    targets: [
        // GMP, through Debian's libgmp-dev: the oracle the reference and the hidden tests are checked against.
        .systemLibrary(name: "CGMP", path: "Sources/GMP/CGMP",
                       providers: [.apt(["libgmp-dev"]), .brew(["gmp"])]),
        .target(name: "GMP", dependencies: ["CGMP"], path: "Sources/GMP/Swift"),

        // The reference backend, bottom layer first.
        // Each names every layer it imports, not only the nearest: the import check accepts a module reached
        // through another dependency, and a layer should not lose one when a layer below it changes its own.
        referenceLayer("Limbs"),
        referenceLayer("Fields", ["Limbs"]),
        referenceLayer("ExtensionFields", ["Limbs", "Fields"]),
        referenceLayer("Curves", ["Limbs", "Fields", "ExtensionFields"]),
        referenceLayer("Pairing", ["Fields", "ExtensionFields", "Curves"]),
        referenceLayer("Polynomials", ["Fields"]),
        referenceLayer("MSM", ["Limbs", "Fields", "Curves"]),
        referenceLayer("KZG", ["Fields", "Curves", "MSM", "Pairing", "Polynomials"]),
        referenceLayer("EIP4844", [
            "Fields", "Curves", "Polynomials", "KZG", .product(name: "Crypto", package: "swift-crypto"),
        ]),

        // SplitMix64, the seeded generator of every random test case and benchmark input.
        .target(name: "SeededRandom"),

        // The learner's side: what stubs call while unwritten, and what hidden tests use to run them.
        .target(name: "ExerciseSupport", path: "Sources/Exercises/Support"),
        .target(name: "HiddenTestSupport", dependencies: ["ExerciseSupport", "GMP", "Limbs", "SeededRandom"],
                path: "Tests/Support"),

        // The workbook's model: the catalog of chapters and exercises, the learner's progress, stub derivation.
        .target(name: "WorkbookModel", dependencies: ["Yams"]),
        // The book: chapter text to HTML (the offline site) and to the terminal, with its TeX mathematics.
        .target(name: "Book", dependencies: ["WorkbookModel", "Ink"]),
        // The tutor: the test runner and the commands, over the model and the book.
        .target(name: "TutorKit", dependencies: ["WorkbookModel", "Book"]),
        // The learner's command, a thin shell over TutorKit.
        .executableTarget(name: "tutor", dependencies: [
            "TutorKit", "WorkbookModel", "Book", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // Benchmarks (release builds): `swift run -c release bench --help`.
        .executableTarget(name: "bench", dependencies: [
            "CGMP", "GMP", "Limbs", "Fields", "ExtensionFields", "Curves", "Pairing", "Polynomials", "MSM", "KZG",
            "EIP4844", "SeededRandom", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], path: "Benchmarks/bench"),

        // Tests of the reference backend and of the tutor.
        .testTarget(name: "ReferenceTests", dependencies: [
            "GMP", "Limbs", "Fields", "ExtensionFields", "Curves", "Pairing", "Polynomials", "MSM", "KZG", "EIP4844",
            "HiddenTestSupport", "Yams",
        ], path: "Tests/Reference"),
        .target(name: "WorkbookFixtures", path: "Tests/WorkbookFixtures"),
        .testTarget(name: "WorkbookModelTests", dependencies: ["WorkbookModel", "WorkbookFixtures"]),
        .testTarget(name: "BookTests", dependencies: ["Book", "WorkbookModel"]),
        .testTarget(name: "TutorKitTests", dependencies: ["TutorKit", "WorkbookModel", "Book", "WorkbookFixtures"]),
    ] + chapter("01", "big-integers", reference: ["Limbs"])
      + chapter("02", "scalar-field", reference: ["Limbs", "Fields"])
)
