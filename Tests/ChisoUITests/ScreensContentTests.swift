import ChisoCore
import ChisoTestSupport
import XCTest
@testable import ChisoUI

/// Issue 10, the screens: chart titles name their basis, the Resolutions list wraps and heads its
/// columns, Detail opens a figure's whole provenance, an open item scrolls, dates read the
/// language's way.
final class ScreensContentTests: XCTestCase {
    /// The Overview's charts say "lũy kế" / "trong tháng" (en: "year to date" / "in the month") after their
    /// legend, as Detail's chart title says its basis.
    func testOverviewChartTitlesSayTheirBasis() throws {
        for language in [Language.vi, .en] {
            let s = try Fixtures.session(width: 120, height: 40, language: language.rawValue)
            let text = s.frame().text
            func count(_ piece: String) -> Int { text.components(separatedBy: piece).count - 1 }
            // Four charts; each legend says its basis right after the years (the short form where the whole does not fit).
            let words = [Basis.ytd, .month].flatMap { [Words.chartBasis($0, language), Words.chartBasis($0, language, short: true)] }
            XCTAssertEqual(count("▒ 2024  · "), 4, "\(language)\n\(text)")
            XCTAssertEqual(Set(words).map { count("▒ 2024  · \($0)") }.reduce(0, +), 4, "\(language)\n\(text)")
            XCTAssertFalse(text.contains("…"), "\(language): a legend is cut\n\(text)")
        }
        XCTAssertEqual(Words.chartBasis(.ytd, .vi), "lũy kế")
        XCTAssertEqual(Words.chartBasis(.month, .vi), "trong tháng")
        XCTAssertEqual(Words.chartBasis(.ytd, .en), "year to date")
        XCTAssertEqual(Words.chartBasis(.month, .en), "in the month")
        // At 80×24 the sparkline says it when it fits.
        let narrow = try Fixtures.session(width: 80, height: 24, language: "vi")
        XCTAssertTrue(narrow.frame().text.contains("2025 lũy kế"), narrow.frame().text)
    }

    /// Every document name is whole at 80×24, 120×40 and 200×60 (wrapped under itself where it is longer
    /// than the column), and the list's two columns have headings.
    func testResolutionsListWrapsAndHeadsItsColumns() throws {
        for (w, h) in [(80, 24), (120, 40), (200, 60)] {
            for language in [Language.vi, .en] {
                let s = try Fixtures.session(width: w, height: h, screen: "resolutions", language: language.rawValue)
                let frame = s.frame()
                guard let layout = s.state.layout.resolutions else { return XCTFail("no layout") }
                let rows = frame.lines(trim: false)
                let column = rows.map { String($0.prefix(layout.list.width)) }
                // The name column only: after the pointer, as wide as the layout made it.
                let flat = (layout.listRows.rows.y..<layout.listRows.rows.maxY).map {
                    String(rows[$0].dropFirst(layout.listRows.rows.x + 2).prefix(layout.listNameWidth)).trimmingCharacters(in: .whitespaces)
                }.filter { !$0.isEmpty }.joined(separator: " ")
                let name = "\(language) \(w)×\(h)"
                XCTAssertFalse(flat.contains("…"), "\(name): a name is cut\n\(frame.text)")
                for doc in Fixtures.bundled.resolutions {
                    XCTAssertTrue(flat.contains(doc.shortName(language)), "\(name): \(doc.shortName(language)) is not whole\n\(frame.text)")
                }
                let heading = column[layout.listHeading.y]
                XCTAssertTrue(heading.contains(Glossary.text(.resolutionsDocument, language)), "\(name): \(heading)")
                XCTAssertTrue(heading.contains(Glossary.text(.resolutionsItemsCount, language)), "\(name): \(heading)")
            }
        }
        // 200 columns: the long number on one line.
        let wide = try Fixtures.session(width: 200, height: 60, screen: "resolutions")
        XCTAssertTrue(wide.frame().text.contains("Nghị quyết 202/2025/QH15"), wide.frame().text)
    }

    /// A click on the second line of a wrapped name selects that document.
    func testAClickOnAWrappedNameSelectsItsDocument() throws {
        var s = try Fixtures.session(width: 80, height: 24, screen: "resolutions")
        let lines = s.frame().lines(trim: false)
        guard let y = lines.firstIndex(where: { $0.contains("202/2025/QH15") }) else { return XCTFail(s.frame().text) }
        XCTAssertFalse(lines[y].contains("Nghị quyết"), "the number is on a line of its own at 80×24\n\(s.frame().text)")
        s.apply(.click(x: 4, y: y))
        XCTAssertEqual(s.state.resolution, "202/2025/QH15")
    }

