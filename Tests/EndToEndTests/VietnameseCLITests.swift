import Foundation
import XCTest

/// Issue 10: the command line's own messages in the interface language, Vietnamese by default —
/// ArgumentParser's parse errors (missing option or value, unknown option, invalid value, an
/// argument too many) and chiso's own usage errors, under Vietnamese labels,
/// with the usage line and status 64; `--lang en` keeps ArgumentParser's English text.
final class VietnameseCLITests: XCTestCase {
    /// Words of the English messages that must not reach a Vietnamese one.
    static let english = ["Error:", "Usage:", "See '", "Help:", "Missing", "Unknown option", "is invalid", "Unexpected", "unknown ",
                          "bad --", "needs", "did you mean", "for more information", "UsageError"]

    func run(_ arguments: [String]) throws -> ChisoProcess.Output {
        try ChisoProcess.run(arguments)
    }

    /// Status 64; the first line is `Lỗi: <message>`, then (for a `command`) `Cách dùng: chiso SUB …`
    /// and `  Xem 'chiso SUB --help' để biết thêm.`, and nothing in English.
    func assertVietnameseUsageError(_ arguments: [String], _ message: String, command: String?,
                                    file: StaticString = #filePath, line: UInt = #line) throws {
        let r = try run(arguments)
        let name = arguments.joined(separator: " ")
        XCTAssertEqual(r.status, 64, name, file: file, line: line)
        let lines = r.stderr.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "Lỗi: " + message, "\(name)\n\(r.stderr)", file: file, line: line)
        if let command {
            let usage = lines.dropFirst().first { !$0.hasPrefix("Trợ giúp:") }
            XCTAssertTrue(usage?.hasPrefix("Cách dùng: \(command) ") ?? false, "\(name)\n\(r.stderr)", file: file, line: line)
            XCTAssertEqual(lines.last, "  Xem '\(command) --help' để biết thêm.", "\(name)\n\(r.stderr)", file: file, line: line)
        }
        for word in Self.english {
            XCTAssertFalse(r.stderr.contains(word), "\(name) shows English '\(word)'\n\(r.stderr)", file: file, line: line)
        }
    }

    func testParseErrorsAreVietnameseByDefault() throws {
        try assertVietnameseUsageError(["report"], "thiếu tham số bắt buộc '--province <tỉnh>'", command: "chiso report")
        try assertVietnameseUsageError(["report", "--province"], "thiếu giá trị sau '--province <tỉnh>'", command: "chiso report")
        try assertVietnameseUsageError(["report", "--province", "nghe-an", "--bogus"], "không có tùy chọn '--bogus'", command: "chiso report")
        try assertVietnameseUsageError(["report", "--province", "nghe-an", "--format", "xx"],
                                       "giá trị 'xx' không hợp lệ cho '--format <dạng>'; hãy dùng một trong: 'text', 'markdown', 'csv' hoặc 'json'",
                                       command: "chiso report")
        try assertVietnameseUsageError(["report", "--province", "nghe-an", "extra"], "thừa tham số 'extra'", command: "chiso report")
        try assertVietnameseUsageError(["render", "--width", "x"], "giá trị 'x' không hợp lệ cho '--width <số_cột>'", command: "chiso render")
    }

    func testChisosOwnUsageErrorsAreVietnameseByDefault() throws {
        try assertVietnameseUsageError(["report", "--province", "nge-an", "--month", "2025-05"],
                                       "không nhận ra --province 'nge-an' (có phải là \"nghe-an\"?)", command: "chiso report")
        try assertVietnameseUsageError(["report", "--province", "nghe-an", "--month", "2025-13"],
                                       "--month '2025-13' sai dạng (viết tháng là YYYY-MM, ví dụ 2025-05)", command: "chiso report")
        try assertVietnameseUsageError(["render", "--lang", "fr"], "không nhận ra --lang 'fr' (dùng vi hoặc en)", command: "chiso render")
        try assertVietnameseUsageError(["render", "--screen", "compar"], "không nhận ra --screen 'compar' (có phải là \"compare\"?)", command: "chiso render")
        // Thrown while parsing (a `validate()` of the dashboard's options; ArgumentParser prints no usage
        // under it): once worded as `UsageError(message: …)`.
        try assertVietnameseUsageError(["--take-over"], "--take-over cần --present NAME", command: nil)
    }

    /// `--lang en` (before or after the mistake) keeps ArgumentParser's English, its `Help:` line included.
    func testLangEnKeepsArgumentParsersEnglish() throws {
        let r = try run(["report", "--lang", "en"])
        XCTAssertEqual(r.status, 64)
        XCTAssertTrue(r.stderr.hasPrefix("Error: Missing expected argument '--province <province>'\nHelp:  --province <province>"), r.stderr)
        XCTAssertTrue(r.stderr.contains("\nUsage: chiso report --province <province>"), r.stderr)
        XCTAssertTrue(r.stderr.hasSuffix("  See 'chiso report --help' for more information.\n"), r.stderr)
        let own = try run(["report", "--province", "nge-an", "--lang", "en"])
        XCTAssertTrue(own.stderr.hasPrefix("Error: unknown --province 'nge-an' (did you mean \"nghe-an\"?)\nUsage: chiso report "), own.stderr)
        let d = try run(["demo-data", "--lang", "en"])
        XCTAssertTrue(d.stderr.hasPrefix("Error: Missing expected argument '--out <folder>'"), d.stderr)
    }

    /// `demo-data` speaks Vietnamese without `--lang`, as every command: its usage errors, its
    /// failures and its closing line; `--lang en` gives the English.
    func testDemoDataIsVietnameseByDefault() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chiso-demo-vi-\(UUID().uuidString)").path
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        try assertVietnameseUsageError(["demo-data"], "thiếu tham số bắt buộc '--out <thư_mục>'", command: "chiso demo-data")
        try assertVietnameseUsageError(["demo-data", "--out", ""], "--out '' không chỉ thư mục nào", command: "chiso demo-data")
        try assertVietnameseUsageError(["demo-data", "--out", dir, "--units", "0"], "--units phải từ 1 đến 100000, không phải 0", command: "chiso demo-data")
        try assertVietnameseUsageError(["demo-data", "--out", dir, "--months", "601"], "--months phải từ 1 đến 600, không phải 601", command: "chiso demo-data")
        try assertVietnameseUsageError(["demo-data", "--out", dir, "--level", "comune"], "không nhận ra --level 'comune' (có phải là \"commune\"?)",
                                       command: "chiso demo-data")
        try assertVietnameseUsageError(["demo-data", "--out", dir, "--units", "40", "--level", "province"],
                                       "--level province nhận nhiều nhất 34 đơn vị (các tỉnh, thành từ tháng 7/2025), không phải 40; muốn nhiều hơn thì dùng --level commune",
                                       command: "chiso demo-data")
        try assertVietnameseUsageError(["demo-data", "--out", dir, "--start", "2090-01", "--months", "200"],
                                       "--start 2090-01 với --months 200 thì kết thúc ở 2106-08; số liệu phải nằm trong khoảng 1990–2100", command: "chiso demo-data")
        try assertVietnameseUsageError(["demo-data", "--out", dir, "--start", "2025-13"], "--start '2025-13' sai dạng (viết tháng là YYYY-MM, ví dụ 2025-05)",
                                       command: "chiso demo-data")
        try assertVietnameseUsageError(["demo-data", "--out", dir, "--lang", "xx"], "không nhận ra --lang 'xx' (dùng vi hoặc en)", command: "chiso demo-data")
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir), "nothing written for a refused request")
        let made = try run(["demo-data", "--out", dir, "--units", "2", "--months", "2"])
        XCTAssertEqual(made.status, 0, made.stderr)
        XCTAssertEqual(made.stdout, "đã ghi 76 số liệu minh họa vào \(dir)/observations-synthetic.csv\n")
        let again = try run(["demo-data", "--out", dir, "--units", "2", "--months", "2"])
        XCTAssertEqual(again.status, 73)
        XCTAssertEqual(again.stderr, "chiso: \(dir)/observations-synthetic.csv đã có; dùng --force để ghi đè\n")
        let communes = try run(["demo-data", "--out", dir, "--units", "50", "--months", "2"])
        XCTAssertEqual(communes.stdout, "đã ghi 50 xã minh họa và 1.000 số liệu minh họa vào \(dir)/communes.csv, \(dir)/observations-communes.csv\n")
        let nowhere = try run(["demo-data", "--out", "/proc/chiso-nope"])
        XCTAssertEqual(nowhere.stderr, "chiso: không tạo được thư mục /proc/chiso-nope: No such file or directory\n")
        let en = try run(["demo-data", "--out", dir, "--units", "2", "--months", "2", "--force", "--lang", "en"])
        XCTAssertEqual(en.stdout, "wrote 76 synthetic figures to \(dir)/observations-synthetic.csv\n")
    }

    /// `entry add`'s saved line, in Vietnamese by default.
    func testEntrySavedLineIsVietnamese() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chiso-vi-\(UUID().uuidString)").path
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        let r = try run(["entry", "add", "--entries", dir, "--province", "nghe-an", "--month", "2025-05", "--basis", "ytd",
                         "--indicator", "budget_revenue", "--value", "11360", "--source", "https://baonghean.vn/bao-cao", "--quote", "q"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stderr.hasPrefix("chiso: đã lưu nghe-an 2025-05 ytd budget_revenue = 11360 vào \(dir)/"), r.stderr)
        XCTAssertFalse(r.stderr.contains("saved"), r.stderr)
        let ro = try run(["entry", "add", "--entries", dir, "--read-only", "--province", "nghe-an", "--month", "2025-05", "--basis", "ytd",
                          "--indicator", "budget_revenue", "--value", "1", "--source", "https://baonghean.vn/bao-cao", "--quote", "q"])
        XCTAssertEqual(ro.status, 1)
        XCTAssertEqual(ro.stderr, "chiso: không lưu được số liệu nhập vào \(dir): chức năng nhập đang tắt (--read-only)\n")
    }
}
