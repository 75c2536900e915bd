import ChisoCore
import ChisoTestSupport
import XCTest
@testable import ChisoUI

/// The layout pass: updates read the geometry the views draw with, so cursors, scroll offsets
/// and what is drawn agree.
final class LayoutPassTests: XCTestCase {
    /// A data folder whose resolutions.yaml has one document tracked by a single indicator and
    /// `items` implementation items for Nghệ An (every other catalogue is the bundled one).
    func resolutionsData(items: Int) throws -> DashboardData {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chiso-layout-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        var yaml = """
        documents:
          - id: 1-NQ/TW
            kind: resolution
            number: "1"
            short_vi: Nghị quyết 1
            short_en: Resolution 1
            title_vi: "Văn bản thử"
            title_en: "Test document"
            issuer_vi: "Thử"
            issuer_en: "Test"
            tracked_by: [iip_yoy]
        items:

        """
        for i in 1...items {
            yaml += """
              - province: nghe-an
                resolution: 1-NQ/TW
                document_vi: "Item \(String(format: "%02d", i))"
                document_en: "Item \(String(format: "%02d", i))"
                title_vi: "Step \(i)"
                title_en: "Step \(i)"
                lead_vi: "Lead"
                lead_en: "Lead"
                status: issued
                source: "https://example.org/\(i)"

            """
        }
        try yaml.write(to: dir.appendingPathComponent("resolutions.yaml"), atomically: true, encoding: .utf8)
        try "province,period,basis,indicator,value,unit,source\nnghe-an,2025-05,ytd,budget_revenue,1,VND bn,test\n"
            .write(to: dir.appendingPathComponent("observations.csv"), atomically: true, encoding: .utf8)
        return DashboardData(DataLoader.load(paths: [dir.path], label: "test"))
    }

    /// The items are measured for the selected document (one tracked indicator leaves it more
    /// rows than the first bundled document's five): moving down scrolls only when the selection
    /// leaves the lines drawn. At 80 columns each item takes two lines (its document, then lead ·
    /// due · status), so six of the fourteen fit; the footer is left out because they do not all fit.
    func testResolutionItemsScrollOnlyWhenTheSelectionLeavesTheDrawnRows() throws {
        let data = try resolutionsData(items: 14)
        var o = StartOptions()
        o.province = "nghe-an"
        o.screen = "resolutions"
        var s = try DashboardSession(data: data, options: o, size: Size(width: 80, height: 24))
        s.send(.enter)
        XCTAssertEqual(s.state.focus, .items)
        let layout = try XCTUnwrap(s.state.layout.resolutions)
        XCTAssertEqual(layout.itemRows.rows.height, 12, "80x24: 22 body rows - 4 info - 3 tracked - 2 borders - 1 header")
        XCTAssertEqual(layout.footer.height, 0)
        XCTAssertEqual(layout.itemEnd, 6, "six items of two lines each")
        for step in 1..<6 {
            s.send(.down)
            XCTAssertEqual(s.state.items.selected, step)
            XCTAssertEqual(s.state.items.offset, 0, "step \(step): scrolled while item \(step) fits")
            XCTAssertTrue(s.frame().text.contains("Item 01"), "step \(step): the first item is still drawn\n\(s.frame().text)")
        }
        s.send(.down)
        XCTAssertEqual(s.state.items.offset, 1)
        let text = s.frame().text
        XCTAssertFalse(text.contains("Item 01"), text)
        XCTAssertTrue(text.contains("Item 07"), text)
        XCTAssertTrue(text.contains("2–7/14"), "the scroll hint names the items drawn\n\(text)")
    }

    /// Issue 8: after `i`, `I`, `b`, `s`, `S` or a month step the Compare cursor stays on the unit
    /// it was on, and Enter opens that unit.
    func testCompareKeepsTheSelectedUnit() throws {
        for script in ["i", "i i", "I", "b", "s", "S", "left", "right", "[", "i b left s", "backtab s", "j j i"] {
            var s = try Fixtures.session(width: 120, height: 40)
            s.send(try Key.script("2"))
            if script.hasPrefix("j j") { s.send(try Key.script("j j")) }
            let before = try XCTUnwrap(CompareTable.unitAtCursor(s.state, s.data))
            s.send(try Key.script(script.hasPrefix("j j") ? String(script.dropFirst(4)) : script))
            XCTAssertEqual(CompareTable.unitAtCursor(s.state, s.data), before, "after 2 \(script)")
            let rows = CompareTable.rows(s.state, s.data).rows
            let window = try XCTUnwrap(s.state.layout.compare).rows
            XCTAssertTrue((window.first..<window.end).contains(s.state.compare.selected), "after 2 \(script): the cursor is drawn")
            XCTAssertEqual(rows[s.state.compare.selected].unit.id, before)
            s.send(.enter)
            XCTAssertEqual(s.state.screen, .detail)
            XCTAssertEqual(s.state.province, before, "after 2 \(script) enter")
        }
    }

