import Foundation
import XCTest

/// Issue 12: one bad record in a shared entries folder blocks no one. Two dashboards are open on
/// the folder; another program writes a record the loader rejects and a torn line into the journal,
/// then a good entry is saved: both dashboards show the good entry within 2 s (no "STALE"), and
/// their problems list `p` names the bad record's file, line and column; `report`, `render`,
/// `brief` and `validate` on the folder run as usual, with the warning.
final class SharedFolderTmuxTests: TmuxTestCase {
    static let url = "https://baonghean.vn/bao-cao-thang-5"

    func testABadRecordInASharedFolderIsSkippedAndBlocksNoDashboardNorCommand() throws {
        let folder = work.appendingPathComponent("entries").path
        let common = ["--entries", folder, "--province", "nghe-an", "--month", "2025-05"]
        let first = try ChisoProcess.run(["entry", "add"] + common + ["--basis", "month", "--indicator", "iip_yoy", "--value", "18.6",
                                                                      "--source", Self.url, "--quote", "q", "--published", "2025-06-10"])
        XCTAssertEqual(first.status, 0, first.stderr)
        try start("--entries '\(folder)' --province nghe-an --month 2025-05 --lang en", width: 120, height: 40)
        try startSecond("--entries '\(folder)' --province nghe-an --month 2025-05")
        try waitForText("11,360 VND bn")
        _ = try waitForSecond("B on the Overview") { $0.contains("11.360 tỷ đồng") }
        // Another program appends a record with a bad number, then a record cut short (no newline).
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: folder + "/figures.csv"))
        handle.seekToEndOfFile()
        handle.write(Data("nghe-an,2025-05,ytd,budget_revenue,11 400,VND bn,\(Self.url),2025-06-10,,,q,bob,2026-11-30T10:00:00.000000Z\nnghe-an,2025-05,ytd,budget_r".utf8))
        handle.closeFile()
        // A good entry after them (it starts on a fresh line).
        let good = try ChisoProcess.run(["entry", "add"] + common + ["--basis", "ytd", "--indicator", "budget_revenue", "--value", "11420",
                                                                     "--source", Self.url, "--quote", "thu ngân sách", "--published", "2025-06-10"])
        XCTAssertEqual(good.status, 0, good.stderr)
        let saved = Date()
        let a = try waitFor("A shows the good entry", timeout: 10) { $0.contains("11,420 VND bn") }
        let b = try waitForSecond("B shows the good entry", timeout: 10) { $0.contains("11.420 tỷ đồng") }
        let seconds = Date().timeIntervalSince(saved)
        print("both dashboards showed the entry saved after a bad record \(String(format: "%.2f", seconds)) s after it was saved")
        XCTAssertLessThan(seconds, 2.0)
        XCTAssertFalse(a.contains("STALE"), a)
        XCTAssertFalse(b.contains("DỮ LIỆU CŨ"), b)
        // The problems list names the bad record: file, line, column, and that it was skipped.
        try keys("p")
        let problems = try waitFor("A's problems list") { $0.contains("figures.csv:3:36: warning: value '11 400' is not a number") }
        XCTAssertTrue(problems.contains("figures.csv:4:1: warning: incomplete or damaged record skipped"), problems)
        try tmux(["send-keys", "-t", "u", "p"])
        _ = try waitForSecond("B's problems list") { $0.contains("figures.csv:3:36: cảnh báo: giá trị “11 400” không phải là số") }
        // The commands run on the folder as usual, with the entry.
        let report = try ChisoProcess.run(["report"] + common)
        XCTAssertEqual(report.status, 0, report.stderr)
        XCTAssertTrue(report.stdout.contains("11.420 tỷ đồng"), report.stdout)
        XCTAssertFalse(report.stderr.contains("error"), report.stderr)
        let render = try ChisoProcess.run(["render"] + common + ["--lang", "en"])
        XCTAssertEqual(render.status, 0, render.stderr)
        XCTAssertTrue(render.stdout.contains("11,420 VND bn"), render.stdout)
        let brief = try ChisoProcess.run(["brief"] + common + ["--format", "md"])
        XCTAssertEqual(brief.status, 0, brief.stderr)
        XCTAssertTrue(brief.stdout.contains("11.420"), brief.stdout)
        let validate = try ChisoProcess.run(["validate", "--entries", folder, "--lang", "en"])
        XCTAssertEqual(validate.status, 0, validate.stdout + validate.stderr)
        XCTAssertTrue(validate.stdout.contains("figures.csv:3:36: warning: value '11 400' is not a number (write a plain number such as 11360.5; this entry is skipped and the others are used; enter it again, corrected, if it is still needed (a, or chiso entry))"), validate.stdout)
        try keys("p", "q")
        XCTAssertEqual(try waitForExit(), "0")
    }
}
