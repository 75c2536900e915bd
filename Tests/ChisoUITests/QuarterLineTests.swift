import ChisoCore
import ChisoTestSupport
import XCTest
@testable import ChisoUI

/// The Overview's GRDP line: for month M, the latest quarter that has ended by M, against the
/// year's targets, with its source, at 80×24 and 120×40, in both languages.
final class QuarterLineTests: XCTestCase {
    /// The lines of the box whose title starts with `title`, inside its borders, the title line first.
    func box(_ frame: String, _ title: String) -> [String] {
        let lines = frame.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let top = lines.firstIndex(where: { $0.contains("┌ " + title) }), let start = lines[top].range(of: "┌ " + title) else { return [] }
        let column = lines[top].distance(from: lines[top].startIndex, to: start.lowerBound)
        var rows = [lines[top]]
        for line in lines[(top + 1)...] {
            let cells = Array(line)
            guard column < cells.count, cells[column] == "│" else { break }
            let rest = cells[(column + 1)...]
            let end = rest.firstIndex(of: "│") ?? cells.count
            rows.append(String(cells[(column + 1)..<end]))
        }
        return rows
    }

    func testMayShowsTheFirstQuarterAfterRevisionAgainstTheTargets() throws {
        for (w, h) in [(80, 24), (120, 40)] {
            let rows = box(try Fixtures.session(width: w, height: h, month: "2025-05").frame().text, "Tăng trưởng GRDP")
            let joined = rows.joined(separator: "\n")
            XCTAssertTrue(rows.first?.contains("Tăng trưởng GRDP · quý I/2025") ?? false, "\(w)x\(h)\n\(joined)")
            XCTAssertTrue(joined.contains("quý I +6,99 % ▲ ⚑"), "\(w)x\(h): the revised 6,99 %, the first 8 % kept as a revision\n\(joined)")
            XCTAssertTrue(joined.contains("mục tiêu 2025 10,5 %"), "\(w)x\(h)\n\(joined)")
            XCTAssertTrue(joined.contains("baonghean.vn"), "\(w)x\(h): the source\n\(joined)")
            XCTAssertFalse(joined.contains("8 %⚑") || joined.contains("+8 %"), joined)
            if w >= 120 {
                XCTAssertTrue(joined.contains("cả nước 8 %"), joined)
                XCTAssertTrue(joined.contains("nguồn: baonghean.vn, 23/8/2025"), joined)
                XCTAssertFalse(joined.contains("điều chỉnh"), "in May the target is not yet revised\n\(joined)")
            }
        }
    }

    func testOctoberShowsNineMonthsAndTheThirdQuarterWithTheRevisedTarget() throws {
        let text = try Fixtures.session(width: 120, height: 40, month: "2025-10").frame().text
        let joined = box(text, "Tăng trưởng GRDP").joined(separator: "\n")
        XCTAssertTrue(joined.contains("Tăng trưởng GRDP · quý III/2025"), joined)
        XCTAssertTrue(joined.contains("9 tháng +8,61 % ▲"), joined)
        XCTAssertTrue(joined.contains("quý III +8,62 % ▲"), joined)
        XCTAssertTrue(joined.contains("mục tiêu 2025 10,5 % (điều chỉnh 23/8/2025)"), joined)
        let small = box(try Fixtures.session(width: 80, height: 24, month: "2025-10").frame().text, "Tăng trưởng GRDP").joined(separator: "\n")
        XCTAssertTrue(small.contains("9 tháng +8,61 % ▲"), small)
        XCTAssertTrue(small.contains("mục tiêu 2025 10,5 %"), small)
        let en = box(try Fixtures.session(width: 120, height: 40, month: "2025-10", language: "en").frame().text, "GRDP growth").joined(separator: "\n")
        XCTAssertTrue(en.contains("GRDP growth · Q3 2025"), en)
        XCTAssertTrue(en.contains("9 months +8.61 % ▲"), en)
        XCTAssertTrue(en.contains("target 2025 10.5 % (revised 23 Aug 2025)"), en)
    }

    func testBeforeAQuarterEndsTheLastYearStands() throws {
        let joined = box(try Fixtures.session(width: 120, height: 40, month: "2025-02").frame().text, "Tăng trưởng GRDP").joined(separator: "\n")
        XCTAssertTrue(joined.contains("quý IV/2024"), joined)
        XCTAssertTrue(joined.contains("cả năm +9,01 %"), joined)
    }
}

/// Compare ranks the provincial units on GRDP growth for the latest quarter ended by the month.
final class QuarterCompareTests: XCTestCase {
    func testCompareRanksUnitsOnTheLatestQuarter() throws {
        var session = try Fixtures.session(width: 120, height: 40, month: "2025-10", screen: "compare", indicator: "grdp_growth")
        var text = session.frame().text
        let title = try XCTUnwrap(text.split(separator: "\n").first { $0.contains("Tăng trưởng GRDP ·") }, text)
        XCTAssertTrue(title.contains("quý III/2025"), String(title))
        let basisWords = title.contains("lũy kế từ đầu năm") ? "ytd" : "quarter"
        let ngheAn = try XCTUnwrap(text.split(separator: "\n").first { $0.contains("Nghệ An") && $0.contains("%") }, text)
        XCTAssertTrue(ngheAn.contains(basisWords == "ytd" ? "+8,61 %" : "+8,62 %"), String(ngheAn))
        // `b` switches between the year to date and the quarter alone.
        session.send(.char("b"))
        text = session.frame().text
        let other = try XCTUnwrap(text.split(separator: "\n").first { $0.contains("Nghệ An") && $0.contains("%") }, text)
        XCTAssertTrue(other.contains(basisWords == "ytd" ? "+8,62 %" : "+8,61 %"), String(other))
        XCTAssertTrue(text.contains(basisWords == "ytd" ? "trong quý · quý III/2025" : "lũy kế từ đầu năm · quý III/2025"), text)
    }
}
