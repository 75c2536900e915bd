import Foundation
import XCTest

/// `chiso render` and the dashboard's non-terminal behaviour, run as processes.
final class DashboardRenderTests: XCTestCase {
    override func setUpWithError() throws {
        try ChisoProcess.requireBinary()
    }

    func testRenderPrintsTheOverviewOfTheTenJuneReport() throws {
        let out = try ChisoProcess.run(["render", "--width", "80", "--height", "24", "--province", "nghe-an", "--month", "2025-05"])
        XCTAssertEqual(out.status, 0, out.stderr)
        let lines = out.stdout.components(separatedBy: "\n").dropLast()
        XCTAssertEqual(lines.count, 24)
        XCTAssertTrue(lines[0].contains("Nghệ An │ tháng 5/2025"), lines[0])
        for figure in ["+18,4 %", "+13,89 %", "11.360 tỷ đồng", "+8,4 %", "64,1 %", "30,01 %", "8.098,4 tỷ đồng"] {
            XCTAssertTrue(out.stdout.contains(figure), "missing \(figure)\n\(out.stdout)")
        }
        // The project counts on their own labelled rows, not digits inside another figure.
        for row in [#"│ dự án mới +23 +│"#, #"│ điều chỉnh +73 +│"#] {
            XCTAssertNotNil(out.stdout.range(of: row, options: .regularExpression), "missing \(row)\n\(out.stdout)")
        }
    }

    func testRenderIsTheSameFrameAsTheGoldenSnapshot() throws {
        let out = try ChisoProcess.run(["render", "--width", "120", "--height", "40", "--province", "nghe-an", "--month", "2025-05", "--lang", "en"])
        let golden = try String(contentsOf: ChisoProcess.repoRoot.appendingPathComponent("Tests/ChisoUITests/Snapshots/overview-120x40-en.txt"), encoding: .utf8)
        XCTAssertEqual(out.stdout, golden)
    }

    func testKeysTypeIntoTheSearchPrompt() throws {
        let out = try ChisoProcess.run(["render", "--province", "nghe-an", "--month", "2025-05", "--keys", "/ t h a n h space h o a enter"])
        XCTAssertEqual(out.status, 0, out.stderr)
        XCTAssertTrue(out.stdout.components(separatedBy: "\n")[0].contains("Thanh Hóa"), out.stdout)
    }

    func testKeysWalkScreensAndLanguage() throws {
        let out = try ChisoProcess.run(["render", "--width", "100", "--height", "30", "--province", "nghe-an", "--month", "2025-05", "--keys", "2 L"])
        XCTAssertTrue(out.stdout.components(separatedBy: "\n")[0].contains("Compare"), out.stdout)
        XCTAssertTrue(out.stdout.contains("Vietnam:"), out.stdout)
    }

    func testStartingOptionsOpenTheDetailScreen() throws {
        let out = try ChisoProcess.run(["render", "--width", "120", "--height", "40", "--province", "Nghệ An", "--month", "2025-05",
                                        "--screen", "detail", "--indicator", "budget_revenue", "--lang", "en"])
        XCTAssertEqual(out.status, 0, out.stderr)
        XCTAssertTrue(out.stdout.contains("[3 Detail]"))
        XCTAssertTrue(out.stdout.contains("10,846"), "revision shown\n\(out.stdout)")
    }

    func testColorAddsANSIAndMonoUsesNoColours() throws {
        let colour = try ChisoProcess.run(["render", "--province", "nghe-an", "--month", "2025-05", "--color"])
        XCTAssertTrue(colour.stdout.contains("\u{1B}[0"), "no ANSI")
        XCTAssertTrue(colour.stdout.contains(";32m") || colour.stdout.contains(";36m"))
        let mono = try ChisoProcess.run(["render", "--province", "nghe-an", "--month", "2025-05", "--color", "--theme", "mono"])
        XCTAssertFalse(mono.stdout.contains(";32m"))
        let plain = try ChisoProcess.run(["render", "--province", "nghe-an", "--month", "2025-05"])
        XCTAssertFalse(plain.stdout.contains("\u{1B}"))
    }

