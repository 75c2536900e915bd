import Foundation
import XCTest

/// The entry form (`a`, issue 12) with the real binary in tmux: an error shown, fixed, saved into
/// the entries folder, named in `chiso entry log`; entry turned off; two dashboards on one entries
/// folder seeing each other's entries within 2 s with no key pressed; and the May 2025 figures of
/// the 10 June 2025 report entered from the dashboard, with the time and keys it took.
final class EntryFormTmuxTests: TmuxTestCase {
    var entries: URL { work.appendingPathComponent("entries") }
    static let report = "https://baonghean.vn/en/bi-thu-tinh-uy-nghe-an-tap-trung-cao-do-lanh-dao-chi-dao-to-chuc-thuc-hien-cac-nhiem-vu-trong-tam-10299312.html"

    func journal() -> String { (try? String(contentsOf: entries.appendingPathComponent("figures.csv"), encoding: .utf8)) ?? "" }

    func testAnErrorIsShownFixedAndTheFigureSavedAndLogged() throws {
        try start("--entries '\(entries.path)' --province nghe-an --month 2025-05", width: 120, height: 40)
        try waitForText("11.360")
        try keys("a")
        try waitForText("Nhập số liệu · Nghệ An · tháng 5/2025")
        try waitForText("Lưu vào \(entries.path)")
        try type("iip_yoy")
        try keys("Tab", "Tab")
        try type("12,5")
        try waitForText("= 12,5 %")
        try keys("Tab", "Tab")
        try type("baonghean.vn")
        try keys("Enter")
        try waitForText("Nguồn (URL): không phải địa chỉ http:// hoặc https://")
        XCTAssertEqual(journal(), "", "nothing with an error is saved")
        for _ in 0..<"baonghean.vn".count { try keys("BSpace") }
        try type(Self.report)
        try keys("Enter")
        try waitForText("Đã lưu: IIP · lũy kế từ đầu năm · Nghệ An · tháng 5/2025 = 12,5 %")
        XCTAssertTrue(journal().contains("nghe-an,2025-05,ytd,iip_yoy,12.5,%,\(Self.report)"), journal())
        let log = try ChisoProcess.run(["entry", "log", "--entries", entries.path, "--format", "csv"])
        XCTAssertEqual(log.status, 0, log.stderr)
        XCTAssertTrue(log.stdout.contains(",12.5,") && log.stdout.contains(NSUserName()), log.stdout)
        try keys("q")
        XCTAssertEqual(try waitForExit(), "0")
    }

    func testReadOnlyTheFormSaysSoBeforeTyping() throws {
        try start("--read-only --entries '\(entries.path)' --province nghe-an --month 2025-05 --lang en", width: 120, height: 40)
        try waitForText("11,360")
        try keys("a")
        try waitForText("Read-only (--read-only): figures cannot be entered")
        try keys("Tab", "Tab")
        try type("5")
        try keys("Enter")
        XCTAssertEqual(journal(), "")
        try keys("Escape", "q")
        XCTAssertEqual(try waitForExit(), "0")
    }