    /// `2 i i`, the case of issue 8: the header names Nghệ An and the cursor is on Nghệ An.
    func testTwoIIKeepsNgheAnUnderTheCursor() throws {
        var s = try Fixtures.session(width: 120, height: 40)
        s.send(try Key.script("2 i i"))
        let frame = s.frame()
        XCTAssertTrue(frame.lines()[0].contains("Nghệ An"), frame.lines()[0])
        let selected = frame.lines(trim: false).first { $0.contains("▸") } ?? ""
        XCTAssertTrue(selected.contains("Nghệ An"), "the selected row: \(selected)\n\(frame.text)")
        s.send(.enter)
        XCTAssertEqual(s.state.province, "nghe-an")
    }

    /// The problems overlay scrolls to its last problem (its list is measured as drawn, under
    /// the headline line).
    func testProblemsOverlayScrollsToTheLastProblem() throws {
        var s = try Fixtures.session(width: 80, height: 24, language: "en")
        s.state.problems = (1...40).map { Diagnostic(file: "f.csv", line: $0, column: 1, severity: .warning, Phrase(.diagBadValue, "problem number \($0)")) }
        s.state.problemCount = 40
        s.send(.char("p"))
        XCTAssertTrue(s.state.problemsOpen)
        s.send(.char("G"))
        let text = s.frame().text
        XCTAssertTrue(text.contains("bad value 'problem number 40'"), text)
        XCTAssertTrue(text.contains("problem number 24"), text)
        s.send(.pageUp)
        XCTAssertTrue(s.frame().text.contains("problem number 9"), s.frame().text)
    }

    /// The state keeps the layout of what the frame draws: the pass after every key gives the
    /// same layout the frame computes, so an update never reads a stale or different geometry.
    func testTheStoredLayoutIsTheLayoutOfTheFrame() throws {
        var s = try Fixtures.session(width: 100, height: 30)
        for key in try Key.script("j j 2 i j j s 3 pgdn 4 enter j 1 tab ? j esc L") {
            s.send(key)
            XCTAssertEqual(s.state.layout, FrameLayout(s.state, s.data), "after \(key)")
        }
        s.apply(.resize(Size(width: 61, height: 19)))
        XCTAssertEqual(s.state.layout, FrameLayout(s.state, s.data))
    }

    /// Page Up / Page Down move by the rows drawn less one, on each screen's focused list.
    func testPagesAreTheRowsDrawnLessOne() throws {
        var s = try Fixtures.session(width: 80, height: 24, province: "vietnam")
        let list = try XCTUnwrap(s.state.layout.overview).rows
        s.send(.pageDown)
        XCTAssertEqual(s.state.provinceList.selected, list.visible - 1)
        s.send(try Key.script("2 g"))
        let compare = try XCTUnwrap(s.state.layout.compare).rows
        s.send(.pageDown)
        XCTAssertEqual(s.state.compare.selected, compare.visible - 1)
        s.send(try Key.script("3"))
        let month = s.state.month
        s.send(.pageUp)
        XCTAssertEqual(s.state.month, month.advanced(by: -DetailUpdate.pageMonths))
    }
}

/// The Overview's panels come from panels.csv, not from code.
final class PanelsFromDataTests: XCTestCase {
    func testAPanelsFileOfOneDecidesWhatTheOverviewShows() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chiso-panels-ui-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        try """
        panel,role,indicator,title_vi,title_en,label_vi,label_en
        money,primary,budget_revenue,Tiền vào ngân sách,Money in,mục tiêu thu,revenue goal
        money,companion,pi_disbursed,,,vốn đã chi,spent

        """.write(to: dir.appendingPathComponent("panels.csv"), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(atPath: Fixtures.dataFolder + "/observations.csv", toPath: dir.appendingPathComponent("observations.csv").path)
        let data = DashboardData(DataLoader.load(paths: [dir.path], label: "test"))
        XCTAssertEqual(data.panels.map(\.id), ["money"])
        var o = StartOptions()
        o.province = "nghe-an"
        o.month = "2025-05"
        o.language = "en"
        let text = try DashboardSession(data: data, options: o, size: Size(width: 120, height: 40)).frame().text
        XCTAssertTrue(text.contains("Money in"), text)
        XCTAssertTrue(text.contains("spent"), text)
        XCTAssertTrue(text.contains("revenue goal"), text)
        XCTAssertFalse(text.contains("Industrial production"), text)
    }
}