    /// Dates in the Vietnamese screens are `10/6/2025`, in English `10 Jun 2025`; never `2025-06-10`.
    func testDatesReadTheLanguagesWay() throws {
        XCTAssertEqual(Words.shortDate("2025-06-10", .vi), "10/6/2025")
        XCTAssertEqual(Words.shortDate("2025-06-10", .en), "10 Jun 2025")
        XCTAssertEqual(Words.shortDate("2025-06", .vi), "6/2025")
        XCTAssertEqual(Words.shortDate("2025-06", .en), "Jun 2025")
        XCTAssertEqual(Words.shortDate("soon", .vi), "soon")
        let iso = try NSRegularExpression(pattern: "\\b20[0-9]{2}-[01][0-9]-[0-3][0-9]\\b")
        for screen in ["overview", "compare", "detail", "resolutions"] {
            for language in ["vi", "en"] {
                for (w, h) in [(80, 24), (120, 40)] {
                    var s = try Fixtures.session(width: w, height: h, screen: screen, language: language)
                    var frames = [s.frame().text]
                    if screen == "resolutions" { s.send(try Key.script("enter enter")); frames.append(s.frame().text) }
                    if screen == "detail" { s.send(try Key.script("enter")); frames.append(s.frame().text) }
                    for text in frames {
                        let found = iso.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
                        XCTAssertNil(found, "\(screen) \(language) \(w)×\(h) shows an ISO date\n\(text)")
                    }
                }
            }
        }
        let s = try Fixtures.session(width: 120, height: 40, screen: "resolutions")
        XCTAssertTrue(s.frame().text.contains("ban hành: 24/1/2025"), s.frame().text)
        XCTAssertTrue(s.frame().text.contains("baonghean.vn, 10/6/2025"), s.frame().text)
    }
}

/// Issue 10: an open implementation item longer than its box scrolls (j/k, PgUp/PgDn) at 80×24.
final class ItemScrollTests: XCTestCase {
    func testALongItemScrollsInItsBox() throws {
        var dataset = DataLoader.load(paths: [Fixtures.dataFolder], label: "Data/")
        let words = (1...100).map { "việc\($0)" }.joined(separator: " ")
        let long = ImplementationItem(province: "nghe-an", resolution: "57-NQ/TW", document: Bilingual(vi: "Văn bản rất dài", en: "A long document"),
                                      title: Bilingual(vi: words + " HẾT", en: words + " END"), lead: Bilingual(vi: "Sở X", en: "Department X"),
                                      due: "2025-09", status: .inProgress, statusDate: "2025-06-10",
                                      note: Bilingual(vi: words + " CUỐI", en: words + " LAST"),
                                      source: Source(citation: "https://example.org/a/very/long/path/" + String(repeating: "x", count: 120), published: "2025-06-10"))
        dataset.catalogue.items.insert(long, at: 0)
        var o = StartOptions()
        o.province = "nghe-an"
        o.month = "2025-05"
        o.screen = "resolutions"
        o.resolution = "57-NQ/TW"
        o.language = "vi"
        var s = try DashboardSession(data: DashboardData(dataset), options: o, size: Size(width: 80, height: 24))
        s.send(try Key.script("enter enter"))
        XCTAssertTrue(s.state.itemOpen)
        guard let window = s.state.layout.resolutions?.itemText else { return XCTFail("no item box") }
        XCTAssertGreaterThan(window.count, window.visible, "the fixture item is longer than the box")
        let first = s.frame().text
        XCTAssertFalse(first.contains("CUỐI"), first)
        XCTAssertTrue(first.contains("1–\(window.visible)/\(window.count)"), first)
        // j scrolls one line, the item stays the same; PgDn and G reach the end; k and g come back.
        s.send(try Key.script("j"))
        XCTAssertEqual(s.state.textScroll, 1)
        XCTAssertEqual(s.state.items.selected, 0)
        s.send(.pageDown)
        XCTAssertEqual(s.state.textScroll, 1 + window.page)
        s.send(try Key.script("G"))
        let last = s.frame().text
        XCTAssertEqual(s.state.textScroll, window.count - window.visible)
        XCTAssertTrue(last.contains("CUỐI"), last)
        XCTAssertTrue(last.replacingOccurrences(of: "│", with: "").contains("tiếng Việt") || last.contains("ngôn ngữ nguồn"), last)
        s.send(try Key.script("k"))
        XCTAssertEqual(s.state.textScroll, window.count - window.visible - 1)
        s.send(.pageUp)
        s.send(try Key.script("g"))
        XCTAssertEqual(s.state.textScroll, 0)
        XCTAssertEqual(s.state.items.selected, 0)
        // Esc closes it; the next item opens at its top.
        s.send(try Key.script("esc j enter"))
        XCTAssertEqual(s.state.items.selected, 1)
        XCTAssertEqual(s.state.textScroll, 0)
    }
}

/// Issue 10: an export's file name says what the view is — unit, month, screen, and the indicator
/// with its basis or the document — never only the screen with a number.
final class ExportNameTests: XCTestCase {
    func testExportNamesSayWhatTheViewIs() throws {
        let expected: [(String, String?, String?, String)] = [
            ("overview", nil, nil, "chiso-nghe-an-2025-05-overview"),
            ("compare", "budget_revenue", nil, "chiso-nghe-an-2025-05-compare-budget-revenue-ytd"),
            ("detail", "budget_revenue", nil, "chiso-nghe-an-2025-05-detail-budget-revenue-ytd"),
            ("detail", "iip_yoy", nil, "chiso-nghe-an-2025-05-detail-iip-yoy-ytd"),
            ("resolutions", nil, "57-NQ/TW", "chiso-nghe-an-2025-05-resolutions-57-nq-tw"),
            ("resolutions", nil, "202/2025/QH15", "chiso-nghe-an-2025-05-resolutions-202-2025-qh15"),
        ]
        for (screen, indicator, resolution, stem) in expected {
            let s = try Fixtures.session(screen: screen, indicator: indicator, resolution: resolution)
            XCTAssertEqual(FrameExport.stem(s.state, s.data), stem)
        }
    }
}
