// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "chiso",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "chiso", targets: ["chiso"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcurses",
            path: "Sources/CNcurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(
            name: "CWidth",
            path: "Sources/CWidth"
        ),
        .target(
            name: "ChisoCore",
            dependencies: ["CWidth", .product(name: "Yams", package: "Yams")],
            path: "Sources/ChisoCore"
        ),
        .target(
            name: "ChisoUI",
            dependencies: ["ChisoCore"],
            path: "Sources/ChisoUI"
        ),
        .target(
            name: "ChisoTerminal",
            dependencies: ["ChisoUI", "CNcurses"],
            path: "Sources/ChisoTerminal"
        ),
        .executableTarget(
            name: "chiso",
            dependencies: [
                "ChisoCore", "ChisoUI", "ChisoTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/chiso"
        ),
        .executableTarget(
            name: "chiso-bench",
            dependencies: [
                "ChisoCore", "ChisoUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/chiso-bench"
        ),
        .target(
            name: "ChisoTestSupport",
            dependencies: ["ChisoCore", "ChisoUI"],
            path: "Sources/ChisoTestSupport"
        ),
        .testTarget(
            name: "ChisoCoreTests",
            dependencies: ["ChisoCore", "ChisoTestSupport"],
            path: "Tests/ChisoCoreTests"
        ),
        .testTarget(
            name: "ChisoUITests",
            dependencies: ["ChisoUI", "ChisoCore", "ChisoTestSupport"],
            path: "Tests/ChisoUITests",
            exclude: ["Snapshots"]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["ChisoCore", "ChisoTestSupport"],
            path: "Tests/EndToEndTests",
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "FuzzTests",
            dependencies: ["ChisoCore", "ChisoUI"],
            path: "Tests/Fuzz",
            exclude: ["corpus", "dashboard", "dict", "observations", "regressions", "resolutions"],
            sources: ["Shared", "Replay"]
        ),
    ]
)
