import Foundation
import XCTest

/// Live updates (issue 12): another process adds a row to a watched file and the dashboard shows
/// it within 2 s without a key press, on the same screen with the same cursor; woken by inotify.
final class LiveUpdateTests: TmuxTestCase {
    var data: URL { work.appendingPathComponent("data") }

    /// The header's figure count (`· 518 figures ·`).
    static func figureCount(_ screen: String) -> Int? {
        let header = screen.components(separatedBy: "\n").first ?? ""
        guard let range = header.range(of: " figures") else { return nil }
        return Int(header[..<range.lowerBound].split(separator: " ").last?.replacingOccurrences(of: ",", with: "") ?? "")
    }

    func testAnAppendedRowShowsWithin2SecondsKeepingScreenAndCursor() throws {
        try FileManager.default.copyItem(at: ChisoProcess.repoRoot.appendingPathComponent("Data"), to: data)
        _ = system("chmod -R u+w '\(data.path)'")
        try start("--watch --data '\(data.path)' --province nghe-an --month 2025-05 --lang en", width: 120, height: 40)
        try waitForText("11,360")
        // Compare (IIP, year to date), the cursor moved two rows down from Nghe An to Ha Tinh.
        try keys("2")
        try waitForText("[2 Compare]")
        try keys("Down", "Down")
        try waitForText("▸ Ha Tinh")
        let before = try screen()
        XCTAssertFalse(before.contains("+21.5 %"))
        // A second process appends a row: Thanh Hoa's IIP, ranked first.
        let row = "Thanh Hoa,2025-05,ytd,iip_yoy,21.5,%,https://example.org/live,,,\n"
        let started = Date()
        XCTAssertEqual(shell("printf '%s' '\(row)' >> '\(data.appendingPathComponent("observations.csv").path)'"), 0)
        let after = try waitFor("the appended row", timeout: 10) { $0.contains("+21.5 %") }
        let seconds = Date().timeIntervalSince(started)
        print("live update shown after \(String(format: "%.2f", seconds)) s")
        XCTAssertLessThan(seconds, 2.0, "the appended row took \(seconds) s to show")
        XCTAssertTrue(after.contains("[2 Compare]"), "still on Compare:\n\(after)")
        XCTAssertTrue(after.contains("▸ Ha Tinh"), "the cursor stays on Ha Tinh:\n\(after)")
        XCTAssertEqual(Self.figureCount(after), Self.figureCount(before).map { $0 + 1 }, "one figure more in the header:\n\(after)")
        try keys("q")
        XCTAssertEqual(try waitForExit(), "0")
    }
}