    func testTwoDashboardsOnOneEntriesFolderSeeEachOthersEntriesWithin2Seconds() throws {
        // A on Compare at Thanh Hoa; B on Compare with the cursor moved to Ha Tinh. English input.
        try start("--entries '\(entries.path)' --province thanh-hoa --month 2025-05 --screen compare --lang en", width: 120, height: 40)
        try startSecond("--entries '\(entries.path)' --province nghe-an --month 2025-05 --screen compare --lang en")
        try waitForText("[2 Compare]")
        _ = try waitForSecond("Compare") { $0.contains("[2 Compare]") && $0.contains("▸ Nghe An") }
        try tmux(["send-keys", "-t", "u", "Down", "Down"])
        _ = try waitForSecond("cursor on Ha Tinh") { $0.contains("▸ Ha Tinh") }
        // A enters Thanh Hoa's IIP; B shows it without a key, same screen, same cursor.
        try keys("a")
        try waitForText("Add a figure · Thanh Hoa · May 2025")
        try keys("Tab", "Tab")
        try type("21.5")
        try keys("Tab", "Tab")
        try type(Self.report)
        try keys("Enter")
        try waitForText("Saved: IIP · year to date · Thanh Hoa · May 2025 = 21.5 %")
        var started = Date()
        var shown = try waitForSecond("A's entry", timeout: 10) { $0.contains("+21.5 %") }
        var seconds = Date().timeIntervalSince(started)
        print("dashboard B showed A's entry \(String(format: "%.2f", seconds)) s after A said saved")
        XCTAssertLessThan(seconds, 2.0)
        XCTAssertTrue(shown.contains("[2 Compare]") && shown.contains("▸ Ha Tinh"), "B kept its screen and cursor:\n\(shown)")
        // B enters Nghe An's (a later publication); A shows it.
        try tmux(["send-keys", "-t", "u", "Up", "Up"])
        _ = try waitForSecond("cursor on Nghe An") { $0.contains("▸ Nghe An") }
        try tmux(["send-keys", "-t", "u", "a"])
        _ = try waitForSecond("B's form") { $0.contains("Add a figure · Nghe An · May 2025") }
        try tmux(["send-keys", "-t", "u", "Tab", "Tab"])
        try type("30,5", session: "u")
        try tmux(["send-keys", "-t", "u", "Tab", "Tab"])
        try type(Self.report, session: "u")
        try tmux(["send-keys", "-t", "u", "Tab"])
        try type("2025-06-11", session: "u")
        try tmux(["send-keys", "-t", "u", "Enter"])
        _ = try waitForSecond("B saved") { $0.contains("Saved: IIP · year to date · Nghe An · May 2025 = 30.5 %") }
        started = Date()
        shown = try waitFor("B's entry", timeout: 10) { $0.contains("+30.5 %") }
        seconds = Date().timeIntervalSince(started)
        print("dashboard A showed B's entry \(String(format: "%.2f", seconds)) s after B said saved")
        XCTAssertLessThan(seconds, 2.0)
        XCTAssertTrue(shown.contains("[2 Compare]") && shown.contains("▸ Thanh Hoa"), "A kept its screen and cursor:\n\(shown)")
        try keys("q")
        XCTAssertEqual(try waitForExit(), "0")
    }
    func testHistoryListsTheValuesAndRevertIsANewEntry() throws {
        try start("--entries '\(entries.path)' --province nghe-an --month 2025-05", width: 120, height: 40)
        try waitForText("+13,89 %")
        // An entry of the same publication: it is shown, the file's value becomes a revision.
        try keys("a")
        try waitForText("Nhập số liệu · Nghệ An · tháng 5/2025")
        try type("iip_yoy")
        try keys("Tab", "Tab")
        try type("15")
        try keys("Tab", "Tab")
        try type(Self.report)
        try keys("Tab")
        try type("10/6/2025")
        try keys("Enter")
        try waitForText("Đã lưu: IIP · lũy kế từ đầu năm · Nghệ An · tháng 5/2025 = 15 %")
        try waitForText("+15 %")
        try keys("H")
        try waitForText("Lịch sử · IIP · lũy kế từ đầu năm · Nghệ An · tháng 5/2025")
        try waitForText("+15 % (đang hiện) · \(NSUserName()) nhập lúc")
        try waitForText("+13,89 % · tệp observations.csv:")
        // Back to the file's value: a new entry, the journal's first row unchanged.
        try keys("Down", "Enter")
        try waitForText("Đã lưu: IIP · lũy kế từ đầu năm · Nghệ An · tháng 5/2025 = 13,89 %")
        let rows = journal().split(separator: "\n")
        XCTAssertEqual(rows.count, 3, journal())
        XCTAssertTrue(rows[1].contains(",iip_yoy,15,"), journal())
        XCTAssertTrue(rows[2].contains(",iip_yoy,13.89,") && rows[2].contains("lấy lại giá trị của"), journal())
        try keys("H")
        try waitForText("+13,89 % (đang hiện) · \(NSUserName()) nhập lúc")
        XCTAssertTrue(try screen().contains("+15 % · \(NSUserName()) nhập lúc"))
        try keys("Escape", "q")
        XCTAssertEqual(try waitForExit(), "0")
    }

    func items() -> String { (try? String(contentsOf: entries.appendingPathComponent("items.csv"), encoding: .utf8)) ?? "" }

