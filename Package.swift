// swift-tools-version: 6.1
//
// The workbook's package. Targets are grouped the way the book is:
//
//   Chapters/NN-topic/           text, exercise metadata, official solutions   (not a target)
//   Sources/Exercises/NN-topic/  ChapterNNExercises: the stubs the learner edits
//   Tests/NN-topic/              ChapterNNTests: the hidden tests for that chapter (for a `config` chapter,
//                                the learner's files in Sources/Exercises/NN-topic/ are read, not compiled)
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
    .unsafeFlags(["-O", "-wmo", "-num-threads", "2"], .when(configuration: .debug))
]

/// A layer of the reference backend at `Sources/Reference/<name>`.
func referenceLayer(_ name: String, _ dependencies: [Target.Dependency] = []) -> Target {
    .target(
        name: name, dependencies: dependencies, path: "Sources/Reference/\(name)", exclude: ["README.md"],
        swiftSettings: optimisedInDebug)
}

/// A libFuzzer target at `Fuzz/<name>` (see `Fuzz/README.md`): `scripts/fuzz.sh` builds it as a fuzzer; the
/// ordinary build makes it a tool that replays inputs through the same checks.
func fuzzTarget(_ name: String, _ dependencies: [Target.Dependency]) -> Target {
    .executableTarget(name: name, dependencies: ["FuzzSupport"] + dependencies, path: "Fuzz/\(name)")
}

/// Chapter `number`'s exercise target and its hidden tests, found under the same `number-topic` folder.
///
/// `given` are the modules the chapter's exercises build on: reference layers below the chapter (compiled with
/// optimisation), never a copy of an earlier chapter's code. `reference` are the further modules the hidden tests
/// check the learner's code against.
func chapter(
    _ number: String, _ topic: String,
    given: [Target.Dependency] = [], reference: [Target.Dependency]
) -> [Target] {
    [
        .target(
            name: "Chapter\(number)Exercises", dependencies: [.target(name: "ExerciseSupport")] + given,
            path: "Sources/Exercises/\(number)-\(topic)"),
        .testTarget(
            name: "Chapter\(number)Tests",
            dependencies: [.target(name: "Chapter\(number)Exercises"), "HiddenTestSupport", "GMP"]
                + given + reference,
            path: "Tests/\(number)-\(topic)"),
    ]
}

/// Chapter `number`'s hidden checks, for a chapter of kind `config`: the learner writes configuration files in
/// `Sources/Exercises/NN-topic/`, which nothing compiles; the checks read them when they run and try them on the
/// real service and the real tools (through `ConfigCheckSupport`). So there is no exercise module, and the test
/// target depends on nothing of the service's HTTP stack: the service (Service/, a package of its own) is built the
/// first time a check needs it.
func configChapter(_ number: String, _ topic: String) -> [Target] {
    [
        .testTarget(
            name: "Chapter\(number)Tests", dependencies: ["ConfigCheckSupport", "Yams"],
            path: "Tests/\(number)-\(topic)")
    ]
}

