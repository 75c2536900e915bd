import Foundation
import XCTest
import ZIPFoundation

/// `B` in the dashboard writes the brief to sign for the unit and month on screen into the export folder, as
/// `.docx` and `.md`, never overwriting; the status line names the file.
final class BriefKeyTmuxTests: TmuxTestCase {
    func testBWritesTheBriefOfTheUnitAndMonthShownAndNeverOverwrites() throws {
        // An office file in a private XDG_CONFIG_HOME: its place and date reach the document.
        let config = work.appendingPathComponent("config/chiso")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try "issuing_body: Tỉnh ủy\nplace: Nghệ An\ndate: 2025-06-10\n".write(to: config.appendingPathComponent("office.yaml"), atomically: true, encoding: .utf8)
        let exports = work.appendingPathComponent("exports")
        try FileManager.default.createDirectory(at: exports, withIntermediateDirectories: true)
        try start("--province nghe-an --month 2025-05",
                  env: "CHISO_EXPORT_DIR='\(exports.path)' XDG_CONFIG_HOME='\(work.appendingPathComponent("config").path)'", width: 120, height: 40)
        try waitForText("11.360")
        try keys("B")
        try waitForText("Đã viết báo cáo")
        try keys("B")
        try waitFor("second brief") { $0.contains("-2.docx") }
        let files = try FileManager.default.contentsOfDirectory(atPath: exports.path).sorted()
        XCTAssertEqual(files, ["chiso-brief-nghe-an-2025-05-2.docx", "chiso-brief-nghe-an-2025-05-2.md",
                               "chiso-brief-nghe-an-2025-05.docx", "chiso-brief-nghe-an-2025-05.md"])
        let md = try String(contentsOf: exports.appendingPathComponent("chiso-brief-nghe-an-2025-05.md"), encoding: .utf8)
        XCTAssertTrue(md.contains("Nghệ An, ngày 10 tháng 6 năm 2025"), md)
        XCTAssertTrue(md.contains("bằng 64,1% dự toán"), md)
        let archive = try Archive(url: exports.appendingPathComponent("chiso-brief-nghe-an-2025-05.docx"), accessMode: .read)
        XCTAssertNotNil(archive["word/document.xml"])
        try keys("q")
        XCTAssertEqual(try waitForExit(), "0")
    }

    /// Started with `--vintage 2025-06-05` and an office file without a date, `B` writes the brief of that day:
    /// dated 05/6/2025 (Decree 30's leading zero) and with the 3 June figure, not the 10 June one.
    func testBUnderAVintageIsDatedTheVintageDayWithTheFiguresKnownThen() throws {
        let config = work.appendingPathComponent("config/chiso")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try "issuing_body: Tỉnh ủy\nplace: Nghệ An\n".write(to: config.appendingPathComponent("office.yaml"), atomically: true, encoding: .utf8)
        let exports = work.appendingPathComponent("exports")
        try FileManager.default.createDirectory(at: exports, withIntermediateDirectories: true)
        try start("--province nghe-an --month 2025-05 --vintage 2025-06-05",
                  env: "CHISO_EXPORT_DIR='\(exports.path)' XDG_CONFIG_HOME='\(work.appendingPathComponent("config").path)'", width: 120, height: 40)
        try waitForText("10.846")
        try keys("B")
        try waitForText("Đã viết báo cáo")
        let md = try String(contentsOf: exports.appendingPathComponent("chiso-brief-nghe-an-2025-05.md"), encoding: .utf8)
        XCTAssertTrue(md.contains("Nghệ An, ngày 05 tháng 6 năm 2025"), md)
        XCTAssertTrue(md.contains("5 tháng đạt 10.846 tỷ đồng, bằng 61,2% dự toán"), md)
        XCTAssertFalse(md.contains("11.360"), md)
        try keys("q")
        XCTAssertEqual(try waitForExit(), "0")
    }
}
