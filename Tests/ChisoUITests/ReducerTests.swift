import ChisoCore
import ChisoTestSupport
import XCTest
@testable import ChisoUI

final class ReducerTests: XCTestCase {
    func run(_ script: String, _ session: DashboardSession? = nil) throws -> DashboardSession {
        var s = try session ?? Fixtures.session()
        s.send(try Key.script(script))
        return s
    }

    func testArrowsAndHLMoveMonthsAndBracketsMoveYears() throws {
        XCTAssertEqual(try run("left").state.month, Period(year: 2025, month: 4))
        XCTAssertEqual(try run("l l").state.month, Period(year: 2025, month: 7))
        XCTAssertEqual(try run("[").state.month, Period(year: 2024, month: 5))
        XCTAssertEqual(try run("[ ]").state.month, Period(year: 2025, month: 5))
    }

    func testMonthsStopAtTheEdgesOfTheData() throws {
        let s = try run(String(repeating: "[ ", count: 10))
        XCTAssertEqual(s.state.month, Fixtures.bundled.firstMonth)
        XCTAssertNotNil(try run(String(repeating: "[ ", count: 10) + "[").state.message)
    }

    func testUpDownMoveThroughProvincesOnTheOverview() throws {
        XCTAssertEqual(try run("j").state.province, "ha-tinh")
        XCTAssertEqual(try run("k k").state.province, "ninh-binh")
        XCTAssertEqual(try run("g").state.province, "vietnam")
        XCTAssertEqual(try run("G").state.province, "ca-mau")
    }

    func testSearchIsCaseAndDiacriticInsensitive() throws {
        XCTAssertEqual(try run("g / n g h e enter").state.province, "nghe-an")
        XCTAssertEqual(try run("/ t h a n h space h o a enter").state.province, "thanh-hoa")
        XCTAssertEqual(try run("/ T H A N H space H O A enter").state.province, "thanh-hoa")
    }

    func testSearchFindsIndicatorsAndResolutions() throws {
        let ind = try run("/ t h u space n g a n space s a c h enter")
        XCTAssertEqual(ind.state.indicator, "budget_revenue")
        XCTAssertEqual(ind.state.screen, .detail)
        let res = try run("/ 5 7 - n q enter")
        XCTAssertEqual(res.state.screen, .resolutions)
        XCTAssertEqual(res.state.resolution, "57-NQ/TW")
    }

    func testNextAndPreviousMatchCycle() throws {
        let s = try run("/ h a enter")
        let first = s.state.province
        let next = try run("n", s)
        XCTAssertNotEqual(next.state.province, first)
        XCTAssertEqual(try run("N", next).state.province, first)
    }

    func testEscapeCancelsASearchWithoutMoving() throws {
        let s = try run("/ t h a n h esc")
        XCTAssertNil(s.state.search)
        XCTAssertEqual(s.state.province, "nghe-an")
        XCTAssertEqual(s.state.screen, .overview)
    }

    func testTypingQInASearchDoesNotQuit() throws {
        var s = try Fixtures.session()
        let effects = s.send(try Key.script("/ q"))
        XCTAssertEqual(effects, [])
        XCTAssertEqual(s.state.search?.query, "q")
    }

    func testNumbersSwitchScreensAndEscapeGoesBack() throws {
        XCTAssertEqual(try run("2").state.screen, .compare)
        XCTAssertEqual(try run("2 3 4").state.screen, .resolutions)
        XCTAssertEqual(try run("2 3 4 esc").state.screen, .detail)
        XCTAssertEqual(try run("2 3 4 esc esc esc").state.screen, .overview)
        XCTAssertNotNil(try run("esc").state.message)
    }

    func testEnterOnAPanelOpensItsDetailAndBackReturns() throws {
        let s = try run("tab j enter")
        XCTAssertEqual(s.state.screen, .detail)
        XCTAssertEqual(s.state.indicator, "budget_revenue")
        let back = try run("esc", s)
        XCTAssertEqual(back.state.screen, .overview)
        XCTAssertEqual(back.state.focus, .panels)
    }

    func testEnterOnACompareRowOpensThatProvince() throws {
        let s = try run("2 g enter")
        XCTAssertEqual(s.state.screen, .detail)
        // The top of May 2025's IIP ranking: Huế (+27,4 %, in the shared data's May 2025 rows).
        XCTAssertEqual(s.state.province, "hue")
    }