let package = Package(
    name: "ZKWorkbook",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "tutor", targets: ["tutor"]),
        // What `tutor bench` builds in release mode and runs.
        .executable(name: "learner-bench", targets: ["learner-bench"]),
        // The reference layers the KZG service (Service/, a package of its own) builds on.
        .library(name: "KZG", targets: ["KZG"]),
        .library(name: "EIP4844", targets: ["EIP4844"]),
        .library(name: "EIP7594", targets: ["EIP7594"]),
        .library(name: "SeededRandom", targets: ["SeededRandom"]),
        // The layer the `notary` command (the separate package in Notary/) builds on.
        .library(name: "Notarisation", targets: ["Notarisation", "KZG", "Polynomials", "Curves", "Fields"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
    ],
    targets: [
        // GMP, through Debian's libgmp-dev: the oracle the reference and the hidden tests are checked against.
        .systemLibrary(
            name: "CGMP", path: "Sources/GMP/CGMP",
            providers: [.apt(["libgmp-dev"]), .brew(["gmp"])]),
        .target(name: "GMP", dependencies: ["CGMP"], path: "Sources/GMP/Swift"),

        // The reference backend, bottom layer first.
        // Each names every layer it imports, not only the nearest: the import check accepts a module reached
        // through another dependency, and a layer should not lose one when a layer below it changes its own.
        // `Backend` is the interface the protocol layers are written over (what KZG needs from its arithmetic); it
        // depends on nothing, and the arithmetic layers conform to it beside their types.
        referenceLayer("Backend"),
        referenceLayer("Limbs"),
        referenceLayer("Fields", ["Limbs", "Backend"]),
        referenceLayer("ExtensionFields", ["Limbs", "Fields"]),
        referenceLayer("Curves", ["Limbs", "Fields", "ExtensionFields", "Backend"]),
        referenceLayer("Pairing", ["Fields", "ExtensionFields", "Curves"]),
        referenceLayer("Polynomials", ["Fields", "Backend"]),
        referenceLayer("MSM", ["Limbs", "Fields", "Curves"]),
        referenceLayer(
            "KZG",
            [
                "Backend", "Fields", "Curves", "MSM", "Pairing", "Polynomials",
                .product(name: "Crypto", package: "swift-crypto"),
            ]),
        referenceLayer(
            "EIP4844",
            [
                "Backend", "Fields", "Curves", "Polynomials", "KZG", .product(name: "Crypto", package: "swift-crypto"),
            ]),
        referenceLayer(
            "EIP7594",
            [
                "Fields", "Curves", "MSM", "Pairing", "Polynomials", "KZG", "EIP4844",
                .product(name: "Crypto", package: "swift-crypto"),
            ]),
        referenceLayer(
            "Notarisation",
            ["Fields", "Curves", "Polynomials", "KZG", .product(name: "Crypto", package: "swift-crypto")]),

        // SplitMix64, the seeded generator of every random test case and benchmark input.
        .target(name: "SeededRandom"),

        // The learner's side: what stubs call while unwritten, and what hidden tests use to run them.
        .target(name: "ExerciseSupport", path: "Sources/Exercises/Support"),
        .target(
            name: "HiddenTestSupport", dependencies: ["ExerciseSupport", "GMP", "Limbs", "SeededRandom"],
            path: "Tests/Support", swiftSettings: optimisedInDebug),

        // What the checks of the configuration chapters share: the learner's file, the real service started with
        // it, HTTP probes, Prometheus and its promtool (Tests/ConfigSupport/README.md).
        .target(
            name: "ConfigCheckSupport", dependencies: ["Yams"], path: "Tests/ConfigSupport", exclude: ["README.md"]),

        // The workbook's model: the catalog of chapters and exercises, the learner's progress, stub derivation.
        .target(name: "WorkbookModel", dependencies: ["Yams"]),
        // The book: chapter text to HTML (the offline site) and to the terminal, with its TeX mathematics.
        // Its stylesheet and search script are files in Resources/, copied into docs/ as they are.
        .target(
            name: "Book", dependencies: ["WorkbookModel", "Ink"], exclude: ["README.md"],
            resources: [.copy("Resources/style.css"), .copy("Resources/search.js")]),
        // The tutor: the test runner and the commands, over the model and the book.
        .target(name: "TutorKit", dependencies: ["WorkbookModel", "Book"]),
        // The learner's command, a thin shell over TutorKit.
        .executableTarget(
            name: "tutor",
            dependencies: [
                "TutorKit", "WorkbookModel", "Book", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        // Benchmarks (release builds): `swift run -c release bench --help`.
        .executableTarget(
            name: "bench",
            dependencies: [
                "CGMP", "GMP", "Limbs", "Fields", "ExtensionFields", "Curves", "Pairing", "Polynomials", "MSM", "KZG",
                "EIP4844", "EIP7594", "SeededRandom", "Chapter02Exercises", "Chapter04Exercises", "Chapter12Exercises",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ], path: "Benchmarks/bench"),

        // The timing harness of `tutor bench`: the learner's chapters beside the reference, built with -c release.
        .executableTarget(
            name: "learner-bench",
            dependencies: [
                "ExerciseSupport", "Limbs", "Fields", "Curves", "Polynomials", "MSM", "KZG", "EIP4844", "SeededRandom",
                "Chapter02Exercises", "Chapter04Exercises", "Chapter07Exercises", "Chapter08Exercises",
                "Chapter10Exercises", "Chapter12Exercises",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ], path: "Benchmarks/learner-bench"),

        // Fuzz targets for every parser of untrusted bytes (`scripts/fuzz.sh`).
        .target(name: "FuzzSupport", path: "Fuzz/Support"),
        fuzzTarget("FuzzFieldElements", ["Fields"]),
        fuzzTarget("FuzzCompressedPoints", ["Fields", "Curves"]),
        fuzzTarget("FuzzEIP4844Types", ["Fields", "Curves", "EIP4844"]),
        fuzzTarget("FuzzEIP7594Types", ["Fields", "EIP7594"]),
        fuzzTarget("FuzzTrustedSetup", ["Curves", "KZG"]),
        fuzzTarget("FuzzLearnerProgress", ["WorkbookModel"]),
        fuzzTarget("FuzzChapterMetadata", ["WorkbookModel"]),
        fuzzTarget("FuzzTeXParser", ["Book"]),

        // Tests of the reference backend and of the tutor.
        .testTarget(
            name: "ReferenceTests",
            dependencies: [
                "GMP", "Limbs", "Fields", "ExtensionFields", "Curves", "Pairing", "Polynomials", "MSM", "KZG",
                "EIP4844", "EIP7594", "Notarisation", .product(name: "Crypto", package: "swift-crypto"),
                "HiddenTestSupport", "Yams", "Chapter03Suites", "Chapter04Suites", "Chapter05Suites", "Chapter06Suites",
                "Chapter07Suites", "Chapter08Suites", "Chapter09Suites", "Chapter10Suites", "Chapter11Suites",
                "Chapter12Suites", "Chapter18Suites",
            ], path: "Tests/Reference"),
        .target(name: "WorkbookFixtures", path: "Tests/WorkbookFixtures"),
        .testTarget(name: "WorkbookModelTests", dependencies: ["WorkbookModel", "WorkbookFixtures"]),
        .testTarget(name: "BookTests", dependencies: ["Book", "WorkbookModel"]),
        .testTarget(name: "TutorKitTests", dependencies: ["TutorKit", "WorkbookModel", "Book", "WorkbookFixtures"]),

        // Hidden checks shared by a chapter's tests and the reference's (Tests/Suites/README.md).
        .target(
            name: "Chapter03Suites", dependencies: ["HiddenTestSupport", "GMP", "Limbs", "Fields"],
            path: "Tests/Suites/03-extension-fields"),
        .target(
            name: "Chapter04Suites", dependencies: ["HiddenTestSupport", "GMP", "Limbs", "Fields"],
            path: "Tests/Suites/04-g1"),
        .target(
            name: "Chapter05Suites",
            dependencies: ["HiddenTestSupport", "GMP", "Limbs", "Fields", "ExtensionFields", "Curves"],
            path: "Tests/Suites/05-g2"),
        .target(
            name: "Chapter06Suites",
            dependencies: ["HiddenTestSupport", "GMP", "Limbs", "Fields", "ExtensionFields", "Curves"],
            path: "Tests/Suites/06-pairing"),
        .target(
            name: "Chapter07Suites", dependencies: ["HiddenTestSupport", "GMP", "Fields"],
            path: "Tests/Suites/07-fft"),
        .target(
            name: "Chapter08Suites", dependencies: ["HiddenTestSupport", "GMP", "Limbs", "Fields", "Curves"],
            path: "Tests/Suites/08-msm"),
        .target(
            name: "Chapter09Suites", dependencies: ["HiddenTestSupport", "Fields", "Curves", "Polynomials", "KZG"],
            path: "Tests/Suites/09-kzg"),
        .target(
            name: "Chapter10Suites",
            dependencies: [
                "HiddenTestSupport", "GMP", "Fields", "Curves", "Polynomials", "KZG", "Chapter09Suites", "Yams",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            path: "Tests/Suites/10-eip-4844", swiftSettings: optimisedInDebug),
        .target(
            name: "Chapter11Suites",
            dependencies: [
                "HiddenTestSupport", "Fields", "Curves", "Polynomials", "KZG", "MSM", "Chapter09Suites",
                "Chapter10Suites", .product(name: "Crypto", package: "swift-crypto"),
            ],
            path: "Tests/Suites/11-eip-7594", swiftSettings: optimisedInDebug),
        .target(
            name: "Chapter12Suites",
            dependencies: [
                "HiddenTestSupport", "ExerciseSupport", "GMP", "Backend", "Fields", "Curves", "Pairing", "Polynomials",
                "KZG", "EIP4844", "Chapter07Suites", "Chapter08Suites", "Chapter09Suites", "Chapter10Suites",
            ],
            path: "Tests/Suites/12-your-backend", swiftSettings: optimisedInDebug),
        .target(
            name: "Chapter18Suites",
            dependencies: [
                "HiddenTestSupport", "Fields", "Curves", "KZG", "Notarisation", "Chapter09Suites",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            path: "Tests/Suites/18-notarised-datasets"),
    ] + chapter("01", "big-integers", reference: [])
        + chapter("02", "scalar-field", given: ["Limbs"], reference: ["Fields"])
        + chapter("03", "extension-fields", given: ["Limbs", "Fields"], reference: ["Chapter03Suites"])
        + chapter("04", "g1", given: ["Limbs", "Fields"], reference: ["Chapter04Suites"])
        + chapter(
            "05", "g2", given: ["Curves", "ExtensionFields", "Fields", "Limbs"], reference: ["Chapter05Suites"])
        + chapter(
            "06", "pairing", given: ["Curves", "ExtensionFields", "Fields", "Limbs"],
            reference: ["Chapter06Suites", "Pairing"])
        + chapter("07", "fft", given: ["Fields", "Limbs"], reference: ["Chapter07Suites"])
        + chapter("08", "msm", given: ["Curves", "Fields", "Limbs"], reference: ["Chapter08Suites"])
        + chapter(
            "09", "kzg", given: ["Curves", "Fields", "KZG", "MSM", "Pairing", "Polynomials"],
            reference: ["Chapter09Suites"])
        + chapter(
            "10", "eip-4844",
            given: [
                "Curves", "Fields", "KZG", "MSM", "Pairing", "Polynomials",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            reference: ["Chapter10Suites"])
        + chapter(
            "11", "eip-7594",
            given: [
                "Curves", "EIP4844", "Fields", "KZG", "MSM", "Pairing", "Polynomials",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            reference: ["Chapter11Suites"])
        + chapter(
            "12", "your-backend",
            given: [
                "Backend", "Chapter02Exercises", "Chapter04Exercises", "Chapter07Exercises", "Chapter08Exercises",
                "Curves", "Fields", "Limbs", "Pairing",
            ],
            reference: ["Chapter12Suites"])
        + configChapter("13", "kzg-service")
        + configChapter("14", "observability")
        + configChapter("15", "containers-and-kubernetes")
        + configChapter("16", "ci-cd")
        + configChapter("17", "slos-and-runbooks")
        + chapter(
            "18", "notarised-datasets",
            given: [
                "Curves", "Fields", "KZG", "Polynomials", "Notarisation",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            reference: ["Chapter18Suites"])
)
