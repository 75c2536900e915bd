import Foundation
import XCTest

/// Issue 12 with the binary in tmux at 120×40: a bundled item's title changed from the item form,
/// `H` on it and Enter on the resolutions file's state (a revert record); the item withdrawn from
/// the form, gone here at once and from a second dashboard (English, same folder) within 2 s; `H`
/// on its document and Enter on its earlier state bring it back, in both dashboards. The journal
/// then holds four records, nothing edited, and `entry log --items` names the user for each.
final class ItemHistoryTmuxTests: TmuxTestCase {
    static let url = "https://baonghean.vn/giai-ngan"

    func testAnItemsTitleRevertedFromHistoryAndAWithdrawnItemTakenBack() throws {
        let entries = work.appendingPathComponent("entries").path
        try start("--entries '\(entries)' --province nghe-an --month 2025-05 --screen resolutions", width: 120, height: 40)
        try startSecond("--entries '\(entries)' --province nghe-an --month 2025-05 --screen resolutions --lang en")
        try waitForText("Triển khai tại Nghệ An (4)")
        _ = try waitForSecond("B on Resolutions") { $0.contains("Implementation in Nghe An (4)") }
        // A new title: the form starts from the item's title.
        try keys("Tab", "Down", "a")
        try waitForText("‹ Đẩy nhanh giải ngân vốn đầu tư công ›")
        try keys("Right", "Right", "Right")
        try waitForText("‹ đổi nội dung ›")
        try waitForText("Nội dung      Chỉ đạo của Bí thư Tỉnh ủy: đẩy nhanh giải ngân vốn đầu tư công năm 2025")
        try keys("Tab", "Tab")
        try type(" trước 30/9")
        try keys("Tab")
        try type(Self.url)
        try keys("Tab")
        try type("20/6/2025")
        try keys("Enter")
        try waitForText("Đã lưu: đổi nội dung · Đẩy nhanh giải ngân vốn đầu tư công · Chỉ đạo của Bí thư")
        try waitForText("đầu tư công năm 2025 trước 30/9")
        // H: the change, then the file's state; Enter on the file's state takes it back.
        try keys("H")
        try waitForText("Lịch sử việc · Đẩy nhanh giải ngân vốn đầu tư công")
        try waitForText("▸ 20/6/2025 · đổi nội dung (hiện tại) · \(NSUserName()), lúc ")
        try waitForText("  10/6/2025 · theo tệp nghị quyết: đang triển khai ·")
        try waitForText("    https://baonghean.vn/")
        try keys("Down", "Enter")
        try waitForText("Đã lưu: lấy lại trạng thái cũ · Đẩy nhanh giải ngân vốn đầu tư công · đang triển khai")
        let reverted = try screen()
        XCTAssertFalse(reverted.contains("trước 30/9"), reverted)
        // Withdrawn: gone here at once, and from the second dashboard within 2 s.
        try keys("a", "Left", "Left")
        try waitForText("‹ rút việc khỏi danh sách ›")
        try keys("Enter")
        try waitForText("Đã lưu: rút việc khỏi danh sách · Đẩy nhanh giải ngân vốn đầu tư công")
        var saved = Date()
        try waitForText("Triển khai tại Nghệ An (3)")
        _ = try waitForSecond("B without the item", timeout: 10) { $0.contains("Implementation in Nghe An (3)") && !$0.contains("Faster disbursement") }
        var seconds = Date().timeIntervalSince(saved)
        print("the second dashboard showed the withdrawal \(String(format: "%.2f", seconds)) s after the first said saved")
        XCTAssertLessThan(seconds, 2.0)
        // H on the list of documents: the withdrawn item's states; Enter on the one before brings it back.
        try keys("BTab", "H")
        try waitForText("Lịch sử việc · Kết luận 123")
        try waitForText("▸ «Đẩy nhanh giải ngân vốn đầu tư công» · 20/6/2025 · rút việc khỏi danh sách (hiện tại)")
        try keys("Down", "Enter")
        try waitForText("Đã lưu: lấy lại trạng thái cũ · Đẩy nhanh giải ngân vốn đầu tư công · đang triển khai")
        saved = Date()
        try waitForText("Triển khai tại Nghệ An (4)")
        _ = try waitForSecond("B with the item again", timeout: 10) { $0.contains("Implementation in Nghe An (4)") && $0.contains("Faster disbursement") }
        seconds = Date().timeIntervalSince(saved)
        print("the second dashboard showed the item taken back \(String(format: "%.2f", seconds)) s after the first said saved")
        XCTAssertLessThan(seconds, 2.0)
        // Four records, each appended; the log names the user for each.
        let journal = try String(contentsOfFile: entries + "/items.csv", encoding: .utf8).split(separator: "\n").map { $0.prefix { $0 != "," } }
        XCTAssertEqual(journal, ["action", "title", "revert", "withdraw", "revert"])
        let log = try ChisoProcess.run(["entry", "log", "--entries", entries, "--items"])
        XCTAssertEqual(log.status, 0, log.stderr)
        XCTAssertEqual(log.stdout.split(separator: "\n").filter { $0.contains("  \(NSUserName())  ") }.count, 4, log.stdout)
        try keys("q")
        XCTAssertEqual(try waitForExit(), "0")
    }
}
