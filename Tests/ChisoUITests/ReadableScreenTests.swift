import XCTest
@testable import ChisoUI
import ChisoCore
import ChisoTestSupport

/// Screens a person can read (issue 10): the header never runs into itself, the key bar keeps
/// export at 80×24, the Compare legend is not cut.
final class ReadableScreenTests: XCTestCase {
    private let screens = ["overview", "compare", "detail", "resolutions", "help"]

    func testTheHeaderKeepsABlankBetweenItsParts() throws {
        for screen in screens {
            for lang in ["vi", "en"] {
                for width in stride(from: 60, through: 200, by: 1) {
                    let line = try Fixtures.session(width: width, height: 30, screen: screen, language: lang).frame().lines()[0]
                    XCTAssertFalse(line.range(of: "][^ ]", options: .regularExpression) != nil, "\(screen) \(lang) \(width): \(line)")
                    if let data = line.range(of: "Data/") {
                        XCTAssertEqual(line[line.index(before: data.lowerBound)], " ", "\(screen) \(lang) \(width): \(line)")
                    }
                }
            }
        }
    }

    func testEveryScreenKeepsExportOnTheKeyBarAt80x24() throws {
        for screen in screens {
            for (lang, word) in [("vi", "e xuất"), ("en", "e export")] {
                let lines = try Fixtures.session(width: 80, height: 24, screen: screen, language: lang).frame().lines()
                XCTAssertTrue(lines[23].contains(word), "\(screen) \(lang): \(lines[23])")
            }
        }
    }

    /// A panel with no figures for the month says so whole at 80×24, wrapped (`không có số liệu` /
    /// `tháng 5/2025`), not `không có số liệu tháng 5/20…`.
    func testAPanelWithoutFiguresSaysSoWholeAt80x24() throws {
        for (province, month) in [("ha-noi", "2025-05"), ("nghe-an", "2025-04")] {
            for lang in ["vi", "en"] {
                let lines = try Fixtures.session(width: 80, height: 24, province: province, month: month, language: lang).frame().lines()
                let text = lines.joined(separator: "\n")
                let said = lang == "vi" ? "không có số liệu" : "no figures for"
                XCTAssertTrue(text.contains(said), text)
                XCTAssertFalse(lines.contains { $0.contains(said) && $0.contains("…") }, text)
            }
        }
    }

    func testTheCompareLegendIsNotCutAt80x24() throws {
        for lang in ["vi", "en"] {
            let lines = try Fixtures.session(width: 80, height: 24, screen: "compare", language: lang).frame().lines()
            let legend = lines[21]
            XCTAssertFalse(legend.contains("…"), legend)
            XCTAssertTrue(legend.contains(lang == "vi" ? "không có số liệu" : "no data"), legend)
        }
        // With room, the keys are in the legend too.
        let wide = try Fixtures.session(width: 160, height: 40, screen: "compare", language: "en").frame().text
        XCTAssertTrue(wide.contains("Tab column · s/S sort"), wide)
    }

    /// A value with its unit wider than Compare's value column at 80 columns (`11.360 tỷ đồng⚑`) is not cut:
    /// the column is headed by the unit and holds the numbers.
    func testCompareValuesAreNotCutAt80x24() throws {
        for indicator in ["budget_revenue", "investment_capital", "pi_disbursed", "fdi_registered", "iip_yoy"] {
            for lang in ["vi", "en"] {
                var session = try Fixtures.session(width: 80, height: 24, screen: "compare", language: lang, indicator: indicator)
                var text = session.frame().text
                _ = session.send(.char("b"))
                text += session.frame().text
                XCTAssertFalse(text.contains("…"), "\(indicator) \(lang)\n\(text)")
            }
        }
        let lines = try Fixtures.session(width: 80, height: 24, screen: "compare", indicator: "budget_revenue").frame().lines()
        XCTAssertTrue(lines[3].contains("tỷ đồng"), lines[3])
        XCTAssertTrue(lines.contains { $0.contains("▸ Nghệ An") && $0.contains(" 11.360⚑ ") }, lines.joined(separator: "\n"))
    }

    /// A panel's source too long for it gives the site alone, never a date cut in half ("truyenhinhthanhhoa.vn, 4/6…").
    func testAPanelSourceIsNeverCutAt80x24() throws {
        let text = try Fixtures.session(width: 80, height: 24, province: "thanh-hoa", month: "2025-05").frame().text
        XCTAssertFalse(text.contains("…"), text)
        XCTAssertTrue(text.contains("truyenhinhthanhhoa.vn"), text)
    }
}
