import Foundation
import XCTest

/// Issue 12, "Done when": the May 2025 figures of the 10 June 2025 Nghệ An report are entered
/// from the dashboard with their source, as a person would type them (Vietnamese numbers, the
/// Vietnamese short date), on a copy of the data without them. Prints the time and the keys it
/// took; checks the dashboard shows them again and `chiso entry log` names who entered them.
final class ReportEntryTmuxTests: TmuxTestCase {
    var data: URL { work.appendingPathComponent("data") }
    var entries: URL { work.appendingPathComponent("entries") }
    static let report = "https://baonghean.vn/en/bi-thu-tinh-uy-nghe-an-tap-trung-cao-do-lanh-dao-chi-dao-to-chuc-thuc-hien-cac-nhiem-vu-trong-tam-10299312.html"

    /// One figure of the report, from the bundled data.
    struct Row {
        let basis: String
        let indicator: String
        let value: String
    }

    /// The report's May 2025 rows for Nghệ An in Data/observations.csv; the copy keeps the rest.
    func splitData() throws -> [Row] { try Self.splitData(into: data) }

    /// Copies Data/ to `data` without the report's May 2025 rows for Nghệ An, and returns those rows.
    static func splitData(into data: URL) throws -> [Row] {
        try FileManager.default.copyItem(at: ChisoProcess.repoRoot.appendingPathComponent("Data"), to: data)
        _ = system("chmod -R u+w '\(data.path)'")
        let file = data.appendingPathComponent("observations.csv")
        let lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        let isReport = { (line: String) in line.hasPrefix("Nghe An,2025-05,") && line.contains(Self.report + ",2025-06-10,") }
        let rows = lines.filter(isReport).map { line -> Row in
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            return Row(basis: f[2], indicator: f[3], value: f[4])
        }
        try Data(lines.filter { !isReport($0) }.joined(separator: "\n").utf8).write(to: file)
        return rows
    }

    /// A CSV number as a Vietnamese user types it: `11360` → `11.360`, `13.69` → `13,69`.
    static func vietnamese(_ csv: String) -> String {
        let parts = csv.split(separator: ".", omittingEmptySubsequences: false)
        var integer = ""
        for (i, ch) in parts[0].enumerated() {
            if i > 0 && (parts[0].count - i) % 3 == 0 { integer += "." }
            integer.append(ch)
        }
        return parts.count > 1 ? integer + "," + parts[1] : integer
    }

    /// The header's figure count (`· 518 số liệu ·`).
    static func figureCount(_ screen: String) -> Int? {
        let header = screen.components(separatedBy: "\n").first ?? ""
        guard let range = header.range(of: " số liệu") else { return nil }
        return Int(header[..<range.lowerBound].split(separator: " ").last?.replacingOccurrences(of: ".", with: "") ?? "")
    }

    func testTheMay2025FiguresOfThe10June2025ReportAreEnteredFromTheDashboard() throws {
        // The bundled data's figure count, from its frame (`· 518 số liệu ·`).
        let bundled = try ChisoProcess.run(["render", "--width", "120", "--height", "40", "--province", "nghe-an", "--month", "2025-05"])
        let count = try XCTUnwrap(Self.figureCount(bundled.stdout), bundled.stdout)
        let rows = try splitData()
        XCTAssertEqual(rows.count, 10, "the report's rows in Data/observations.csv")
        try start("--data '\(data.path)' --entries '\(entries.path)' --province nghe-an --month 2025-05", width: 120, height: 40)
        let header = try waitFor("the data without the report") { $0.components(separatedBy: "\n").first?.contains(" số liệu") == true }
        XCTAssertNotEqual(Self.figureCount(header), count, "the report's figures are gone from the copy")
        var keyCount = 0
        func press(_ k: String...) throws {
            keyCount += k.count
            try tmux(["send-keys", "-t", "t"] + k)
        }
        func type(_ text: String) throws {
            keyCount += text.count
            try tmux(["send-keys", "-t", "t", "-l", text])
        }
        let started = Date()
        for (n, row) in rows.enumerated() {
            try press("a")
            try waitForText("Nhập số liệu · Nghệ An")
            try type(row.indicator)
            try press("Tab")
            if row.basis == "month" { try press("Right") }
            try press("Tab")
            try type(Self.vietnamese(row.value))
            // The source and the published date: typed for the first figure; the form keeps
            // them for the next ones (one report, one source).
            if n == 0 {
                try press("Tab", "Tab")
                try type(Self.report)
                try press("Tab")
                try type("10/6/2025")
            }
            try press("Enter")
            try waitFor("saved \(n + 1): \(row.indicator)") { $0.contains("Đã lưu:") && !$0.contains("Nhập số liệu · Nghệ An") }
        }
        let seconds = Date().timeIntervalSince(started)
        print("entered the 10 May 2025 figures of the 10 June 2025 report in \(String(format: "%.1f", seconds)) s with \(keyCount) keys")
        // The figures are back: the header counts the bundled data's figures, the Overview shows the budget revenue.
        let screen = try screen()
        XCTAssertEqual(Self.figureCount(screen), count, screen)
        XCTAssertTrue(screen.contains("11.360 tỷ đồng"), screen)
        let log = try ChisoProcess.run(["entry", "log", "--entries", entries.path, "--format", "csv"])
        XCTAssertEqual(log.status, 0, log.stderr)
        let logged = log.stdout.split(separator: "\n").dropFirst()
        XCTAssertEqual(logged.count, 10, log.stdout)
        for row in rows {
            XCTAssertTrue(logged.contains { $0.contains(",\(row.basis),\(row.indicator),\(row.value),") && $0.contains(Self.report) && $0.contains(NSUserName()) },
                          "\(row) in the log:\n\(log.stdout)")
        }
        try press("q")
        XCTAssertEqual(try waitForExit(), "0")
    }
}
