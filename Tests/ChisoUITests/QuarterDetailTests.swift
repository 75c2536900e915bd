import ChisoCore
import ChisoTestSupport
import XCTest
@testable import ChisoUI

/// Detail for a quarterly indicator (GRDP growth): its quarters, the quarter alone and the year to
/// date with the year's target and sources, not empty months; reached from the Overview's GRDP box.
final class QuarterDetailTests: XCTestCase {
    /// The frame's lines.
    func lines(_ session: DashboardSession) -> [String] {
        session.frame().text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    func row(_ lines: [String], _ label: String) -> String? {
        lines.first { $0.contains("│") && $0.contains(" " + label + " ") }
    }

    /// The key bar of a quarterly Detail says that ↑↓ moves by quarter; a monthly Detail's says month.
    func testKeyBarSaysQuarterOnAQuarterlyDetail() throws {
        for (language, quarter, month) in [("vi", "↑↓ quý", "↑↓ tháng"), ("en", "↑↓ quarter", "↑↓ month")] {
            let quarterly = try Fixtures.session(width: 120, height: 40, month: "2025-10", screen: "detail", language: language, indicator: "grdp_growth")
            let bar = lines(quarterly).last ?? ""
            XCTAssertTrue(bar.contains(quarter) && !bar.contains(month), "\(language): \(bar)")
            let monthly = try Fixtures.session(width: 120, height: 40, month: "2025-10", screen: "detail", language: language, indicator: "iip_yoy")
            let monthBar = lines(monthly).last ?? ""
            XCTAssertTrue(monthBar.contains(month) && !monthBar.contains(quarter), "\(language): \(monthBar)")
        }
    }

    func testDetailListsTheQuartersWithTheQuarterAloneAndTheYearToDate() throws {
        for (w, h) in [(80, 24), (120, 40)] {
            let s = try Fixtures.session(width: w, height: h, month: "2025-10", screen: "detail", indicator: "grdp_growth")
            let text = lines(s)
            let all = text.joined(separator: "\n")
            XCTAssertTrue(all.contains("Số liệu theo quý"), "\(w)x\(h)\n\(all)")
            XCTAssertFalse(all.contains("T10/2025"), "no month rows\n\(all)")
            let q3 = try XCTUnwrap(row(text, "quý III/2025"), all)
            XCTAssertTrue(q3.contains("▸"), "October selects the third quarter, as the Overview's box\n\(q3)")
            XCTAssertTrue(q3.contains("+8,62 %") && q3.contains("+8,61 %") && q3.contains("10,5 %"), q3)
            let q2 = try XCTUnwrap(row(text, "quý II/2025"), all)
            XCTAssertTrue(q2.contains("+9,24 %⚑") && q2.contains("+8,24 %⚑"), q2)
            // The selected quarter's sources under the table, the year to date first.
            XCTAssertTrue(text.contains { $0.hasPrefix(" 9 tháng  vnexpress.net, 13/10/2025: +8,61 %") }, all)
            XCTAssertTrue(text.contains { $0.hasPrefix(" quý III  vneconomy.vn, 7/10/2025: +8,62 %") }, all)
            // The chart's x axis names quarters and marks the selected one.
            XCTAssertTrue(all.contains("▸quý III"), all)
            XCTAssertTrue(all.contains("lũy kế từ đầu năm"), all)
        }
        let en = try Fixtures.session(width: 120, height: 40, month: "2025-05", screen: "detail", language: "en", indicator: "grdp_growth")
        let text = lines(en)
        let q1 = try XCTUnwrap(row(text, "Q1 2025"), text.joined(separator: "\n"))
        XCTAssertTrue(q1.contains("▸") && q1.contains("+6.99 %⚑") && q1.contains("10.5 %"), q1)
        XCTAssertTrue(text.joined(separator: "\n").contains("Quarterly figures"))
    }

    func testRowsMoveByQuarterAndKeepTheMonthWhenNotMoved() throws {
        var s = try Fixtures.session(width: 80, height: 24, month: "2025-05", screen: "detail", indicator: "grdp_growth")
        XCTAssertEqual(s.state.month, Period(year: 2025, month: 5), "opening Detail keeps the month")
        s.send(.down)
        XCTAssertEqual(s.state.month, Period(year: 2025, month: 6))
        XCTAssertTrue(row(lines(s), "quý II/2025")?.contains("▸") ?? false, lines(s).joined(separator: "\n"))
        s.send(.up)
        s.send(.up)
        XCTAssertEqual(s.state.month, Period(year: 2024, month: 12))
        XCTAssertTrue(row(lines(s), "quý IV/2024")?.contains("▸") ?? false, lines(s).joined(separator: "\n"))
        XCTAssertTrue(Invariants.check(s.state, s.data).isEmpty, "\(Invariants.check(s.state, s.data))")
    }

    func testEnterOpensTheQuartersWholeProvenance() throws {
        var s = try Fixtures.session(width: 80, height: 24, month: "2025-05", screen: "detail", indicator: "grdp_growth")
        s.send(.enter)
        let all = lines(s).joined(separator: "\n")
        XCTAssertTrue(all.contains("Nguồn số liệu quý I/2025"), all)
        XCTAssertTrue(all.contains("quý I · Tăng trưởng GRDP: +6,99 %"), all)
        XCTAssertTrue(all.contains("ngày công bố: 23/8/2025"), all)
    }

    func testUpFromTheFirstPanelSelectsTheGRDPBoxAndEnterOpensItsQuarters() throws {
        var s = try Fixtures.session(width: 80, height: 24, month: "2025-05")
        s.send(.tab)
        XCTAssertEqual(s.state.focus, .panels)
        s.send(.up)
        XCTAssertEqual(s.state.focus, .quarterly)
        XCTAssertEqual(s.state.indicator, "grdp_growth")
        s.send(.enter)
        XCTAssertEqual(s.state.screen, .detail)
        XCTAssertEqual(s.state.indicator, "grdp_growth")
        XCTAssertTrue(row(lines(s), "quý I/2025")?.contains("▸") ?? false, lines(s).joined(separator: "\n"))
        // Esc comes back to the box; ↓ goes to the first panel.
        s.send(.esc)
        XCTAssertEqual(s.state.screen, .overview)
        XCTAssertEqual(s.state.focus, .quarterly)
        s.send(.down)
        XCTAssertEqual(s.state.focus, .panels)
        XCTAssertEqual(s.state.panel, 0)
        XCTAssertEqual(s.state.indicator, s.data.panels[0].primary)
    }

    func testAClickOnTheBoxSelectsItAndASecondOpensIt() throws {
        var s = try Fixtures.session(width: 120, height: 40, month: "2025-10")
        let box = try XCTUnwrap(s.state.layout.overview?.quarterly)
        XCTAssertFalse(box.isEmpty)
        s.apply(.click(x: box.x + 3, y: box.y + 1))
        XCTAssertEqual(s.state.focus, .quarterly)
        s.apply(.click(x: box.x + 3, y: box.y + 1))
        XCTAssertEqual(s.state.screen, .detail)
        XCTAssertTrue(row(lines(s), "quý III/2025")?.contains("▸") ?? false, lines(s).joined(separator: "\n"))
    }
}

/// Compare on GRDP growth ranks the provinces of the quarter's time: 63 before July 2025, 34 after.
final class QuarterCompareUnitsTests: XCTestCase {
    func testBeforeJuly2025TheSixtyThreeProvincesOfThatTimeAreRanked() throws {
        let may = try Fixtures.session(width: 120, height: 40, month: "2025-05", screen: "compare", indicator: "grdp_growth")
        XCTAssertEqual(CompareTable.rowCount(may.state, may.data), 63)
        let text = may.frame().text
        XCTAssertTrue(text.contains("/63 tỉnh có số liệu"), text)
        let first = try XCTUnwrap(text.split(separator: "\n").first { $0.contains("Bắc Giang") }, text)
        XCTAssertTrue(first.contains(" 1 ") && first.contains("+13,82 %"), String(first))
        let october = try Fixtures.session(width: 120, height: 40, month: "2025-10", screen: "compare", indicator: "grdp_growth")
        XCTAssertEqual(CompareTable.rowCount(october.state, october.data), 34)
        XCTAssertFalse(october.frame().text.contains("Bắc Giang"))
        // Other indicators keep the 34 units in every month.
        let iip = try Fixtures.session(width: 120, height: 40, month: "2025-05", screen: "compare", indicator: "iip_yoy")
        XCTAssertEqual(CompareTable.rowCount(iip.state, iip.data), 34)
        XCTAssertTrue(Invariants.check(may.state, may.data).isEmpty)
    }
}
