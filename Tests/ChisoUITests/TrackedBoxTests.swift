import ChisoCore
import ChisoTestSupport
import XCTest
@testable import ChisoUI

/// Issue 10: the Resolutions screen's box of tracked indicators shows every indicator and every
/// one of its figures (value, change on last year, share of plan) at 80×24, on a second line
/// where one is full, never cut with "…" nor left out.
final class TrackedBoxTests: XCTestCase {
    /// The rows of the box titled `title`, inside its borders.
    private func box(_ lines: [String], _ title: String) -> [String] {
        guard let top = lines.firstIndex(where: { $0.contains("┌ " + title) }) else { return [] }
        let start = Array(lines[top]).firstIndex(of: "┌") ?? 0
        var rows: [String] = []
        for line in lines[(top + 1)...] {
            let cells = Array(line)
            guard start < cells.count, cells[start] == "│" else { break }
            let rest = cells[(start + 1)...]
            rows.append(String(cells[(start + 1)..<(rest.firstIndex(of: "│") ?? cells.count)]))
        }
        return rows
    }

    func testConclusion123ShowsTheBudgetRevenuesChangeAndShareAt80x24() throws {
        for (lang, title, change, share) in [("vi", "Chỉ tiêu theo dõi", "▲ +8,4 %", "64,1 % kế hoạch"), ("en", "Tracked by", "▲ +8.4 %", "64.1 % of plan")] {
            let lines = try Fixtures.session(width: 80, height: 24, screen: "resolutions", language: lang, resolution: "123-KL/TW").frame().lines()
            let rows = box(lines, title).joined(separator: "\n")
            XCTAssertTrue(rows.contains(change) && rows.contains(share), "\(lang)\n\(rows)")
            XCTAssertEqual(box(lines, title).count, 6, "five indicators, budget revenue on two lines\n\(rows)")
        }
    }

    func testEveryTrackedFigureOfEveryDocumentShowsWholeAt80x24() throws {
        for lang in ["vi", "en"] {
            let probe = try Fixtures.session(width: 80, height: 24, screen: "resolutions", language: lang)
            for res in probe.data.resolutions {
                for (w, h) in [(80, 24), (120, 40)] {
                    let session = try Fixtures.session(width: w, height: h, screen: "resolutions", language: lang, resolution: res.id)
                    var ctx = RenderContext(state: session.state, data: session.data)
                    let expected = ResolutionsModel.trackedIndicators(&ctx, res)
                    let lines = session.frame().lines()
                    let rows = box(lines, Glossary.text(.resolutionsTrackedBy, lang == "vi" ? .vi : .en))
                    let text = rows.joined(separator: "\n")
                    XCTAssertFalse(text.contains("…"), "\(res.id) \(lang) \(w)x\(h)\n\(text)")
                    for ind in expected {
                        XCTAssertTrue(text.contains(ind.name), "\(res.id) \(lang) \(w)x\(h): \(ind.name)\n\(text)")
                        for part in ind.parts {
                            let figure = part.map(\.text).joined()
                            XCTAssertTrue(text.contains(figure), "\(res.id) \(lang) \(w)x\(h): \(ind.name) \(figure)\n\(text)")
                        }
                    }
                }
            }
        }
    }

    func testANameLongerThanItsColumnWrapsAndFiguresGoOnTheNextLine() {
        let ind = TrackedRows.Indicator(name: "Giải ngân vốn đầu tư công so với kế hoạch", parts: [[Line.Span("5 tháng 2.703,973 tỷ đồng")],
                                                                                               [Line.Span("▲ +8,4 %")], [Line.Span("30,01 % kế hoạch")]],
                                        series: [])
        let rows = TrackedRows([ind], width: 40)
        XCTAssertEqual(rows.nameWidth, 20)
        let e = rows.entries[0]
        XCTAssertEqual(e.names, ["Giải ngân vốn đầu", "tư công so với kế", "hoạch"])
        XCTAssertEqual(e.figures.map { Line($0).spans.map(\.text).joined() }, ["5 tháng 2.703,973 tỷ", "đồng  ▲ +8,4 %", "30,01 % kế hoạch"])
        XCTAssertTrue(e.figures.allSatisfy { Line($0).width <= 20 })
        XCTAssertEqual(e.height, 3)
        XCTAssertEqual(rows.shown(rows: 2).left, 1, "an entry that does not fit is counted, not cut")
    }
}
