// swift-tools-version:5.9
import PackageDescription

// Linux only: the terminal code uses Linux interfaces (renameat2, /proc, Glibc, pipe2) and
// nothing here builds or tests another system. SwiftPM has no way to name Linux alone, so no
// `platforms` entry is given (the list only sets minimum versions of Apple systems).
// The executables link with the toolchain's lld: gold, the default, prints a warning about
// `mktemp` in the static Foundation of release builds (--static-swift-stdlib) on every link.
let lld: [LinkerSetting] = [.unsafeFlags(["-use-ld=lld"], .when(platforms: [.linux]))]

let package = Package(
    name: "chiso",
    products: [
        .executable(name: "chiso", targets: ["chiso"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // ncursesw, linked directly: its pkg-config flags (-D_DEFAULT_SOURCE -D_XOPEN_SOURCE=600)
        // are refused by SwiftPM with a warning, and shim.h sets what the wide API needs.
        .systemLibrary(
            name: "CNcurses",
            path: "Sources/CNcurses"
        ),
        // Signal flags, the self-pipe, restoring the terminal, the supervising parent (no ncurses).
        .target(
            name: "CChisoTTY",
            path: "Sources/CChisoTTY"
        ),
        // The no-replace rename, errno, the crash triggers of the debug-only test hook, the snapshot's hash.
        .target(
            name: "CChisoSys",
            path: "Sources/CChisoSys"
        ),
        .target(
            name: "CWidth",
            path: "Sources/CWidth"
        ),
        .target(
            name: "ChisoCore",
            dependencies: ["CWidth", "CChisoSys", .product(name: "Yams", package: "Yams"), .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Sources/ChisoCore"
        ),
        .target(
            name: "ChisoUI",
            dependencies: ["ChisoCore"],
            path: "Sources/ChisoUI"
        ),
        .target(
            name: "ChisoTerminal",
            dependencies: ["ChisoUI", "CNcurses", "CChisoTTY", "CChisoSys"],
            path: "Sources/ChisoTerminal"
        ),
        .executableTarget(
            name: "chiso",
            dependencies: [
                "ChisoCore", "ChisoUI", "ChisoTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/chiso",
            linkerSettings: lld
        ),
        .executableTarget(
            name: "chiso-bench",
            dependencies: [
                "ChisoCore", "ChisoUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/chiso-bench",
            linkerSettings: lld
        ),
        .target(
            name: "ChisoTestSupport",
            dependencies: ["ChisoCore", "ChisoUI"],
            path: "Sources/ChisoTestSupport"
        ),
        .testTarget(
            name: "ChisoCoreTests",
            dependencies: ["ChisoCore", "CChisoSys", "ChisoTestSupport"],
            path: "Tests/ChisoCoreTests"
        ),
        .testTarget(
            name: "ChisoUITests",
            dependencies: ["ChisoUI", "ChisoCore", "ChisoTestSupport"],
            path: "Tests/ChisoUITests",
            exclude: ["Snapshots"]
        ),
        .testTarget(
            name: "ChisoTerminalTests",
            dependencies: ["ChisoTerminal", "ChisoUI", "ChisoCore", "CChisoSys", "ChisoTestSupport"],
            path: "Tests/ChisoTerminalTests"
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["ChisoCore", "ChisoTestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
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
