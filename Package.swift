// swift-tools-version:6.1
import PackageDescription

/// reckon: dated estimates as time series, and charts of them.
///
/// One module per pipeline stage: series files → model (`ReckonModel`) → analysis (`ReckonAnalysis`)
/// → chart layout and scene (`ReckonChart`) → Cairo backend (`ReckonCairo`) → bytes on disk.
///
/// reckon is built and tested on Linux with glibc (it calls the C library by name and reads
/// `/proc/self/exe`); no other system is claimed.
let upcoming: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "reckon",
    products: [
        .executable(name: "reckon", targets: ["reckon"]),
        // One library a pipeline stage: depend on the last stage you need; it brings the ones before.
        .library(name: "ReckonModel", targets: ["ReckonModel"]),
        .library(name: "ReckonAnalysis", targets: ["ReckonAnalysis"]),
        .library(name: "ReckonOutput", targets: ["ReckonOutput"]),
        .library(name: "ReckonChart", targets: ["ReckonChart"]),
        .library(name: "ReckonCairo", targets: ["ReckonCairo"]),
        .library(name: "ReckonPublish", targets: ["ReckonPublish"]),
        .library(name: "ReckonExtract", targets: ["ReckonExtract"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // Reads and writes of file descriptors, retried when a signal interrupts them (FileDescriptor).
        .package(url: "https://github.com/apple/swift-system", from: "1.4.0"),
        // Report templates: a maintained Mustache engine, without dependencies of its own.
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // `make docs`: the DocC catalogs of the libraries.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
    ],
    targets: [
        // Cairo, Pango and GObject, loaded when reckon first draws (see include/reckon_graphics.h).
        .target(name: "CGraphics"),
        // glibc's allocator settings, for the command line's policy (see reckon's Allocator).
        .systemLibrary(name: "CMalloc"),
        // PNG's compression, for reckon's own PNG writer (see ReckonCairo's PNGEncoder).
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(
            name: "ReckonModel",
            dependencies: [
                .product(name: "Yams", package: "Yams"), .product(name: "SystemPackage", package: "swift-system"),
            ],
            swiftSettings: upcoming
        ),
        .target(
            name: "ReckonAnalysis",
            dependencies: ["ReckonModel"],
            swiftSettings: upcoming
        ),
        // Output for people and programs: tables, CSV and JSON, written into one byte buffer; shared by
        // the command line, the publisher and the server.
        .target(
            name: "ReckonOutput",
            dependencies: ["ReckonModel", "ReckonAnalysis"],
            swiftSettings: upcoming
        ),
        .target(
            name: "ReckonChart",
            dependencies: ["ReckonModel", "ReckonAnalysis", .product(name: "Yams", package: "Yams")],
            swiftSettings: upcoming
        ),
        .target(
            name: "ReckonCairo",
            dependencies: ["CGraphics", "CZlib", "ReckonChart", "ReckonModel"],
            swiftSettings: upcoming
        ),
        .target(
            name: "ReckonPublish",
            dependencies: [
                "ReckonModel", "ReckonAnalysis", "ReckonOutput", "ReckonChart", "ReckonCairo",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            swiftSettings: upcoming
        ),
        // Estimates found in articles (`reckon extract`): text in, candidate rows out.
        .target(
            name: "ReckonExtract",
            dependencies: ["ReckonModel"],
            swiftSettings: upcoming
        ),
        .executableTarget(
            name: "reckon",
            dependencies: [
                "ReckonModel",
                "ReckonAnalysis",
                "ReckonOutput",
                "ReckonChart",
                "ReckonCairo",
                "ReckonPublish",
                "ReckonExtract",
                "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: upcoming
        ),
        // `reckon pull`: fetching sources over HTTP with Foundation's URLSession. Its own executable, which
        // `reckon pull` hands over to, so that only pulling loads the networking libraries.
        .target(
            name: "ReckonPull",
            dependencies: ["ReckonModel", "ReckonPublish"],
            swiftSettings: upcoming
        ),
        .executableTarget(
            name: "reckon-pull",
            dependencies: ["ReckonModel", "ReckonPull", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: upcoming
        ),
        .executableTarget(
            name: "reckon-bench",
            dependencies: ["ReckonModel", "ReckonAnalysis", "ReckonOutput"],
            path: "Benchmarks/reckon-bench",
            swiftSettings: upcoming
        ),
        // `make bench`: the extractor's scores on its corpus, and its speed.
        .executableTarget(
            name: "reckon-extract-score",
            dependencies: ["ReckonExtract"],
            path: "Benchmarks/extract-score",
            swiftSettings: upcoming
        ),
        .target(
            name: "ReckonFuzzTargets",
            dependencies: ["ReckonModel", "ReckonAnalysis", "ReckonOutput", "ReckonChart", "ReckonPublish", "ReckonExtract"],
            path: "Fuzz/Targets",
            swiftSettings: upcoming
        ),
        .executableTarget(
            name: "reckon-fuzz",
            dependencies: ["ReckonFuzzTargets"],
            path: "Fuzz/Driver",
            swiftSettings: upcoming
        ),
        .target(
            name: "ReckonTestSupport",
            dependencies: ["ReckonModel"],
            path: "TestSupport",
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "ReckonModelTests",
            dependencies: ["ReckonModel", "ReckonTestSupport"],
            exclude: ["Fixtures"],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "ReckonOutputTests",
            dependencies: ["ReckonOutput", "ReckonAnalysis", "ReckonModel", "ReckonTestSupport"],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "ReckonAnalysisTests",
            dependencies: ["ReckonAnalysis", "ReckonOutput", "ReckonModel", "ReckonTestSupport"],
            exclude: ["Fixtures"],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "ReckonChartTests",
            dependencies: ["ReckonChart", "ReckonAnalysis", "ReckonModel", "ReckonTestSupport"],
            exclude: ["Snapshots"],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "ReckonPublishTests",
            dependencies: ["ReckonPublish", "ReckonChart", "ReckonModel"],
            exclude: ["Fixtures"],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "ReckonCairoTests",
            dependencies: ["CGraphics", "ReckonCairo", "ReckonChart", "ReckonModel"],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "ReckonFuzzTargetsTests",
            dependencies: ["ReckonFuzzTargets"],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "ReckonExtractTests",
            dependencies: ["ReckonExtract", "ReckonModel"],
            exclude: ["Corpus"],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "ReckonCLITests",
            dependencies: ["reckon", "reckon-pull", "ReckonModel", "ReckonTestSupport"],
            swiftSettings: upcoming
        ),
    ],
    swiftLanguageModes: [.v6]
)
