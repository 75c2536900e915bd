import Foundation
import XCTest

/// Issue 12, "Done when", tried as a new user would: over a real SSH connection (the loopback
/// sshd of `SSHTests`, ExposeAuthInfo on) in tmux, the May 2025 figures of the 10 June 2025 report
/// and an implementation item's new status are entered from the dashboard, on a copy of the data
/// without those figures; a second dashboard on the same entries folder shows them within 2 s, and
/// `chiso entry log` names the login with the SSH key's fingerprint. Prints the time and keys.
extension SSHTests {
    func testReportFiguresAndAnItemEnteredOverSSHShowInASecondDashboardAndNameTheKey() throws {
        try startServer()
        let d = dir.path
        let entries = "\(d)/entries"
        let data = URL(fileURLWithPath: "\(d)/data")
        let rows = try ReportEntryTmuxTests.splitData(into: data)
        XCTAssertEqual(rows.count, 10, "the report's rows in Data/observations.csv")
        let url = ReportEntryTmuxTests.report
        var count = 0
        func press(_ k: String...) throws { count += k.count; try tmux(["send-keys", "-t", "t"] + k) }
        func typed(_ text: String) throws { count += text.count; try tmux(["send-keys", "-t", "t", "-l", text]) }
        func row(_ screen: String, _ parts: String...) -> Bool {
            screen.split(separator: "\n").contains { line in parts.allSatisfy { line.contains($0) } }
        }
        // The second dashboard, here, in English, on the same data and entries folder.
        let options = "--data '\(data.path)' --entries '\(entries)' --province nghe-an --month 2025-05 --no-cache"
        try openSession("b", options + " --lang en", width: 100, height: 30)
        let before = try wait("b", for: "Nghe An │ May 2025")
        XCTAssertFalse(before.contains("11,360"), "the copy has no budget revenue for May 2025:\n\(before)")
        // The first over SSH.
        let remote = "exec env LANG=C.UTF-8 LC_ALL=C.UTF-8 '\(ChisoProcess.binary)' \(options)"
        try tmux(["new-session", "-d", "-s", "t", "-x", "100", "-y", "30", "env", "TERM=xterm-256color",
                  "ssh", "-tt", "-p", "\(port)", "-i", "\(d)/user_key", "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
                  "-o", "BatchMode=yes", "-o", "LogLevel=ERROR", "root@127.0.0.1", remote])
        try waitForText("Nghệ An │ tháng 5/2025")
        let began = Date()
        var delays: [Double] = []
        for (n, figure) in rows.enumerated() {
            try press("a")
            try waitForText("Nhập số liệu · Nghệ An")
            try typed(figure.indicator)
            try press("Tab")
            if figure.basis == "month" { try press("Right") }
            try press("Tab")
            try typed(ReportEntryTmuxTests.vietnamese(figure.value))
            if n == 0 {
                try press("Tab", "Tab")
                try typed(url)
                try press("Tab")
                try typed("10/6/2025")
            }
            try press("Enter")
            try waitFor("saved \(n + 1): \(figure.indicator)") { $0.contains("Đã lưu:") && !$0.contains("Nhập số liệu · Nghệ An") }
            if figure.indicator == "budget_revenue" && figure.basis == "ytd" {
                let saved = Date()
                try wait("b", for: "11,360 VND bn", timeout: 10)
                delays.append(Date().timeIntervalSince(saved))
            }
        }
        let figuresTime = Date().timeIntervalSince(began)
        let figuresKeys = count
        // The item: Resolutions, the second item, a new status; source and date start as the last saved.
        try send("b", "4")
        try wait("b", for: "Implementation in Nghe An (4)")
        try press("4", "Tab", "Down", "a")
        try waitForText("‹ Đẩy nhanh giải ngân vốn đầu tư công ›")
        try press("Tab", "Tab", "Right", "Right")
        try waitForText("‹ hoàn thành ›")
        try press("Enter")
        try waitForText("Đã lưu: đổi trạng thái · Đẩy nhanh giải ngân vốn đầu tư công · hoàn thành")
        let saved = Date()
        let shown = try wait("b", for: "completed", timeout: 10)
        delays.append(Date().timeIntervalSince(saved))
        XCTAssertTrue(row(shown, "Faster disbursement", "completed"), shown)
        print("over SSH: the 10 May 2025 figures of the 10 June 2025 report entered in \(String(format: "%.1f", figuresTime)) s with \(figuresKeys) keys; "
              + "with an item's new status \(String(format: "%.1f", Date().timeIntervalSince(began))) s, \(count) keys; "
              + "the second dashboard showed the budget revenue and the status \(delays.map { String(format: "%.2f", $0) }.joined(separator: " s and ")) s after saved")
        for delay in delays { XCTAssertLessThan(delay, 2.0) }
        // Who: the login and the key's fingerprint, in both journals.
        XCTAssertEqual(shell("ssh-keygen -l -E sha256 -f '\(d)/user_key.pub' > '\(d)/fingerprint' 2>/dev/null"), 0)
        let fingerprint = try String(contentsOfFile: "\(d)/fingerprint", encoding: .utf8).split(separator: " ")[1]
        let figures = try ChisoProcess.run(["entry", "log", "--entries", entries, "--format", "csv"])
        let logged = figures.stdout.split(separator: "\n").dropFirst()
        XCTAssertEqual(logged.count, 10, figures.stdout)
        for figure in rows {
            XCTAssertTrue(logged.contains { $0.contains(",\(figure.basis),\(figure.indicator),\(figure.value),") && $0.contains(url) && $0.contains(",root (\(fingerprint)),") },
                          "\(figure) in the log:\n\(figures.stdout)")
        }
        let items = try ChisoProcess.run(["entry", "log", "--entries", entries, "--items"])
        XCTAssertTrue(items.stdout.contains("  root (\(fingerprint))  status nghe-an 123-KL/TW «Đẩy nhanh giải ngân vốn đầu tư công» done  \(url)"),
                      items.stdout)
        try press("q")
        try send("b", "q")
    }
}