    /// The item form (`a` on the Resolutions screen): a new status refused with its error shown,
    /// fixed and saved, then a new item with every problem shown at once; both shown at once in
    /// this dashboard and within 2 s in a second one on the same folder, and named in `entry log --items`.
    func testItemChangesFromTheDashboardAreSavedShownInASecondDashboardAndLogged() throws {
        let began = Date()
        var count = 0
        func press(_ k: String...) throws { count += k.count; try tmux(["send-keys", "-t", "t"] + k) }
        func typed(_ text: String) throws { count += text.count; try type(text) }
        func row(_ screen: String, _ parts: String...) -> Bool {
            screen.split(separator: "\n").contains { line in parts.allSatisfy { line.contains($0) } }
        }
        try start("--entries '\(entries.path)' --province nghe-an --month 2025-05 --screen resolutions", width: 120, height: 40)
        try startSecond("--entries '\(entries.path)' --province nghe-an --month 2025-05 --screen resolutions --lang en")
        try waitForText("Triển khai tại Nghệ An (4)")
        _ = try waitForSecond("B on Resolutions") { $0.contains("Implementation in Nghe An (4)") && row($0, "Faster disbursement", "under way") }
        // A new status for the second item: done, with its source.
        try press("Tab", "Down", "a")
        try waitForText("Việc thực hiện · Nghệ An · Kết luận 123")
        try waitForText("‹ Đẩy nhanh giải ngân vốn đầu tư công ›")
        try press("Tab", "Tab", "Right", "Right")
        try waitForText("‹ hoàn thành ›")
        try press("Tab")
        try typed("baonghean.vn")
        try press("Enter")
        try waitForText("Nguồn (URL): nguồn “baonghean.vn” không phải URL")
        XCTAssertEqual(items(), "", "nothing with an error is saved")
        for _ in 0..<"baonghean.vn".count { try press("BSpace") }
        try typed("https://baonghean.vn/giai-ngan")
        try press("Tab")
        try typed("20/6/2025")
        try press("Enter")
        try waitForText("Đã lưu: đổi trạng thái · Đẩy nhanh giải ngân vốn đầu tư công · hoàn thành")
        var saved = Date()
        let here = try screen()
        XCTAssertTrue(row(here, "Đẩy nhanh giải ngân vốn đầu tư công", "hoàn thành"), "shown here at once:\n\(here)")
        _ = try waitForSecond("B shows the new status", timeout: 10) { row($0, "Faster disbursement", "completed") }
        var seconds = Date().timeIntervalSince(saved)
        print("second dashboard showed the new status \(String(format: "%.2f", seconds)) s after the first said saved")
        XCTAssertLessThan(seconds, 2.0)
        // A new item: Enter on the empty form lists every problem at once.
        try press("a")
        try waitForText("‹ đổi trạng thái ›")
        try press("Left")
        try waitForText("‹ thêm việc mới ›")
        try press("Enter")
        try waitFor("every problem") { $0.contains("Còn lỗi, chưa lưu") && $0.contains("Văn bản: ") && $0.contains("Nội dung: ") }
        XCTAssertEqual(items().split(separator: "\n").count, 2, items())
        try typed("Kế hoạch 99/KH-UBND")
        try press("Tab")
        try typed("Triển khai thí điểm")
        try press("Tab")
        try typed("Sở Tài chính")
        try press("Tab", "Right", "Tab")
        try typed("9/2025")
        try press("Enter")
        try waitForText("Đã lưu: thêm việc mới · Kế hoạch 99/KH-UBND · Triển khai thí điểm")
        saved = Date()
        try waitForText("Triển khai tại Nghệ An (5)")
        _ = try waitForSecond("B shows the new item", timeout: 10) { $0.contains("Implementation in Nghe An (5)") && row($0, "Kế hoạch 99/KH-UBND", "being drafted") }
        seconds = Date().timeIntervalSince(saved)
        print("second dashboard showed the new item \(String(format: "%.2f", seconds)) s after the first said saved")
        XCTAssertLessThan(seconds, 2.0)
        // H on the new item (the cursor is on it): its one change, who entered it.
        try press("H")
        try waitForText("Lịch sử việc · Kế hoạch 99/KH-UBND")
        try waitForText("20/6/2025 · thêm việc mới (hiện tại) · \(NSUserName()), lúc ")
        try press("Escape")
        print("two item changes entered from the dashboard in \(String(format: "%.1f", Date().timeIntervalSince(began))) s with \(count) keys")
        // The journal and the log name who entered them.
        let log = try ChisoProcess.run(["entry", "log", "--entries", entries.path, "--items"])
        XCTAssertEqual(log.status, 0, log.stderr)
        let lines = log.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 2, log.stdout)
        XCTAssertTrue(lines.first?.contains("  \(NSUserName())  status nghe-an 123-KL/TW «Đẩy nhanh giải ngân vốn đầu tư công» done  https://baonghean.vn/giai-ngan") == true, log.stdout)
        XCTAssertTrue(lines.last?.contains("  \(NSUserName())  add nghe-an 123-KL/TW «Kế hoạch 99/KH-UBND»") == true, log.stdout)
        XCTAssertTrue(items().contains("add,nghe-an,123-KL/TW,Kế hoạch 99/KH-UBND,Triển khai thí điểm,Sở Tài chính,drafting,2025-09,,https://baonghean.vn/giai-ngan,,2025-06-20,"), items())
        try press("q")
        XCTAssertEqual(try waitForExit(), "0")
    }
}
