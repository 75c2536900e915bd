import ChisoCore
import ChisoTestSupport
import XCTest
@testable import ChisoUI

/// Issue 10: the Detail screen's sources (the table's source cells and the selected month's
/// sources under it) are never cut with "…": wrapped, or laid out so the publisher, the published
/// date and the as-of date stay whole.
final class DetailSourcesTests: XCTestCase {
    /// The rows under the table's bottom border, down to the key bar.
    private func sourceRows(_ lines: [String]) -> [String] {
        guard let bottom = lines.lastIndex(where: { $0.hasPrefix("└") }) else { return [] }
        return Array(lines[(bottom + 1)..<(lines.count - 1)])
    }

    func testNoSourceTextIsCutInTheDetailOfIIPAndBudgetRevenue() throws {
        for indicator in ["iip_yoy", "budget_revenue", "grdp_growth", "pi_disbursed"] {
            for (w, h) in [(80, 24), (120, 40)] {
                for lang in ["vi", "en"] {
                    var session = try Fixtures.session(width: w, height: h, screen: "detail", language: lang, indicator: indicator)
                    // Every month of the table, the selected one moving up from May 2025.
                    for step in 0..<17 {
                        let text = session.frame().text
                        XCTAssertFalse(text.contains("…"), "\(indicator) \(w)x\(h) \(lang) step \(step)\n\(text)")
                        _ = session.send(.up)
                    }
                }
            }
        }
    }

    func testBudgetRevenueSourcesKeepPublisherAndDatesWholeAt80x24() throws {
        let lines = try Fixtures.session(width: 80, height: 24, screen: "detail", indicator: "budget_revenue").frame().lines()
        let rows = sourceRows(lines).joined(separator: "\n")
        XCTAssertTrue(rows.contains("5 tháng  baonghean.vn, 10/6/2025: 11.360 · +8,4 % so cùng kỳ · 64,1 % dự toán"), rows)
        XCTAssertTrue(rows.contains("vneconomy.vn, 3/6/2025: 10.846 · +3,5 % so cùng kỳ · 61,2 % dự toán"), rows)
        // Without the URLs (they are in Enter's whole provenance) everything fits.
        XCTAssertFalse(rows.contains("https://"), rows)
        XCTAssertTrue(rows.contains("(so với cùng kỳ từ T5/2025, T4/2025, T5/2024)"), rows)
        // The table's cell for May: the publisher whole, the other publication counted.
        XCTAssertTrue(lines.contains { $0.contains("▸ T5/2025") && $0.contains("baonghean.vn +1") }, lines.joined(separator: "\n"))
    }

    func testWhatDoesNotFitIsCountedForEnter() throws {
        let lines = try Fixtures.session(width: 80, height: 24, screen: "detail", language: "en", indicator: "budget_revenue").frame().lines()
        let rows = sourceRows(lines)
        XCTAssertEqual(rows.last, " ↵ the whole provenance: 3 more line(s)", rows.joined(separator: "\n"))
        XCTAssertTrue(rows.joined(separator: "\n").contains("baonghean.vn, 10 Jun 2025: 11,360"), rows.joined(separator: "\n"))
    }

    func testTheURLIsWrappedWholeWhereThereIsRoom() throws {
        let url = "https://baonghean.vn/en/bi-thu-tinh-uy-nghe-an-tap-trung-cao-do-lanh-dao-chi-dao-to-chuc-thuc-hien-cac-nhiem-vu-trong-tam-10299312.html"
        for (w, h, indicator) in [(80, 24, "iip_yoy"), (120, 40, "budget_revenue")] {
            let rows = sourceRows(try Fixtures.session(width: w, height: h, screen: "detail", indicator: indicator).frame().lines())
            let joined = rows.map { $0.trimmingCharacters(in: .whitespaces) }.joined()
            XCTAssertTrue(joined.contains(url), "\(w)x\(h) \(indicator)\n" + rows.joined(separator: "\n"))
            // Continuation rows start under the text, after the basis.
            XCTAssertTrue(rows.dropFirst().allSatisfy { $0.hasPrefix("          ") || $0.hasPrefix(" ") }, rows.joined(separator: "\n"))
        }
    }

    func testAComputedShareNamesItsTargetInWordsNotByItsID() throws {
        for lang in ["vi", "en"] {
            let text = try Fixtures.session(width: 160, height: 50, screen: "detail", language: lang, indicator: "budget_revenue").frame().text
            XCTAssertFalse(text.contains("budget_revenue_estimate"), text)
            XCTAssertTrue(text.contains(lang == "vi" ? "64,09 %~ dự toán (11.360 / 17.725, ước suy)" : "64.09 %~ of estimate (11,360 / 17,725, implied)"), text)
        }
    }

    func testTheSourceCellTakesTheLongestFormThatFits() throws {
        let session = try Fixtures.session(screen: "detail")
        let ctx = RenderContext(state: session.state, data: session.data)
        let a = Source(citation: "https://www.baonghean.vn/a", published: "2025-06-10")
        let b = Source(citation: "https://vneconomy.vn/b", published: "2025-06-03")
        XCTAssertEqual(DetailModel.sourceCell([a, b, a], width: 40, ctx), "baonghean.vn, 10/6/2025 +1")
        XCTAssertEqual(DetailModel.sourceCell([a, b], width: 20, ctx), "baonghean.vn +1")
        XCTAssertEqual(DetailModel.sourceCell([a, b], width: 10, ctx), "2 nguồn")
        XCTAssertEqual(DetailModel.sourceCell([], width: 10, ctx), "")
    }

    func testSpanWrapKeepsEveryWordAndItsStyle() {
        let spans = [Line.Span("5 tháng  ", attributes: [.bold]), Line.Span("baonghean.vn, 10/6/2025: ", role: .muted),
                     Line.Span("11.360", attributes: [.bold]), Line.Span(" — https://example.vn/a-very-long-address-indeed", role: .muted)]
        let lines = SpanWrap.lines(spans, width: 30, hangingLabel: true)
        XCTAssertEqual(lines.map { $0.spans.map(\.text).joined() }, [
            "5 tháng  baonghean.vn,",
            "         10/6/2025: 11.360 —",
            "         https://example.vn/a-",
            "         very-long-address-ind",
            "         eed",
        ])
        XCTAssertTrue(lines.allSatisfy { $0.width <= 30 })
        let number = lines[1].spans.first { $0.text == "11.360" }
        XCTAssertEqual(number?.attributes, [.bold])
        XCTAssertEqual(lines[1].spans.first { $0.text.contains("10/6") }?.role, .muted)
    }
}
