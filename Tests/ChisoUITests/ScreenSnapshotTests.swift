import ChisoCore
import ChisoTestSupport
import XCTest
@testable import ChisoUI

/// Golden frames of every screen at 80×24, 120×40 and a too-small size, in Vietnamese and English.
final class ScreenSnapshotTests: XCTestCase {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots").path

    func check(_ name: String, _ session: DashboardSession, file: StaticString = #filePath, line: UInt = #line) {
        let text = session.frame().lines().joined(separator: "\n") + "\n"
        if let failure = Snapshot.verify(text, name: name, directory: Self.directory) { XCTFail(failure, file: file, line: line) }
    }

    func testEveryScreenAtEverySizeInBothLanguages() throws {
        for lang in ["vi", "en"] {
            for (w, h) in [(80, 24), (120, 40)] {
                for screen in ScreenID.allCases {
                    let s = try Fixtures.session(width: w, height: h, screen: screen.rawValue, language: lang)
                    check("\(screen.rawValue)-\(w)x\(h)-\(lang)", s)
                }
            }
            check("too-small-50x15-\(lang)", try Fixtures.session(width: 50, height: 15, language: lang))
        }
    }

    func testOverviewShowsTheFiguresOfTheTenJuneReport() throws {
        for (lang, figures) in [("vi", ["+18,4 %", "+13,89 %", "+13,69 %", "11.360 tỷ đồng", "+8,4 %", "64,1 %", "30,01 %", "8.098,4"]),
                                ("en", ["+18.4 %", "+13.89 %", "+13.69 %", "11,360 VND bn", "+8.4 %", "64.1 %", "30.01 %", "8,098.4"])] {
            let text = try Fixtures.session(width: 120, height: 40, language: lang).frame().text
            for f in figures { XCTAssertTrue(text.contains(f), "\(lang) overview misses \(f)\n\(text)") }
            // New and adjusted projects: each count on its own labelled row (a bare "73" is also
            // found inside "2.703,973").
            let rows = lang == "vi" ? [#"│ dự án mới +23 +│"#, #"│ điều chỉnh +73 +│"#] : [#"│ new projects +23 +│"#, #"│ adjusted +73 +│"#]
            for row in rows { XCTAssertNotNil(text.range(of: row, options: .regularExpression), "\(lang) overview misses \(row)\n\(text)") }
        }
    }

    func testRevisionsAndDerivedValuesAreMarked() throws {
        let text = try Fixtures.session(width: 120, height: 40).frame().text
        XCTAssertTrue(text.contains("11.360 tỷ đồng ⚑"), text)
        XCTAssertTrue(text.contains("~"), text)
    }

    func testDetailListsTheRevisionWithItsSource() throws {
        let text = try Fixtures.session(width: 120, height: 40, screen: "detail", indicator: "budget_revenue").frame().text
        XCTAssertTrue(text.contains("10.846"), text)
        XCTAssertTrue(text.contains("vneconomy.vn"), text)
    }

    /// The Overview charts show the calendar year of the month: a month step within the year
    /// moves the marker and the figures, not the bars, so few cells change (issue 5, goal 5).
    func testAMonthStepWithinTheYearKeepsTheChartsInPlace() throws {
        // At 80×24 the panels are mostly figures (the month's own text), so the bound is looser.
        for (w, h, share) in [(120, 40, 10), (80, 24, 5)] {
            var s = try Fixtures.session(width: w, height: h, language: "en")
            let may = s.frame()
            s.send(.right)
            XCTAssertEqual(s.state.month, Period(year: 2025, month: 6))
            let june = s.frame()
            var changed = 0
            for y in 0..<h { for x in 0..<w where may[x, y] != june[x, y] { changed += 1 } }
            XCTAssertLessThan(changed, w * h / share, "\(w)x\(h): \(changed) cells changed\n\(june.text)")
            if w == 120 {
                // The two years by their marks, not only their colours (issue 10).
                XCTAssertTrue(june.text.contains("█ 2025  ▒ 2024"), june.text)
                XCTAssertTrue(june.text.contains(" 1  2  3  4  5 ▸6  7  8  9  10 11 12"), june.text)
                // The x label of the selected month is the one marked, by the pointer and underlined.
                let row = june.lines(trim: false).firstIndex { $0.contains(" 1  2  3  4  5 ▸6") } ?? 0
                let line = june.lines(trim: false)[row]
                let six = (0..<w).filter { june[$0, row].grapheme == "6" && june[$0, row].attributes.contains(.underline) }
                XCTAssertEqual(six.count, 2, line)
                XCTAssertEqual(line.filter { $0 == "▸" }.count, 2, line)
            }
        }
        // Crossing into another year redraws the axis for that year.
        var s = try Fixtures.session(width: 120, height: 40, month: "2025-01", language: "en")
        s.send(.left)
        XCTAssertTrue(s.frame().text.contains("█ 2024  ▒ 2023"), s.frame().text)
    }

    func testTooSmallShowsCurrentAndNeededSize() throws {
        let text = try Fixtures.session(width: 50, height: 15, language: "en").frame().text
        XCTAssertTrue(text.contains("50×15"))
        XCTAssertTrue(text.contains("60×18"))
    }

    func testASCIIModeUsesOnlyASCIIForDrawing() throws {
        let text = try Fixtures.session(width: 100, height: 30, language: "en", ascii: true).frame().text
        for glyph in ["┌", "│", "█", "▁", "▲", "·"] { XCTAssertFalse(text.contains(glyph), "ASCII frame contains \(glyph)") }
    }

    func testSyntheticFiguresRaiseTheHeaderMarker() throws {
        XCTAssertFalse(try Fixtures.session(width: 120, height: 40).frame().lines()[0].contains("MINH HỌA"), "bundled data is real")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chiso-synthetic-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = dir.appendingPathComponent("obs.csv")
        try "province,period,basis,indicator,value,unit,source\nHa Tinh,2025-05,ytd,budget_revenue,1234,VND bn,synthetic: test\n"
            .write(to: csv, atomically: true, encoding: .utf8)
        let data = DashboardData(DataLoader.load(paths: [csv.path], label: "test"))
        var o = StartOptions()
        o.province = "ha-tinh"
        o.month = "2025-05"
        for (lang, marker) in [("vi", "MINH HỌA"), ("en", "SYNTHETIC")] {
            o.language = lang
            let frame = try DashboardSession(data: data, options: o, size: Size(width: 120, height: 40)).frame()
            XCTAssertTrue(frame.lines()[0].contains(marker), frame.text)
            XCTAssertTrue(frame.text.contains("1.234") || frame.text.contains("1,234"), frame.text)
        }
    }

    func testFirstFrameIsFast() throws {
        let start = Date()
        _ = try Fixtures.session(width: 200, height: 60).frame()
        XCTAssertLessThan(Date().timeIntervalSince(start), 1.0)
    }
}
