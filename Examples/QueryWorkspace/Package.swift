// swift-tools-version:6.1
import PackageDescription

/// An outside package that uses reckon as a library: a workspace loaded and queried.
let package = Package(
    name: "QueryWorkspace",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "reckon", path: "../..")],
    targets: [
        .executableTarget(
            name: "query-workspace",
            dependencies: [
                .product(name: "ReckonAnalysis", package: "reckon"),
                .product(name: "ReckonModel", package: "reckon"),
                .product(name: "ReckonOutput", package: "reckon"),
            ]
        )
    ]
)
