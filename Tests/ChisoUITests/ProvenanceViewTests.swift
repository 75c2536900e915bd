import ChisoCore
import ChisoTestSupport
import XCTest
@testable import ChisoUI

/// Issue 10: Detail shows the selected figure's whole provenance (Enter): publisher, full URL
/// (wrapped, not cut), published date, as-of date, note, every other published value with its source
/// and dates, the sources that confirm it, and a quote only where a user entered one; it scrolls.
final class ProvenanceViewTests: XCTestCase {
    /// Every line the open provenance shows, scrolled from top to bottom, inside its box.
    func provenanceText(_ s: inout DashboardSession) throws -> (lines: [String], frames: [String]) {
        s.send(try Key.script("enter"))
        XCTAssertTrue(s.state.provenanceOpen)
        guard let layout = s.state.layout.detail, let box = layout.provenance, let window = layout.provenanceText else {
            XCTFail("no provenance box")
            return ([], [])
        }
        // Each line of the text once, by its index: the box shows lines textScroll… of it.
        var byIndex: [Int: String] = [:]
        var frames: [String] = []
        var seen = Set<Int>()
        while seen.insert(s.state.textScroll).inserted {
            let frame = s.frame()
            frames.append(frame.text)
            let rows = frame.lines(trim: false)
            for (k, y) in (window.rows.y..<window.rows.maxY).enumerated() where rows.indices.contains(y) {
                byIndex[s.state.textScroll + k] = String(rows[y].dropFirst(box.x + 2).prefix(box.width - 4))
            }
            s.send(.down)
        }
        return (byIndex.keys.sorted().compactMap { byIndex[$0] }, frames)
    }

    func testEnterOnDetailShowsTheWholeProvenanceOfTheMonthsFigures() throws {
        let data = Fixtures.bundled
        let a = Analytics(data.dataset)
        guard let unit = data.unit("nghe-an"), let ind = data.indicator("budget_revenue"),
              let figure = a.value(unit: unit, indicator: ind, basis: .ytd, period: Period(year: 2025, month: 5))?.figure else {
            return XCTFail("the bundled data has Nghệ An's budget revenue for May 2025")
        }
        XCTAssertFalse(figure.revisions.isEmpty, "the figure has other published values")
        for (w, h) in [(80, 24), (120, 40)] {
            var s = try Fixtures.session(width: w, height: h, screen: "detail", language: "vi", indicator: "budget_revenue")
            let (lines, frames) = try provenanceText(&s)
            let flat = lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            let joined = flat.replacingOccurrences(of: " ", with: "")
            let name = "\(w)×\(h)"
            XCTAssertFalse(flat.contains("…"), "\(name): cut\n\(frames.joined(separator: "\n"))")
            XCTAssertTrue(flat.contains("11.360"), name)
            var sources = [figure.source] + figure.revisions.map(\.source) + figure.confirmations
            sources = sources.filter { !$0.isSynthetic }
            for source in sources {
                XCTAssertTrue(joined.contains(source.citation.replacingOccurrences(of: " ", with: "")), "\(name): URL \(source.citation)\n\(flat)")
                if let p = source.published { XCTAssertTrue(flat.contains(Words.shortDate(p, .vi)), "\(name): published \(p)") }
                if let q = source.asOf { XCTAssertTrue(flat.contains(Words.shortDate(q, .vi)), "\(name): as of \(q)") }
                if !source.note.isEmpty {
                    XCTAssertTrue(joined.contains(source.note.replacingOccurrences(of: " ", with: "")), "\(name): note \(source.note)\n\(flat)")
                }
            }
            for r in figure.revisions {
                XCTAssertTrue(flat.contains("giá trị khác: " + NumberFormat.format(r.value, lang: .vi)), "\(name): revision \(r.value)\n\(flat)")
            }
            XCTAssertTrue(flat.contains("nơi công bố: baonghean.vn"), flat)
            XCTAssertTrue(flat.contains("ngày công bố: 10/6/2025"), flat)
            // No quote in the bundled data: none shown.
            XCTAssertFalse(flat.contains("trích dẫn"), flat)
            if w == 80 {
                XCTAssertGreaterThan(frames.count, 1, "at 80×24 the provenance is longer than its box and scrolls")
                XCTAssertTrue(frames[0].contains("1–"), frames[0])
            }
            // Esc closes it; the month table is back.
            s.send(try Key.script("esc"))
            XCTAssertFalse(s.state.provenanceOpen)
            XCTAssertEqual(s.state.screen, .detail)
        }
    }

    /// A figure a user entered with their own quote shows the quote; the bundled data has none.
    func testAUsersQuoteIsShownOnlyWhereEntered() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chiso-prov-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let csv = "province,period,indicator,basis,value,unit,source,published,quote\n"
            + "nghe-an,2025-05,budget_revenue,ytd,11360,VND bn,https://example.org/own,2025-06-11,\"our own count of the revenue\"\n"
        try csv.write(to: folder.appendingPathComponent("own.csv"), atomically: true, encoding: .utf8)
        let data = DashboardData(DataLoader.load(paths: [Fixtures.dataFolder, folder.path], label: "test"))
        var o = StartOptions()
        o.province = "nghe-an"
        o.month = "2025-05"
        o.screen = "detail"
        o.indicator = "budget_revenue"
        o.language = "vi"
        var s = try DashboardSession(data: data, options: o, size: Size(width: 120, height: 40))
        let (lines, _) = try provenanceText(&s)
        let flat = lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        XCTAssertTrue(flat.contains("trích dẫn (người nhập): “our own count of the revenue”"), flat)
        XCTAssertEqual(flat.components(separatedBy: "trích dẫn").count, 2, "one quote, the user's\n\(flat)")
    }
}