    /// Without colour (`--theme mono`, NO_COLOR) the chart legend still tells the years apart and
    /// the selected month carries the pointer (issue 10).
    func testChartsReadTheSameWithoutColour() throws {
        let base = ["render", "--width", "120", "--height", "40", "--province", "nghe-an", "--month", "2025-05"]
        let mono = try ChisoProcess.run(base + ["--color", "--theme", "mono"])
        XCTAssertEqual(mono.status, 0, mono.stderr)
        let plainMono = mono.stdout.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        let noColour = try ChisoProcess.run(base + ["--color"], environment: ["NO_COLOR": "1"])
        XCTAssertEqual(noColour.status, 0, noColour.stderr)
        let plainNoColour = noColour.stdout.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        for text in [plainMono, plainNoColour] {
            XCTAssertTrue(text.contains("█ 2025  ▒ 2024"), text)
            XCTAssertTrue(text.contains("▸5"), text)
        }
        let ascii = try ChisoProcess.run(base + ["--ascii"])
        XCTAssertTrue(ascii.stdout.contains("# 2025  : 2024"), ascii.stdout)
    }

    func testASCIIRenderIsASCIIExceptLetters() throws {
        let out = try ChisoProcess.run(["render", "--province", "nghe-an", "--month", "2025-05", "--ascii", "--lang", "en"])
        // Drawing is ASCII; only letters of names (the app's own name, chỉ số) may carry accents.
        let drawing = out.stdout.unicodeScalars.filter { !$0.isASCII && !$0.properties.isAlphabetic && $0.properties.generalCategory != .nonspacingMark }
        XCTAssertTrue(drawing.isEmpty, "non-ASCII drawing: \(String(String.UnicodeScalarView(drawing)))\n\(out.stdout)")
    }

    func testTinyAndZeroSizesDoNotCrash() throws {
        for (w, h) in [(0, 0), (1, 1), (20, 5), (59, 17)] {
            let out = try ChisoProcess.run(["render", "--width", "\(w)", "--height", "\(h)", "--keys", "j 2 3 4 ? / x enter"])
            XCTAssertEqual(out.status, 0, "\(w)x\(h): \(out.stderr)")
            XCTAssertEqual(out.stdout.components(separatedBy: "\n").count - 1, h)
        }
        let small = try ChisoProcess.run(["render", "--width", "50", "--height", "15", "--lang", "en"])
        XCTAssertTrue(small.stdout.contains("now 50×15, needs 60×18"), small.stdout)
    }

    func testBadKeysAndOptionsAreReported() throws {
        let keys = try ChisoProcess.run(["render", "--keys", "j bogus"])
        XCTAssertNotEqual(keys.status, 0)
        XCTAssertTrue(keys.stderr.contains("bogus"), keys.stderr)
        let province = try ChisoProcess.run(["render", "--province", "nghe am"])
        XCTAssertNotEqual(province.status, 0)
        XCTAssertTrue(province.stderr.contains("nghe-an"), province.stderr)
    }

    func testTheDashboardWithoutATerminalPointsToRenderAndReport() throws {
        let out = try ChisoProcess.run([])
        XCTAssertEqual(out.status, 2)
        XCTAssertTrue(out.stderr.contains("chiso render") && out.stderr.contains("chiso report"), out.stderr)
        XCTAssertEqual(out.stderr.components(separatedBy: "\n").filter { !$0.isEmpty }.count, 1)
    }

    func testHostileTextFromDataIsShownAsVisibleSymbols() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chiso-hostile-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        defer { try? FileManager.default.removeItem(at: folder) }
        try HostileData.make(in: folder)
        let runs: [([String], String)] = [([], "detail"), ([], "overview"), ([], "compare"), (["--color"], "detail"), (["--lang", "en"], "detail"), (["--ascii"], "detail")]
        for (extra, screen) in runs {
            do {
                let out = try ChisoProcess.run(["render", "--data", folder.path, "--province", "nghe-an", "--month", "2025-05", "--screen", screen,
                                                "--indicator", "budget_revenue", "--width", "120", "--height", "40"] + extra)
                XCTAssertEqual(out.status, 0, out.stderr)
                XCTAssertEqual(HostileData.leaks(out.stdout + out.stderr), [], "\(screen) \(extra)")
                if screen == "detail", extra.isEmpty {
                    XCTAssertTrue(out.stdout.contains("Nghệ\u{241B}]0;owned\u{2407} \u{241B}[2J\u{FFFD}An"), out.stdout)
                    XCTAssertTrue(out.stdout.contains("x.example/a\u{241B}]0;owned\u{2407}"), out.stdout)
                }
            }
        }
    }
}
