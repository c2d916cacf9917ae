// swift-tools-version:6.1
import PackageDescription

/// An outside package that uses reckon as a library: a chart built in Swift, rendered to PNG and SVG.
let package = Package(
    name: "ChartFromCode",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "reckon", path: "../..")],
    targets: [
        .executableTarget(
            name: "chart-from-code",
            dependencies: [
                .product(name: "ReckonCairo", package: "reckon"),
                .product(name: "ReckonChart", package: "reckon"),
                .product(name: "ReckonModel", package: "reckon"),
            ]
        )
    ]
)
