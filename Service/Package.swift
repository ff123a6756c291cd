// swift-tools-version: 6.2
//
// The KZG service: the workbook's EIP-4844 reference behind an HTTP API (Hummingbird 2), described by
// `openapi.yaml`. A package of its own so that the workbook's arithmetic chapters never build the HTTP stack: it
// depends on the workbook by path for the reference layers.
//
//   Sources/KZGService/   the library: routes, configuration, worker pool, limits, health, metrics, logs
//   Sources/kzg-service/  the executable: configuration, then the service group until SIGTERM
//   Tests/                every route against the reference, errors, configuration, limits
import PackageDescription

let package = Package(
    name: "KZGService",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "kzg-service", targets: ["kzg-service"])
    ],
    dependencies: [
        .package(name: "ZKWorkbook", path: ".."),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(
            url: "https://github.com/apple/swift-configuration", from: "1.4.0",
            traits: [.defaults, "YAML", "CommandLineArguments"]),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/swift-otel/swift-w3c-trace-context", from: "1.0.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
    ],
    targets: [
        .target(
            name: "KZGService",
            dependencies: [
                .product(name: "EIP4844", package: "ZKWorkbook"),
                .product(name: "EIP7594", package: "ZKWorkbook"),
                .product(name: "KZG", package: "ZKWorkbook"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "Configuration", package: "swift-configuration"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "W3CTraceContext", package: "swift-w3c-trace-context"),
                .product(name: "SystemPackage", package: "swift-system"),
                .product(name: "Yams", package: "Yams"),
            ]),
        .executableTarget(
            name: "kzg-service",
            dependencies: [
                "KZGService",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]),
        .testTarget(
            name: "KZGServiceTests",
            dependencies: [
                "KZGService",
                .product(name: "EIP4844", package: "ZKWorkbook"),
                .product(name: "EIP7594", package: "ZKWorkbook"),
                .product(name: "KZG", package: "ZKWorkbook"),
                .product(name: "SeededRandom", package: "ZKWorkbook"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "Yams", package: "Yams"),
            ]),
    ]
)
