// swift-tools-version:6.1
import PackageDescription

/// `reckon serve`: the workspace's charts, series and queries over HTTP, on Hummingbird.
///
/// A package of its own, beside reckon's, so that building and starting the command-line tool never
/// pays for the server's dependencies: `reckon serve` hands over to the `reckon-serve` executable, as
/// git does with its subcommands.
let upcoming: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "reckon-serve",
    products: [
        .executable(name: "reckon-serve", targets: ["reckon-serve"]),
        .library(name: "ReckonServe", targets: ["ReckonServe"]),
    ],
    dependencies: [
        .package(name: "reckon", path: ".."),
        // Without its default traits (swift-configuration and full Foundation), which reckon does not use.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.3"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.2"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-system", from: "1.4.0"),
    ],
    targets: [
        .target(
            name: "ReckonServe",
            dependencies: [
                .product(name: "SystemPackage", package: "swift-system"),
                .product(name: "ReckonModel", package: "reckon"),
                .product(name: "ReckonAnalysis", package: "reckon"),
                .product(name: "ReckonOutput", package: "reckon"),
                .product(name: "ReckonChart", package: "reckon"),
                .product(name: "ReckonCairo", package: "reckon"),
                .product(name: "ReckonPublish", package: "reckon"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: upcoming
        ),
        .executableTarget(
            name: "reckon-serve",
            dependencies: [
                "ReckonServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "ReckonServeTests",
            dependencies: [
                "ReckonServe", "reckon-serve", .product(name: "ReckonOutput", package: "reckon"),
                .product(name: "ReckonCairo", package: "reckon"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: upcoming
        ),
    ],
    swiftLanguageModes: [.v6]
)
