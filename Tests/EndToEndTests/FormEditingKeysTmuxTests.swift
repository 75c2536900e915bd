import Foundation
import XCTest

/// The forms' editing keys (issue 12) through a real terminal at 80×24: Ctrl-U clears a wrong
/// source in the figure form; in the item form the source offered from the last figure is cleared
/// with Ctrl-U and a new one typed and corrected with ←, Home and End; both saved as typed.
final class FormEditingKeysTmuxTests: TmuxTestCase {
    static let report = "https://baonghean.vn/en/report-10299312.html"

    func testCtrlUAndTheCursorKeysEditTheFormsFields() throws {
        let entries = work.appendingPathComponent("entries")
        try start("--entries '\(entries.path)' --province nghe-an --month 2025-05", width: 80, height: 24)
        try waitForText("Tổng quan")
        try keys("a")
        try waitForText("Sửa chữ: ⌫ xóa · Ctrl-W xóa từ · Ctrl-U xóa về đầu ô · ←→ Home End con trỏ")
        try type("thu ng")
        try keys("Tab", "Tab")
        try type("11.360")
        try keys("Tab", "Tab")
        try type("https://sai.vn/x")
        try waitForText("https://sai.vn/x▏")
        try keys("C-u")
        try waitFor("the source cleared") { $0.contains("Nguồn (URL)         ▏ ") && !$0.contains("sai.vn") }
        try type(Self.report)
        try keys("Tab")
        try type("10/6/2025")
        try keys("Enter")
        try waitForText("Đã lưu: Thu NSNN · lũy kế từ đầu năm · Nghệ An · tháng 5/2025 = 11.360 tỷ đồng")
        let figures = try String(contentsOf: entries.appendingPathComponent("figures.csv"), encoding: .utf8)
        XCTAssertTrue(figures.contains(",budget_revenue,11360,VND bn,\(Self.report),"), figures)
        // The item form on an item: the figure's source is offered; Ctrl-U, then typed and corrected.
        try keys("4", "Tab", "a")
        try waitForText("‹ đổi trạng thái ›")
        try keys("Tab", "Tab", "Right", "Tab")
        try waitForText("report-10299312.html▏")
        try keys("C-u")
        try waitFor("the item's source cleared") { !$0.contains("report-10299312") }
        try type("ttps://baonghean.vn/gia-ngan")
        for _ in 0..<5 { try keys("Left") }
        try type("i")
        try keys("Home")
        try type("h")
        try keys("End")
        try type("/2025")
        try waitForText("https://baonghean.vn/giai-ngan/2025▏")
        try keys("Enter")
        try waitForText("Đã lưu: đổi trạng thái")
        let items = try String(contentsOf: entries.appendingPathComponent("items.csv"), encoding: .utf8)
        XCTAssertTrue(items.contains(",https://baonghean.vn/giai-ngan/2025,"), items)
        try keys("q")
        XCTAssertEqual(try waitForExit(), "0")
    }
}