    func testSortingByTheFocusedColumn() throws {
        let s = try run("2 backtab backtab s")
        XCTAssertEqual(s.state.compareSort, .name)
        let rows = CompareTable.rows(s.state, s.data).rows
        XCTAssertEqual(rows.first?.unit.id, "an-giang")
        let desc = try run("S", s)
        XCTAssertEqual(CompareTable.rows(desc.state, desc.data).rows.first?.unit.id, "vinh-long")
    }

    func testProvincesWithoutDataAreListedLastNotHidden() throws {
        let s = try run("2")
        let rows = CompareTable.rows(s.state, s.data).rows
        XCTAssertEqual(rows.count, 34)
        let firstMissing = rows.firstIndex { $0.value == nil } ?? rows.count
        XCTAssertTrue(rows[firstMissing...].allSatisfy { $0.value == nil })
    }

    func testLanguageToggles() throws {
        XCTAssertEqual(try run("L").state.language, .en)
        XCTAssertEqual(try run("L L").state.language, .vi)
    }

    func testEffects() throws {
        var s = try Fixtures.session()
        XCTAssertEqual(s.send(.char("e")), [.export])
        XCTAssertEqual(s.send(.char("r")), [.reload])
        XCTAssertEqual(s.send(.char("q")), [.quit])
        XCTAssertEqual(s.send(.ctrlC), [.quit])
        XCTAssertEqual(s.send(.ctrlL), [.redraw])
        XCTAssertEqual(s.send(.char("/")), [])
        XCTAssertEqual(s.send(.ctrlL), [.redraw], "Ctrl-L redraws while typing a search too")
        XCTAssertEqual(try Key.script("ctrl-l ^l"), [.ctrlL, .ctrlL])
    }

    func testHelpOpensAndClosesOverTheCurrentScreen() throws {
        XCTAssertEqual(try run("2 ?").state.screen, .help)
        XCTAssertEqual(try run("2 ? ?").state.screen, .compare)
        XCTAssertEqual(try run("2 ? esc").state.screen, .compare)
    }

    func testLatestMonthKey() throws {
        let s = try run("[ t")
        XCTAssertEqual(s.state.month, Fixtures.bundled.analytics.latestPeriod(unit: Fixtures.bundled.unit("nghe-an")))
    }

    func testResizeKeepsTheSelectionVisible() throws {
        var s = try run("G")
        s.apply(.resize(Size(width: 80, height: 18)))
        let visible = try XCTUnwrap(s.state.layout.overview).rows.visible
        XCTAssertTrue((s.state.provinceList.offset..<(s.state.provinceList.offset + visible)).contains(s.state.provinceList.selected))
    }

    func testNoKeyCrashesAtAnySize() throws {
        let keys = try Key.script("left right up down enter esc tab backtab home end pgup pgdn space backspace h j k l [ ] t 1 2 3 4 / n N s S g G L ? i I b x")
        for size in [Size(width: 0, height: 0), Size(width: 1, height: 1), Size(width: 20, height: 5), Size(width: 80, height: 24), Size(width: 200, height: 60)] {
            var s = try Fixtures.session(width: size.width, height: size.height)
            for (i, k) in keys.enumerated() {
                s.send(k)
                if i % 3 == 0 { XCTAssertEqual(Invariants.check(s.frame(), size: size), [], "after \(k) at \(size)") }
                s.apply(.click(x: i * 7 % max(1, size.width), y: i % max(1, size.height)))
                XCTAssertEqual(Invariants.check(s.state, s.data), [], "after \(k) and a click at \(size)")
            }
            // Whole wide graphemes, no orphan continuation cell, no control character, the
            // screen's size (Invariants.check), not only a frame of the right size.
            XCTAssertEqual(Invariants.check(s.frame(), size: size), [], "\(size)")
        }
    }

    func testMouseClickSelectsAProvince() throws {
        var s = try Fixtures.session()
        s.apply(.click(x: 3, y: 3))
        XCTAssertEqual(s.state.province, s.data.units[s.state.provinceList.offset + 0].id)
    }

    func testUnknownStartingOptionsAreReportedWithSuggestions() {
        XCTAssertThrowsError(try Fixtures.session(province: "nghe am")) { e in XCTAssertTrue("\(e)".contains("nghe-an"), "\(e)") }
        XCTAssertThrowsError(try Fixtures.session(month: "2025-13"))
        XCTAssertThrowsError(try Fixtures.session(screen: "nowhere"))
    }
}
