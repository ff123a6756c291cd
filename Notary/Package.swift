// swift-tools-version: 6.1
//
// The `notary` command: notarises CSV datasets into an append-only, hash-chained ledger (SQLite by default,
// PostgreSQL through postgres-nio for a shared one), with Merkle inclusion proofs for rows and KZG openings for a numeric column.
//
// A package of its own, beside the workbook's: its database drivers and CSV parser are not part of what a learner
// builds for the arithmetic chapters. It takes the `Notarisation` layer (and the KZG below it) from the workbook by
// path.
import PackageDescription

let package = Package(
    name: "Notary",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "notary", targets: ["notary"])
    ],
    dependencies: [
        .package(name: "ZKWorkbook", path: ".."),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", exact: "2.5.2"),
        .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    ],
    targets: [
        // Everything but the command line: reading CSV, building entries and proofs, the ledgers.
        .target(
            name: "NotaryKit",
            dependencies: [
                .product(name: "Notarisation", package: "ZKWorkbook"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .executableTarget(
            name: "notary",
            dependencies: ["NotaryKit", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        // swift-crypto's SHA-256 throughput and the Merkle accumulator's rate: the ceiling of `notary add`.
        .executableTarget(
            name: "notary-bench",
            dependencies: [
                .product(name: "Notarisation", package: "ZKWorkbook"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]),
        .testTarget(
            name: "NotaryTests",
            dependencies: ["NotaryKit", "notary", .product(name: "Notarisation", package: "ZKWorkbook")]),
    ]
)
