import XCTest
@testable import ChisoCore

/// `chiso report` in every format gives GRDP growth for the latest quarter ended by the month,
/// with the year's target (and its revision), on the bundled data.
final class QuarterReportTests: XCTestCase {
    static let data = DataLoader.load(paths: [TestData.bundled], label: "Data/")

    func brief(_ month: Period, _ lang: Language) throws -> BriefFormatter {
        let unit = try XCTUnwrap(Self.data.catalogue.unit(id: "nghe-an"))
        return BriefFormatter(Brief.build(Analytics(Self.data), unit: unit, period: month, lang: lang))
    }

    /// The text line of the GRDP row whose period cell is `period`.
    func line(_ text: String, _ name: String, _ period: String) -> String? {
        text.split(separator: "\n").map(String.init).first { $0.hasPrefix(name) && $0.contains("  " + period + "  ") }
    }

    func testMayGivesTheRevisedFirstQuarterWithTheTarget() throws {
        let text = try brief(Period(year: 2025, month: 5), .vi).render(.text)
        let row = try XCTUnwrap(line(text, "Tăng trưởng GRDP", "quý I/2025"), text)
        XCTAssertTrue(row.contains("+6,99 %⚑"), row)
        XCTAssertTrue(row.contains("mục tiêu 10,5 %"), row)
        XCTAssertFalse(row.contains("điều chỉnh"), row)
        XCTAssertFalse(text.contains("Không có số liệu: FDI đăng ký, Tăng trưởng GRDP"), text)
        // The revision and the target are cited.
        XCTAssertTrue(text.contains("⚑ số khác: 8 —"), text)
        XCTAssertTrue(text.contains("Nghệ An · Tăng trưởng GRDP · mục tiêu 2025: https://baonghean.vn/en/bi-thu-tinh-uy-nghe-an"), text)
    }

    func testOctoberGivesNineMonthsAndTheThirdQuarterAgainstTheRevisedTarget() throws {
        let text = try brief(Period(year: 2025, month: 10), .vi).render(.text)
        let ytd = try XCTUnwrap(line(text, "Tăng trưởng GRDP", "9 tháng 2025"), text)
        XCTAssertTrue(ytd.contains("+8,61 %"), ytd)
        XCTAssertTrue(ytd.contains("mục tiêu 10,5 % (điều chỉnh 23/8/2025)"), ytd)
        let q3 = try XCTUnwrap(line(text, "Tăng trưởng GRDP", "quý III/2025"), text)
        XCTAssertTrue(q3.contains("+8,62 %"), q3)
        let md = try brief(Period(year: 2025, month: 10), .en).render(.markdown)
        XCTAssertTrue(md.contains("| GRDP growth | 9 months 2025 | +8.61 %"), md)
        XCTAssertTrue(md.contains("| target 10.5 % (revised 23 Aug 2025) |"), md)
        XCTAssertTrue(md.contains("| GRDP growth | Q3 2025 | +8.62 %"), md)
    }

    func testCSVAndJSONCarryTheQuarterAndTheTarget() throws {
        let f = try brief(Period(year: 2025, month: 5), .en)
        let csv = f.render(.csv)
        let header = try XCTUnwrap(csv.split(separator: "\n").first).split(separator: ",").map(String.init)
        let row = try XCTUnwrap(csv.split(separator: "\n").map(String.init).first { $0.contains(",grdp_growth,") }, csv)
        let cells = row.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        func cell(_ name: String) -> String? { header.firstIndex(of: name).flatMap { cells.indices.contains($0) ? cells[$0] : nil } }
        XCTAssertEqual(cell("period"), "2025-Q1")
        XCTAssertEqual(cell("basis"), "ytd")
        XCTAssertEqual(cell("value"), "6.99")
        XCTAssertEqual(cell("target"), "10.5")
        XCTAssertEqual(cell("target_published"), "2025-06-10")
        let json = try JSONSerialization.jsonObject(with: Data(f.render(.json).utf8)) as? [String: Any]
        let figures = try XCTUnwrap(json?["figures"] as? [[String: Any]])
        let grdp = try XCTUnwrap(figures.first { $0["indicator"] as? String == "grdp_growth" })
        XCTAssertEqual(grdp["period"] as? String, "2025-Q1")
        XCTAssertEqual(grdp["value"] as? Double, 6.99)
        XCTAssertEqual(grdp["target"] as? Double, 10.5)
        XCTAssertEqual(grdp["published"] as? String, "2025-08-23")
    }
}
