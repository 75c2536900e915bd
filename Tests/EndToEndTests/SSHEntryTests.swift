import Foundation
import XCTest

/// Issue 12, tried as a new user would: over a real SSH connection (the loopback sshd of
/// `SSHTests`, ExposeAuthInfo on) in tmux, a figure and an implementation item's new status are
/// entered from the dashboard; a second dashboard on the same entries folder shows both within
/// 2 s, and `chiso entry log` names the login with the SSH key's fingerprint.
extension SSHTests {
    func testFigureAndItemEnteredOverSSHShowInASecondDashboardAndNameTheKey() throws {
        try startServer()
        let d = dir.path
        let entries = "\(d)/entries"
        let url = "https://baonghean.vn/en/bi-thu-tinh-uy-nghe-an-10299312.html"
        var count = 0
        func press(_ k: String...) throws { count += k.count; try tmux(["send-keys", "-t", "t"] + k) }
        func typed(_ text: String) throws { count += text.count; try tmux(["send-keys", "-t", "t", "-l", text]) }
        func row(_ screen: String, _ parts: String...) -> Bool {
            screen.split(separator: "\n").contains { line in parts.allSatisfy { line.contains($0) } }
        }
        // The second dashboard, here, in English, on the Resolutions screen.
        try openSession("b", "--entries '\(entries)' --province nghe-an --month 2025-05 --screen resolutions --lang en --no-cache", width: 100, height: 30)
        try wait("b", for: "Implementation in Nghe An (4)", "Jan–May +13.89 %")
        // The first over SSH.
        let remote = "exec env LANG=C.UTF-8 LC_ALL=C.UTF-8 '\(ChisoProcess.binary)' --entries '\(entries)' --province nghe-an --month 2025-05 --no-cache"
        try tmux(["new-session", "-d", "-s", "t", "-x", "100", "-y", "30", "env", "TERM=xterm-256color",
                  "ssh", "-tt", "-p", "\(port)", "-i", "\(d)/user_key", "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
                  "-o", "BatchMode=yes", "-o", "LogLevel=ERROR", "root@127.0.0.1", remote])
        try waitForText("+13,89 %")
        let began = Date()
        try press("a")
        try waitForText("Nhập số liệu · Nghệ An · tháng 5/2025")
        try typed("iip_yoy")
        try press("Tab", "Tab")
        try typed("14,2")
        try waitForText("= 14,2 %")
        try press("Tab", "Tab")
        try typed(url)
        try press("Tab")
        try typed("10/6/2025")
        try press("Enter")
        try waitForText("Đã lưu: IIP · lũy kế từ đầu năm · Nghệ An · tháng 5/2025 = 14,2 %")
        var saved = Date()
        try wait("b", for: "Jan–May +14.2 %", timeout: 10)
        var seconds = Date().timeIntervalSince(saved)
        print("over SSH: the second dashboard showed the figure \(String(format: "%.2f", seconds)) s after saved")
        XCTAssertLessThan(seconds, 2.0)
        // The item: Resolutions, the second item, a new status; source and date start as the last saved.
        try press("4", "Tab", "Down", "a")
        try waitForText("‹ Đẩy nhanh giải ngân vốn đầu tư công ›")
        try press("Tab", "Tab", "Right", "Right")
        try waitForText("‹ hoàn thành ›")
        try press("Enter")
        try waitForText("Đã lưu: đổi trạng thái · Đẩy nhanh giải ngân vốn đầu tư công · hoàn thành")
        saved = Date()
        let shown = try wait("b", for: "completed", timeout: 10)
        seconds = Date().timeIntervalSince(saved)
        print("over SSH: the second dashboard showed the item's status \(String(format: "%.2f", seconds)) s after saved")
        XCTAssertLessThan(seconds, 2.0)
        XCTAssertTrue(row(shown, "Faster disbursement", "completed"), shown)
        print("over SSH: a figure and an item's status entered in \(String(format: "%.1f", Date().timeIntervalSince(began))) s with \(count) keys")
        // Who: the login and the key's fingerprint, in both journals.
        XCTAssertEqual(shell("ssh-keygen -l -E sha256 -f '\(d)/user_key.pub' > '\(d)/fingerprint' 2>/dev/null"), 0)
        let fingerprint = try String(contentsOfFile: "\(d)/fingerprint", encoding: .utf8).split(separator: " ")[1]
        let figures = try ChisoProcess.run(["entry", "log", "--entries", entries])
        XCTAssertTrue(figures.stdout.contains("  root (\(fingerprint))  nghe-an 2025-05 ytd iip_yoy = 14.2 %  \(url)"), figures.stdout)
        let items = try ChisoProcess.run(["entry", "log", "--entries", entries, "--items"])
        XCTAssertTrue(items.stdout.contains("  root (\(fingerprint))  status nghe-an 123-KL/TW «Đẩy nhanh giải ngân vốn đầu tư công» done  \(url)"),
                      items.stdout)
        try press("q")
        try send("b", "q")
    }
}