/// Issue 9, point 4: one sparkline, one ASCII fallback, a key bar built from the key map.
final class OnceEachTests: XCTestCase {
    /// The report's trend and the screen's sparkline are the same function: a flat series sits
    /// on the same level in both (they differed, ▄ and ▅), and so does every other series.
    func testReportAndScreenDrawTheSameSparkline() {
        let series: [[Double?]] = [[5, 5, nil, 5], [1, 2, 3, 4, 5, 6, 7, 8], [nil, nil], [], [3, .nan, -.infinity, 9, 3.5], [-2, 0, 2]]
        for values in series {
            XCTAssertEqual(ChisoCore.Words.sparkline(values), Sparkline(values: values).glyphs().joined(), "\(values)")
            XCTAssertEqual(ChisoCore.Words.sparkline(values, ascii: true), Sparkline(values: values, symbols: .ascii).glyphs().joined(), "\(values)")
        }
        XCTAssertEqual(ChisoCore.Words.sparkline([5, 5, nil, 5]), "▅▅·▅")
    }

    /// The widgets' ASCII symbols are the fallback table's stand-ins for the Unicode ones.
    func testTheASCIISymbolsComeFromTheOneFallbackTable() {
        let u = Symbols.unicode, a = Symbols.ascii
        let pairs: [(String, String)] = [(u.topLeft, a.topLeft), (u.horizontal, a.horizontal), (u.vertical, a.vertical), (u.gap, a.gap),
                                         (u.gaugeFull, a.gaugeFull), (u.gaugeEmpty, a.gaugeEmpty), (u.up, a.up), (u.down, a.down),
                                         (u.revised, a.revised), (u.synthetic, a.synthetic), (u.pointer, a.pointer), (u.ellipsis, a.ellipsis)]
        for (unicode, ascii) in pairs {
            XCTAssertEqual(ASCIIFallback.fold(unicode), ascii, unicode)
            XCTAssertTrue(ascii.utf8.allSatisfy { $0 < 0x80 }, ascii)
        }
        XCTAssertEqual(ASCIIFallback.fold("Đ"), "D")
        XCTAssertEqual(ASCIIFallback.fold("ệ"), "e")
        XCTAssertEqual(ASCIIFallback.fold("☃"), "?")
    }

    /// The key bar of each screen is the key map's: the hints a screen adds (sort on Compare,
    /// the indicator on Compare and Detail, communes where loaded) come from their bindings.
    func testTheKeyBarOfEachScreenComesFromTheKeyMap() {
        func keys(_ screen: ScreenID, communes: Bool = false) -> [String] {
            Keymap.bar(.vi, ascii: false, screen: screen, communes: communes).map { $0.key + " " + $0.label }
        }
        XCTAssertEqual(keys(.overview), ["←→ tháng", "↑↓ tỉnh", "1-4 màn hình", "↵ chi tiết", "/ tìm", "L English", "e xuất", "? trợ giúp", "q thoát"])
        XCTAssertEqual(keys(.overview, communes: true)[2], "o xã")
        XCTAssertEqual(Array(keys(.compare, communes: true).prefix(6)), ["←→ tháng", "↑↓ dòng", "i chỉ tiêu", "c tỉnh/xã", "s S sắp xếp", "1-4 màn hình"])
        XCTAssertEqual(Array(keys(.detail).prefix(4)), ["←→ tháng", "↑↓ tháng", "i chỉ tiêu", "1-4 màn hình"])
        XCTAssertEqual(keys(.resolutions)[1], "↑↓ dòng")
        for screen in ScreenID.allCases {
            for item in Keymap.bar(.en, ascii: true, screen: screen, communes: true) {
                XCTAssertTrue((item.key + item.label).utf8.allSatisfy { $0 < 0x80 } || item.label == "Tiếng Việt", item.key)
            }
        }
    }
}
