import Foundation
import XCTest

/// `chiso entry add/log` and the entries journal, run as processes (Docs/entries.md): concurrent
/// saves, a save killed half-way, a folder the user may not write, the log's formats, entries in
/// the report.
final class EntriesTests: XCTestCase {
    override func setUpWithError() throws {
        try ChisoProcess.requireBinary()
    }

    /// A new folder under the temporary directory, removed when the test ends (also on failure).
    func temporaryFolder() -> String {
        let dir = NSTemporaryDirectory() + "chiso-entries-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        addTeardownBlock {
            _ = system("chmod -R u+rwx '\(dir)' 2>/dev/null")
            try? FileManager.default.removeItem(atPath: dir)
        }
        return dir
    }

    /// The arguments of one `chiso entry add`.
    func add(_ entries: String, province: String = "nghe-an", month: String = "2025-05", basis: String = "ytd",
             indicator: String = "budget_revenue", value: String, extra: [String] = []) -> [String] {
        ["entry", "add", "--entries", entries, "--province", province, "--month", month, "--basis", basis, "--indicator", indicator,
         "--value", value, "--source", "https://baonghean.vn/bao-cao", "--quote", "thu ngân sách 5 tháng", "--lang", "en"] + extra
    }

    /// Starts chiso without waiting; output goes nowhere.
    func start(_ arguments: [String], environment: [String: String] = [:]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ChisoProcess.binary)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        process.environment = env
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        addTeardownBlock {
            if process.isRunning { kill(process.processIdentifier, SIGKILL); process.waitUntilExit() }
        }
        return process
    }

    // MARK: Several staff at once

    /// Issue 12: 4 processes × 250 `chiso entry add` at once give exactly 1,000 rows, none lost,
    /// duplicated or torn, and the journal validates clean.
    func testFourProcessesOf250AddsLoseNothing() throws {
        let dir = temporaryFolder()
        let entries = dir + "/entries"
        try FileManager.default.createDirectory(atPath: dir + "/empty-data", withIntermediateDirectories: true)
        let provinces = ["ha-noi", "cao-bang", "dien-bien", "lai-chau", "son-la", "lang-son", "quang-ninh", "thanh-hoa", "nghe-an", "ha-tinh"]
        let kinds = [("iip_yoy", "month"), ("iip_yoy", "ytd"), ("iip_manufacturing_yoy", "month"), ("iip_manufacturing_yoy", "ytd")]
        let started = Date()
        var workers: [Process] = []
        for (w, kind) in kinds.enumerated() {
            // One shell per worker runs its 250 saves one after another; the four run at once.
            var script = "set -e\n"
            for i in 0..<250 {
                let month = String(format: "%04d-%02d", 2024 + (i / 10) / 12, (i / 10) % 12 + 1)
                let args = add(entries, province: provinces[i % 10], month: month, basis: kind.1, indicator: kind.0,
                               value: String(format: "%d.%03d", w, i))
                script += ([ChisoProcess.binary] + args).map(ChisoProcess.quoted).joined(separator: " ") + " 2>/dev/null\n"
            }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", script]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            addTeardownBlock { if process.isRunning { process.terminate(); process.waitUntilExit() } }
            workers.append(process)
        }
        for process in workers { process.waitUntilExit() }
        let elapsed = Date().timeIntervalSince(started)
        print("4 × 250 chiso entry add: \(String(format: "%.1f", elapsed)) s (\(String(format: "%.0f", elapsed * 1000 / 1000)) ms a save, 4 at once)")
        XCTAssertEqual(workers.map(\.terminationStatus), [0, 0, 0, 0])
        let text = try String(contentsOfFile: entries + "/figures.csv", encoding: .utf8)
        XCTAssertTrue(text.hasSuffix("\n"))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        XCTAssertEqual(lines.count, 1001, "a header and 1,000 records")
        XCTAssertEqual(lines.filter { $0.hasPrefix("province,") }.count, 1, "one header")
        // Every record whole (13 fields, no quoted commas in these), each value once.
        XCTAssertEqual(lines.dropFirst().filter { $0.split(separator: ",", omittingEmptySubsequences: false).count != 13 }, [])
        let values = lines.dropFirst().map { String($0.split(separator: ",", omittingEmptySubsequences: false).dropFirst(4).first ?? "") }
        let expected = Set((0..<4).flatMap { w in (0..<250).map { String(format: "%d.%03d", w, $0) } })
        XCTAssertEqual(values.count, 1000)
        XCTAssertEqual(Set(values), expected, "none lost or duplicated")
        // Saved in the order of their timestamps.
        let stamps = lines.dropFirst().map { String($0.split(separator: ",").last ?? "") }
        XCTAssertEqual(stamps, stamps.sorted())
        let validate = try ChisoProcess.run(["validate", "--lang", "en", "--data", dir + "/empty-data", "--entries", entries])
        XCTAssertEqual(validate.status, 0, validate.stdout + validate.stderr)
        XCTAssertEqual(validate.stdout, "")
        XCTAssertTrue(validate.stderr.contains("1000 figure(s) loaded; 0 error(s), 0 warning(s)"), validate.stderr)
        let log = try ChisoProcess.run(["entry", "log", "--entries", entries, "--format", "csv"])
        XCTAssertEqual(log.status, 0, log.stderr)
        XCTAssertEqual(log.stdout.split(separator: "\n").count, 1001)
    }

    /// A save killed with SIGKILL half-way (the debug-only hook stops it mid-record, holding the
    /// lock) leaves a readable journal: the torn line is reported and skipped, a save waiting for
    /// the lock goes on once the lock is free and starts on a fresh line.
    func testSaveKilledHalfWayLeavesAReadableJournal() throws {
        let entries = temporaryFolder() + "/entries"
        let first = try ChisoProcess.run(add(entries, value: "11360"))
        XCTAssertEqual(first.status, 0, first.stderr)
        let torn = try start(add(entries, value: "99999"), environment: ["CHISO_TEST_ENTRY_TEAR": "40"])
        // Wait until it has stopped itself in the middle of the save.
        let deadline = Date().addingTimeInterval(20)
        var state = ""
        while Date() < deadline {
            let stat = (try? String(contentsOfFile: "/proc/\(torn.processIdentifier)/stat", encoding: .utf8)) ?? ""
            state = stat.components(separatedBy: ") ").last?.split(separator: " ").first.map(String.init) ?? ""
            if state == "T" || !torn.isRunning { break }
            usleep(20_000)
        }
        XCTAssertEqual(state, "T", "the save did not stop half-way (is this a debug build?)")
        let waiting = try start(add(entries, value: "11400"))
        // Unlocked, the second save would be done well within 3 s, even on a loaded machine.
        usleep(3_000_000)
        XCTAssertTrue(waiting.isRunning, "a second save waits while the first holds the lock")
        kill(torn.processIdentifier, SIGKILL)
        torn.waitUntilExit()
        XCTAssertEqual(torn.terminationReason, .uncaughtSignal)
        XCTAssertEqual(torn.terminationStatus, SIGKILL)
        waiting.waitUntilExit()
        XCTAssertEqual(waiting.terminationStatus, 0)
        let lines = try String(contentsOfFile: entries + "/figures.csv", encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines.count, 5, "header, record, torn line, fresh record, and the final newline")
        // Cut right after the value: read as a CSV row it would give 99999; the journal reader refuses it.
        XCTAssertEqual(lines[2], "nghe-an,2025-05,ytd,budget_revenue,99999", "the torn line holds just the 40 bytes written")
        XCTAssertTrue(lines[3].hasPrefix("nghe-an,2025-05,ytd,budget_revenue,11400,"), String(lines[3]))
        let log = try ChisoProcess.run(["entry", "log", "--entries", entries, "--format", "csv"])
        XCTAssertEqual(log.status, 0, log.stderr)
        XCTAssertEqual(log.stdout.split(separator: "\n").map { String($0.split(separator: ",")[4]) }, ["value", "11360", "11400"])
        // `entry log` has no --lang: its warnings are in the interface's default language, Vietnamese.
        XCTAssertTrue(log.stderr.contains("figures.csv:3:1: cảnh báo: bỏ qua bản ghi dở dang hoặc hỏng"), log.stderr)
        let validate = try ChisoProcess.run(["validate", "--lang", "en", "--entries", entries])
        XCTAssertEqual(validate.status, 0, validate.stdout)
        XCTAssertTrue(validate.stdout.contains("figures.csv:3:1: warning"), validate.stdout)
    }

    // MARK: Who may write

    /// A folder the user may not write: `entry add` says so and saves nothing; `entry log` still reads.
    func testFolderTheUserMayNotWriteIsRefusedWithAClearMessage() throws {
        let entries = temporaryFolder() + "/entries"
        XCTAssertEqual(try ChisoProcess.run(add(entries, value: "11360")).status, 0)
        let setpriv = "/usr/bin/setpriv"
        var prefix: [String] = []
        if getuid() == 0 {
            try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: setpriv), "setpriv is needed to drop root")
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: (entries as NSString).deletingLastPathComponent)
            prefix = ["--reuid=65534", "--regid=65534", "--clear-groups", ChisoProcess.binary]
        } else {
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: entries)
        }
        let before = try String(contentsOfFile: entries + "/figures.csv", encoding: .utf8)
        let run = { (args: [String]) in
            prefix.isEmpty ? try ChisoProcess.run(args) : try ChisoProcess.run(prefix + args, executable: setpriv)
        }
        let refused = try run(add(entries, value: "11400"))
        try XCTSkipIf(refused.status != 1 && refused.stderr.isEmpty, "the binary cannot be run as nobody here (status \(refused.status))")
        XCTAssertEqual(refused.status, 1, refused.stderr)
        XCTAssertTrue(refused.stderr.contains("chiso: cannot save entries in \(entries): you may not write in \(entries)"), refused.stderr)
        XCTAssertEqual(try String(contentsOfFile: entries + "/figures.csv", encoding: .utf8), before)
        let log = try run(["entry", "log", "--entries", entries])
        XCTAssertEqual(log.status, 0, log.stderr)
        XCTAssertTrue(log.stdout.contains("budget_revenue = 11360"), log.stdout)
    }

    func testReadOnlyTurnsEntryOff() throws {
        let entries = temporaryFolder() + "/entries"
        let r = try ChisoProcess.run(add(entries, value: "11360", extra: ["--read-only"]))
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("entry is turned off (--read-only)"), r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: entries))
    }

    func testABadFieldExitsOneNamingItAndSavesNothing() throws {
        let entries = temporaryFolder() + "/entries"
        let cases: [([String], String)] = [
            (add(entries, value: "11.360"), ""), // a plain decimal: accepted
            (add(entries, value: "11.360,5"), "--value: value '11.360,5' is not a number"),
            (add(entries, province: "nge-an", value: "1"), "--province: unknown province 'nge-an' (did you mean \"nghe-an\"?)"),
            (add(entries, month: "2025-13", value: "1"), "--month: bad period '2025-13'"),
            (add(entries, basis: "weekly", value: "1"), "--basis: bad basis 'weekly'"),
            (add(entries, indicator: "budget", value: "1"), "--indicator: unknown indicator 'budget'"),
            (add(entries, value: "1", extra: ["--published", "10/6/2025"]), "--published: bad published date '10/6/2025'"),
            (add(entries, value: "1", extra: ["--as-of", "2025-04-20"]), "--as-of: as_of 2025-04-20 is before the period 2025-05 starts"),
        ]
        for (args, message) in cases {
            let r = try ChisoProcess.run(args)
            if message.isEmpty {
                XCTAssertEqual(r.status, 0, r.stderr)
            } else {
                XCTAssertEqual(r.status, 1, "\(args)")
                XCTAssertTrue(r.stderr.contains("chiso: " + message) && r.stderr.contains("nothing saved"), "\(message)\n\(r.stderr)")
            }
        }
        let log = try ChisoProcess.run(["entry", "log", "--entries", entries, "--format", "csv"])
        XCTAssertEqual(log.stdout.split(separator: "\n").count, 2, "only the good entry was saved:\n\(log.stdout)")
    }

    func testAnEntriesFolderInsideTheDataIsRefused() throws {
        let dir = temporaryFolder()
        try FileManager.default.createDirectory(atPath: dir + "/data/entries", withIntermediateDirectories: true)
        let r = try ChisoProcess.run(["validate", "--lang", "en", "--data", dir + "/data", "--entries", dir + "/data/entries"])
        XCTAssertEqual(r.status, 64, r.stderr)
        XCTAssertTrue(r.stderr.contains("is or holds a data folder"), r.stderr)
    }

    // MARK: The log

    func testLogListsWhoEnteredWhatAsTextCSVAndJSON() throws {
        let entries = temporaryFolder() + "/entries"
        XCTAssertEqual(try ChisoProcess.run(add(entries, value: "11360", extra: ["--published", "2025-06-10"])).status, 0)
        XCTAssertEqual(try ChisoProcess.run(add(entries, basis: "month", value: "2380", extra: ["--note", "=HYPERLINK(\"x\"), a note"])).status, 0)
        let who = String(cString: getpwuid(getuid()).pointee.pw_name)
        let text = try ChisoProcess.run(["entry", "log", "--entries", entries])
        XCTAssertEqual(text.status, 0, text.stderr)
        let lines = text.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 2)
        XCTAssertNotNil(lines[0].range(of: #"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z  "# + who + "  nghe-an 2025-05 ytd budget_revenue = 11360 VND bn  https://baonghean.vn/bao-cao$",
                                       options: .regularExpression), String(lines[0]))
        let csv = try ChisoProcess.run(["entry", "log", "--entries", entries, "--format", "csv"])
        let rows = csv.stdout.split(separator: "\n")
        XCTAssertEqual(rows.first, "province,period,basis,indicator,value,unit,source,published,as_of,note,quote,entered_by,entered_at")
        XCTAssertEqual(rows.count, 3)
        XCTAssertTrue(rows[1].hasPrefix("nghe-an,2025-05,ytd,budget_revenue,11360,VND bn,https://baonghean.vn/bao-cao,2025-06-10,,,thu ngân sách 5 tháng,\(who),"), String(rows[1]))
        XCTAssertTrue(rows[2].contains(",\"'=HYPERLINK(\"\"x\"\"), a note\","), "a formula is neutralised: \(rows[2])")
        let json = try ChisoProcess.run(["entry", "log", "--entries", entries, "--format", "json"])
        let objects = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: String]])
        XCTAssertEqual(objects.count, 2)
        XCTAssertEqual(objects[1]["note"], "=HYPERLINK(\"x\"), a note")
        XCTAssertEqual(objects[0]["entered_by"], who)
        XCTAssertEqual(objects[0]["value"], "11360")
        XCTAssertEqual(Set(objects[0].keys), ["province", "period", "basis", "indicator", "value", "unit", "source", "published", "as_of",
                                              "note", "quote", "entered_by", "entered_at"])
    }

    // MARK: Entries in the outputs

    func testReportShowsAnEntryOnTopOfTheData() throws {
        let entries = temporaryFolder() + "/entries"
        let before = try ChisoProcess.run(["report", "--province", "nghe-an", "--month", "2025-05", "--entries", entries])
        XCTAssertTrue(before.stdout.contains("11.360 tỷ đồng"), before.stdout)
        let saved = try ChisoProcess.run(add(entries, value: "11420", extra: ["--published", "2025-06-12"]))
        XCTAssertEqual(saved.status, 0, saved.stderr)
        let after = try ChisoProcess.run(["report", "--province", "nghe-an", "--month", "2025-05", "--entries", entries])
        XCTAssertEqual(after.status, 0, after.stderr)
        XCTAssertTrue(after.stdout.contains("11.420 tỷ đồng"), after.stdout)
        XCTAssertTrue(after.stdout.contains("https://baonghean.vn/bao-cao"), after.stdout)
        XCTAssertTrue(after.stdout.contains("⚑ số khác: 11.360"), "the published figure stays, as a revision:\n\(after.stdout)")
        let csv = try ChisoProcess.run(["report", "--province", "nghe-an", "--month", "2025-05", "--entries", entries, "--format", "csv"])
        XCTAssertTrue(csv.stdout.contains("11420"), csv.stdout)
        // Who entered the figure, in every format (the journal's entered_by / entered_at).
        let journal = try String(contentsOfFile: entries + "/figures.csv", encoding: .utf8).split(separator: "\n")
        let stamp = try XCTUnwrap(journal.last?.split(separator: ",").last.map(String.init))
        let who = try XCTUnwrap(journal.last?.split(separator: ",").dropLast().last.map(String.init))
        XCTAssertEqual(who, NSUserName())
        let time = stamp.dropFirst(11).prefix(5)
        XCTAssertTrue(after.stdout.contains("https://baonghean.vn/bao-cao (công bố 12/6/2025)\n    “thu ngân sách 5 tháng”\n    người nhập: \(who), lúc "
                                            + "\(Int(stamp.dropFirst(8).prefix(2)) ?? 0)/\(Int(stamp.dropFirst(5).prefix(2)) ?? 0)/\(stamp.prefix(4)) \(time) UTC\n"), after.stdout)
        XCTAssertEqual(after.stdout.components(separatedBy: "người nhập:").count - 1, 1, "only the entered figure names who entered it")
        let header = try XCTUnwrap(csv.stdout.split(separator: "\n").first).split(separator: ",")
        XCTAssertEqual(header.suffix(2), ["entered_by", "entered_at"])
        let rows = csv.stdout.split(separator: "\n").filter { $0.hasSuffix(",\(who),\(stamp)") }
        XCTAssertEqual(rows.count, 1, csv.stdout)
        XCTAssertTrue(rows.first?.contains(",budget_revenue,") == true && rows.first?.contains(",11420,") == true, csv.stdout)
        let json = try ChisoProcess.run(["report", "--province", "nghe-an", "--month", "2025-05", "--entries", entries, "--format", "json"])
        XCTAssertTrue(json.stdout.contains("\"entered_at\" : \"\(stamp)\",\n      \"entered_by\" : \"\(who)\""), json.stdout)
        let english = try ChisoProcess.run(["report", "--province", "nghe-an", "--month", "2025-05", "--entries", entries, "--lang", "en"])
        XCTAssertTrue(english.stdout.contains("    entered by: \(who), at "), english.stdout)
        let readOnly = try ChisoProcess.run(["report", "--province", "nghe-an", "--month", "2025-05", "--entries", entries, "--read-only"])
        XCTAssertTrue(readOnly.stdout.contains("11.420 tỷ đồng"), "--read-only still shows the entries")
    }

    /// The item journal, written as Docs/entries.md documents it, changes the report's items and is
    /// listed by `entry log --items`.
    func testItemJournalChangesTheReportsItems() throws {
        let entries = temporaryFolder() + "/entries"
        try FileManager.default.createDirectory(atPath: entries, withIntermediateDirectories: true)
        try """
        action,province,resolution,document,title,lead,status,due,note,source,quote,published,entered_by,entered_at
        status,nghe-an,123-KL/TW,Đẩy nhanh giải ngân vốn đầu tư công,,,done,,,https://baonghean.vn/c,,2025-06-20,an,2025-06-21T08:00:00.000000Z
        add,nghe-an,57-NQ/TW,Kế hoạch thử nghiệm số 9,Một kế hoạch do người dùng nhập,Sở Khoa học và Công nghệ,drafting,2025-09,,https://baonghean.vn/d,,2025-06-22,binh,2025-06-22T09:00:00.000000Z
        due,nghe-an,57-NQ/TW,Không có mục này,,,,2025-10,,https://baonghean.vn/e,,,binh,2025-06-22T09:30:00.000000Z

        """.write(toFile: entries + "/items.csv", atomically: true, encoding: .utf8)
        let report = try ChisoProcess.run(["report", "--province", "nghe-an", "--month", "2025-05", "--entries", entries])
        XCTAssertEqual(report.status, 0, report.stderr)
        XCTAssertTrue(report.stdout.contains("Đẩy nhanh giải ngân vốn đầu tư công: Chỉ đạo của Bí thư Tỉnh ủy: đẩy nhanh giải ngân vốn đầu tư công năm 2025\n    chủ trì: — · hạn: — · hoàn thành (20/6/2025) · người nhập: an, lúc 21/6/2025 08:00 UTC\n"), report.stdout)
        let json = try ChisoProcess.run(["report", "--province", "nghe-an", "--month", "2025-05", "--entries", entries, "--format", "json"])
        XCTAssertTrue(json.stdout.contains("\"entered_at\" : \"2025-06-22T09:00:00.000000Z\",\n      \"entered_by\" : \"binh\""), json.stdout)
        XCTAssertTrue(report.stdout.contains("Nghị quyết 57 · Kế hoạch thử nghiệm số 9: Một kế hoạch do người dùng nhập\n    chủ trì: Sở Khoa học và Công nghệ · hạn: 9/2025"), report.stdout)
        let validate = try ChisoProcess.run(["validate", "--lang", "en", "--entries", entries])
        XCTAssertEqual(validate.status, 0, "a change that does not apply is skipped with a warning, not an error")
        XCTAssertTrue(validate.stdout.contains("items.csv:4:22: warning: item change does not apply: document: no item 'Không có mục này'"), validate.stdout)
        let log = try ChisoProcess.run(["entry", "log", "--entries", entries, "--items", "--format", "csv"])
        XCTAssertEqual(log.stdout.split(separator: "\n").count, 4, log.stdout)
        XCTAssertTrue(log.stdout.hasPrefix("action,province,resolution,document,title,lead,status,due,note,source,quote,published,entered_by,entered_at\n"))
        let text = try ChisoProcess.run(["entry", "log", "--entries", entries, "--items"])
        XCTAssertTrue(text.stdout.hasPrefix("2025-06-21T08:00:00.000000Z  an  status nghe-an 123-KL/TW «Đẩy nhanh giải ngân vốn đầu tư công» done"), text.stdout)
    }

    /// `chiso entry item`: checked against the items as earlier changes left them, then saved.
    func testEntryItemChecksAndSavesItemChanges() throws {
        let entries = temporaryFolder() + "/entries"
        let item = { (args: [String]) in
            try ChisoProcess.run(["entry", "item", "--entries", entries, "--province", "nghe-an", "--source", "https://baonghean.vn/d", "--lang", "en"] + args)
        }
        let added = try item(["--action", "add", "--resolution", "57-NQ/TW", "--document", "Kế hoạch thử nghiệm số 9", "--title", "Một kế hoạch",
                              "--status", "drafting", "--published", "2025-06-22"])
        XCTAssertEqual(added.status, 0, added.stderr)
        let again = try item(["--action", "add", "--resolution", "57-NQ/TW", "--document", "Kế hoạch thử nghiệm số 9", "--title", "X", "--status", "done"])
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.stderr.contains("chiso: --document: the item 'Kế hoạch thử nghiệm số 9' already exists"), again.stderr)
        let badStatus = try item(["--action", "status", "--resolution", "57-NQ/TW", "--document", "Kế hoạch thử nghiệm số 9", "--status", "finished"])
        XCTAssertEqual(badStatus.status, 1)
        XCTAssertTrue(badStatus.stderr.contains("chiso: --status: unknown status 'finished' (one of planned, drafting, in_progress, issued, done); nothing saved"), badStatus.stderr)
        // Without --lang the problem is in Vietnamese, the interface's language.
        let vi = try ChisoProcess.run(["entry", "item", "--entries", entries, "--province", "nghe-an", "--source", "https://baonghean.vn/d",
                                       "--action", "status", "--resolution", "57-NQ/TW", "--document", "Kế hoạch thử nghiệm số 9", "--status", "finished"])
        XCTAssertEqual(vi.status, 1)
        XCTAssertTrue(vi.stderr.contains("chiso: --status: trạng thái không rõ “finished”") && vi.stderr.hasSuffix("; chưa lưu gì\n"), vi.stderr)
        let status = try item(["--action", "status", "--resolution", "57-NQ/TW", "--document", "Kế hoạch thử nghiệm số 9", "--status", "issued",
                               "--published", "2025-07-01"])
        XCTAssertEqual(status.status, 0, status.stderr)
        let report = try ChisoProcess.run(["report", "--province", "nghe-an", "--month", "2025-05", "--entries", entries])
        XCTAssertTrue(report.stdout.contains("Kế hoạch thử nghiệm số 9: Một kế hoạch\n    chủ trì: — · hạn: — · đã ban hành (1/7/2025)"), report.stdout)
        let log = try ChisoProcess.run(["entry", "log", "--entries", entries, "--items", "--format", "json"])
        let objects = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(log.stdout.utf8)) as? [[String: String]])
        XCTAssertEqual(objects.map { $0["action"] ?? "" }, ["add", "status"])
    }

    /// Without --entries, the folder is $CHISO_ENTRIES, else $XDG_DATA_HOME/chiso/entries.
    func testTheDefaultFolderComesFromTheEnvironment() throws {
        let home = temporaryFolder()
        let env = ["CHISO_ENTRIES": "", "XDG_DATA_HOME": home]
        let args = Array(add("unused", value: "11420", extra: ["--published", "2025-06-12"]).filter { $0 != "--entries" && $0 != "unused" })
        let saved = try ChisoProcess.run(args, environment: env)
        XCTAssertEqual(saved.status, 0, saved.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: home + "/chiso/entries/figures.csv"))
        let report = try ChisoProcess.run(["report", "--province", "nghe-an", "--month", "2025-05"], environment: env)
        XCTAssertTrue(report.stdout.contains("11.420 tỷ đồng"), report.stdout)
        let chosen = try ChisoProcess.run(["entry", "log"], environment: ["CHISO_ENTRIES": home + "/chiso/entries", "XDG_DATA_HOME": "/nonexistent"])
        XCTAssertTrue(chosen.stdout.contains("budget_revenue = 11420"), chosen.stdout)
        // The tests' own default (ChisoProcess) holds nothing.
        let none = try ChisoProcess.run(["report", "--province", "nghe-an", "--month", "2025-05"])
        XCTAssertTrue(none.stdout.contains("11.360 tỷ đồng"), none.stdout)
    }

    /// --entries on render (the dashboard's frame) and brief, as on report.
    func testRenderAndBriefShowTheEntries() throws {
        let entries = temporaryFolder() + "/entries"
        XCTAssertEqual(try ChisoProcess.run(add(entries, value: "11420", extra: ["--published", "2025-06-12"])).status, 0)
        let frame = try ChisoProcess.run(["render", "--entries", entries, "--province", "nghe-an", "--month", "2025-05", "--width", "80", "--height", "24"])
        XCTAssertEqual(frame.status, 0, frame.stderr)
        XCTAssertTrue(frame.stdout.contains("5 tháng    11.420 tỷ đồng¹ ⚑"), frame.stdout)
        XCTAssertTrue(frame.stdout.contains("¹ baonghean.vn, 12/6/2025"), frame.stdout)
        let brief = try ChisoProcess.run(["brief", "--entries", entries, "--province", "nghe-an", "--month", "2025-05", "--format", "md"])
        XCTAssertEqual(brief.status, 0, brief.stderr)
        XCTAssertTrue(brief.stdout.contains("5 tháng đạt 11.420 tỷ đồng"), brief.stdout)
        XCTAssertTrue(brief.stdout.contains("https://baonghean.vn/bao-cao, công bố ngày 12/6/2025"), brief.stdout)
    }
}
