import XCTest
@testable import ChisoCore

/// A figure that covers part of its month carries its as-of date into every report format.
final class AsOfReportTests: XCTestCase {
    static let csv = "province,period,indicator,basis,value,unit,source,published,as_of,note\n"
        + "nghe-an,2025-05,budget_revenue,ytd,2703.973,VND bn,https://example.org/a,2025-06-03,2025-05-20,as of 20 May\n"
        + "nghe-an,2025-05,budget_revenue_pct_estimate,ytd,27.03,%,https://example.org/a,2025-06-03,2025-05-20,as of 20 May\n"
        + "nghe-an,2025-05,iip_yoy,ytd,13.89,%,https://example.org/b,2025-06-03,,\n"

    func render(_ format: BriefFormat, _ lang: Language) throws -> String {
        let data = TestData.dataset(Self.csv)
        XCTAssertEqual(data.diagnostics.map(\.description), [])
        let unit = try XCTUnwrap(data.catalogue.unit(id: "nghe-an"))
        return BriefFormatter(Brief.build(Analytics(data), unit: unit, period: Period(year: 2025, month: 5), lang: lang)).render(format)
    }

    func line(_ text: String, containing fragment: String) -> String {
        text.split(separator: "\n").map(String.init).first { $0.contains(fragment) } ?? ""
    }

    func testTextAndMarkdownShowTheDayNextToTheFigure() throws {
        for format in [BriefFormat.text, .markdown] {
            let vi = try render(format, .vi)
            XCTAssertTrue(line(vi, containing: "2.703,973").contains("2.703,973 tỷ đồng (đến 20/5)"), vi)
            XCTAssertTrue(line(vi, containing: "2.703,973").contains("27,03 % (đến 20/5)"), vi)
            XCTAssertFalse(line(vi, containing: "13,89").contains("đến"), vi)
            XCTAssertTrue(vi.contains("(công bố 3/6/2025; số liệu đến 20/5)"), vi)
            let en = try render(format, .en)
            XCTAssertTrue(line(en, containing: "2,703.973").contains("2,703.973 VND bn (to 20 May)"), en)
            XCTAssertTrue(en.contains("(published 3 Jun 2025; figures to 20 May)"), en)
        }
    }

    func testCSVAndJSONCarryAsOf() throws {
        let csv = try render(.csv, .en)
        let rows = csv.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let column = try XCTUnwrap(rows.first?.firstIndex(of: "as_of"))
        let revenue = try XCTUnwrap(rows.first { $0.contains("budget_revenue") })
        XCTAssertEqual(revenue[column], "2025-05-20")
        let iip = try XCTUnwrap(rows.first { $0.contains("iip_yoy") })
        XCTAssertEqual(iip[column], "")
        let json = try render(.json, .en)
        let doc = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let figures = try XCTUnwrap(doc["figures"] as? [[String: Any]])
        XCTAssertEqual(figures.first { $0["indicator"] as? String == "budget_revenue" }?["as_of"] as? String, "2025-05-20")
        XCTAssertNil(figures.first { $0["indicator"] as? String == "iip_yoy" }?["as_of"] as? String)
    }
}
