import ChisoCore
import ChisoTestSupport
import XCTest
@testable import ChisoUI

/// Issue 8: a source line cites the figure next to it, and Detail keeps every alternative.
final class SourceLineTests: XCTestCase {
    /// The rows of the panel whose title contains `title`, inside its borders.
    func panel(_ frame: String, _ title: String) -> [String] {
        let lines = frame.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let top = lines.firstIndex(where: { $0.contains(title) }), let start = lines[top].range(of: "┌ " + title) else { return [] }
        let column = lines[top].distance(from: lines[top].startIndex, to: start.lowerBound)
        var rows: [String] = []
        for line in lines[(top + 1)...] {
            let cells = Array(line)
            guard column < cells.count, cells[column] == "│" else { break }
            let rest = cells[(column + 1)...]
            let end = rest.firstIndex(of: "│") ?? cells.count
            rows.append(String(cells[(column + 1)..<end]))
        }
        return rows
    }

    func testDisbursementPanelCitesEachFigureWithItsOwnPublication() throws {
        for (w, h) in [(80, 24), (120, 40)] {
            let text = try Fixtures.session(width: w, height: h).frame().text
            let rows = panel(text, "Giải ngân vốn đầu tư công")
            let joined = rows.joined(separator: "\n")
            // The amount is vneconomy's (to 20 May), the gauge baonghean's (10 June): one mark each.
            XCTAssertTrue(rows.contains { $0.contains("2.703,973 tỷ đồng¹") }, "\(w)x\(h)\n\(joined)")
            XCTAssertTrue(rows.contains { $0.contains("30,01 %²") }, "\(w)x\(h)\n\(joined)")
            // vneconomy's figures stop at 20 May: the source line says so (at 80 columns without the page's date, which
            // Detail keeps).
            let vneconomy = w >= 120 ? "¹ vneconomy.vn, 3/6/2025, đến 20/5" : "¹ vneconomy.vn, đến 20/5"
            XCTAssertTrue(rows.contains { $0.contains(vneconomy) }, "\(w)x\(h)\n\(joined)")
            XCTAssertTrue(rows.contains { $0.contains("² baonghean.vn, 10/6/2025") }, "\(w)x\(h)\n\(joined)")
            XCTAssertFalse(joined.contains("24,95"), joined)
            // One publication: one plain source line and no marks.
            let budget = panel(text, "Thu ngân sách nhà nước").joined(separator: "\n")
            XCTAssertTrue(budget.contains("baonghean.vn, 10/6/2025"), budget)
            XCTAssertFalse(budget.contains("¹"), budget)
        }
    }

    func testAsOfDateShowsNextToItsSourceInBothLanguages() throws {
        for (w, h) in [(80, 24), (120, 40)] {
            let en = try Fixtures.session(width: w, height: h, language: "en").frame().text
            XCTAssertTrue(en.contains("vneconomy.vn") && en.contains(", to 20 May"), en)
            // baonghean's figures cover the whole of May: no as-of date on its line.
            XCTAssertFalse(en.components(separatedBy: "\n").contains { $0.contains("baonghean.vn") && $0.contains(" to ") }, en)
        }
    }

    func testDetailKeepsEachAmountWithItsOwnShareAndTheHeadlineInTheTable() throws {
        let text = try Fixtures.session(width: 120, height: 40, screen: "detail", indicator: "pi_disbursed").frame().text
        let may = text.split(separator: "\n").first { $0.contains("T5/2025") }.map(String.init) ?? ""
        XCTAssertTrue(may.contains("30,01 %⚑"), may)
        XCTAssertFalse(may.contains("24,95"), may)
        XCTAssertTrue(text.contains("vneconomy.vn, 3/6/2025, đến 20/5: 2.703,973 · 27,03 % kế hoạch"), text)
        XCTAssertTrue(text.contains("baonghean.vn, 10/6/2025: 30,01 % kế hoạch"), text)
        XCTAssertTrue(text.contains("tính: 24,95 %~ kế hoạch (2.703,973 / 10.837, ước suy)"), text)
        let budget = try Fixtures.session(width: 120, height: 40, screen: "detail", indicator: "budget_revenue").frame().text
        XCTAssertTrue(budget.contains("baonghean.vn, 10/6/2025: 11.360 · +8,4 % so cùng kỳ · 64,1 % dự toán"), budget)
        XCTAssertTrue(budget.contains("vneconomy.vn, 3/6/2025: 10.846 · +3,5 % so cùng kỳ · 61,2 % dự toán"), budget)
    }
}
