import Foundation
import XCTest

/// `chiso brief --vintage` (issue 11): the document of a day rebuilt from what was published by then —
/// the 3 June figure on 5 June, the 10 June one (with the 3 June one in its footnote) on 10 June — and
/// the vintage day as the date line when neither --date nor the office file gives one.
final class VintageBriefTests: XCTestCase {
    override func setUpWithError() throws {
        try ChisoProcess.requireBinary()
    }

    /// The Markdown brief, with an empty config folder so no office file gives a date.
    func brief(_ args: [String]) throws -> String {
        let config = NSTemporaryDirectory() + "chiso-vintage-brief-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: config, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: config) }
        let r = try ChisoProcess.run(["brief", "--province", "nghe-an", "--month", "2025-05", "--format", "md"] + args,
                                     environment: ["XDG_CONFIG_HOME": config])
        XCTAssertEqual(r.status, 0, r.stderr)
        return r.stdout
    }

    /// Targets known on the day: Nghệ An's 2025 budget estimate and public-investment plan in the data are implied
    /// from pages of January 2026, so the brief of 10 June 2025 has no annual plan for them and its budget chart no
    /// estimate line (nor a title promising one); without a vintage both are there.
    func testTargetsPublishedLaterAreNotInTheBriefOfTheDay() throws {
        let day = try brief(["--vintage", "2025-06-10"])
        XCTAssertTrue(day.contains("| Thu ngân sách nhà nước trên địa bàn[^4] | tỷ đồng | - | 2.380 | 11.360 |"), day)
        XCTAssertTrue(day.contains("| Giải ngân vốn đầu tư công[^5] | tỷ đồng | - |"), day)
        XCTAssertFalse(day.contains("17.725") || day.contains("10.837"), day)
        let now = try brief([])
        XCTAssertTrue(now.contains("| tỷ đồng | 17.725 | 2.380 | 11.360 |"), now)
        let html = try brief(["--vintage", "2025-06-10", "--format", "html"])
        XCTAssertTrue(html.contains("Thu ngân sách nhà nước lũy kế, tỷ đồng"), "budget chart titled without the estimate")
        XCTAssertFalse(html.contains("Dự toán năm 2025"), "no estimate line")
        XCTAssertTrue(try brief(["--format", "html"]).contains("Dự toán năm 2025"))
    }

    func testBriefOnFiveAndTenJune() throws {
        let early = try brief(["--vintage", "2025-06-05"])
        XCTAssertTrue(early.contains("5 tháng đạt 10.846 tỷ đồng, bằng 61,2% dự toán, tăng 3,5% so với cùng kỳ"), early)
        XCTAssertFalse(early.contains("11.360"), early)
        XCTAssertFalse(early.contains("Số liệu công bố ngày 3/6/2025"), "no revision on 5 June\n\(early)")
        XCTAssertTrue(early.contains("ngày 05 tháng 6 năm 2025"), "the vintage day is the date line\n\(early)")
        XCTAssertTrue(early.contains("chưa rõ ngày"), "an undated source says so under a vintage\n\(early)")
        let late = try brief(["--vintage", "2025-06-10"])
        XCTAssertTrue(late.contains("5 tháng đạt 11.360 tỷ đồng, bằng 64,1% dự toán, tăng 8,4% so với cùng kỳ"), late)
        XCTAssertTrue(late.contains("Số liệu công bố ngày 3/6/2025 (vneconomy.vn): thu ngân sách nhà nước trên địa bàn 5 tháng đạt 10.846 tỷ đồng"), late)
        XCTAssertTrue(late.contains("ngày 10 tháng 6 năm 2025"), late)
        // --date still comes first; without --vintage nothing says undated and no date is invented.
        XCTAssertTrue(try brief(["--vintage", "2025-06-05", "--date", "2025-06-10"]).contains("ngày 10 tháng 6 năm 2025"))
        let all = try brief([])
        XCTAssertFalse(all.contains("chưa rõ ngày"), all)
        XCTAssertTrue(all.contains("ngày … tháng … năm …"), "no date without --date, office file or --vintage\n\(all)")
    }
}
