import XCTest

/// End-to-end tests of `chiso report`, `validate` and `demo-data`, run as processes.
final class CLITests: XCTestCase {
    let broken = "Tests/EndToEndTests/Fixtures/broken"

    override func setUpWithError() throws {
        try ChisoProcess.requireBinary()
    }

    /// A new folder under the temporary directory, removed when the test ends (also on failure;
    /// permissions are given back first).
    func temporaryFolder(_ prefix: String) -> String {
        let dir = NSTemporaryDirectory() + prefix + UUID().uuidString
        addTeardownBlock {
            _ = system("chmod -R u+rwx '\(dir)' 2>/dev/null")
            try? FileManager.default.removeItem(atPath: dir)
        }
        return dir
    }

    func testReportTextShowsTheTenJuneFigures() throws {
        let r = try ChisoProcess.run(["report", "--province", "nghe-an", "--month", "2025-05"])
        XCTAssertEqual(r.status, 0, r.stderr)
        // The project counts on their own rows of the table (a bare "73" is also inside "2.703,973").
        for row in [#"\nDự án cấp mới +5 tháng +23 "#, #"\nDự án điều chỉnh +5 tháng +73 "#] {
            XCTAssertNotNil(r.stdout.range(of: row, options: .regularExpression), "missing \(row)\n\(r.stdout)")
        }
        for s in ["Nghệ An — tháng 5/2025", "+18,4 %", "+13,89 %", "+13,69 %", "11.360 tỷ đồng⚑", "64,1 %", "+8,4 %", "30,01 %⚑", "8.098,4 tỷ đồng",
                  "⚑ số khác: 10.846", "⚑ số khác: 27,03", "(công bố 10/6/2025)", "Kế hoạch hành động số 328", "Sở Tư pháp"] {
            XCTAssertTrue(r.stdout.contains(s), "missing \(s)")
        }
    }

    /// Issue 10: the Vietnamese report shows the Vietnamese form of every catalogue text, the
    /// English one only in English.
    func testVietnameseReportShowsNoEnglishCatalogueText() throws {
        let english = ["Growth plan and scenario", "Provincial People", "Department of Justice", "Department of Finance", "Action Plan No. 328",
                       "Plan No. 322", "Notice No. 1768", "Master Plan", "Digital Education for All", "Provincial Party", "(draft)",
                       "Two-level local government", "Steering Committee", "national target programmes"]
        for format in ["text", "markdown", "json"] {
            let vi = try ChisoProcess.run(["report", "--province", "nghe-an", "--month", "2025-05", "--format", format])
            XCTAssertEqual(vi.status, 0, vi.stderr)
            // The catalogue's part of the report (the figures' own notes are the data's, not the catalogue's).
            let marker = format == "json" ? "\"items\"" : "Thực hiện nghị quyết"
            let items = vi.stdout.components(separatedBy: marker).dropFirst().joined()
            XCTAssertTrue(items.contains("Kế hoạch số 322"), format)
            XCTAssertTrue(items.contains("Ban Chỉ đạo tỉnh về Nghị quyết 57"), format)
            for e in english { XCTAssertFalse(items.contains(e), "\(format): English '\(e)' in the Vietnamese report") }
        }
        let en = try ChisoProcess.run(["report", "--province", "nghe-an", "--month", "2025-05", "--lang", "en"])
        XCTAssertEqual(en.status, 0, en.stderr)
        XCTAssertTrue(en.stdout.contains("Plan No. 322") && en.stdout.contains("Department of Justice"), en.stdout)
        XCTAssertFalse(en.stdout.contains("Sở Tư pháp"))
    }

    /// Issue 8: one concept, one headline figure, in every format of the real binary.
    func testReportShowsOneHeadlinePerConcept() throws {
        let text = try ChisoProcess.run(["report", "--province", "nghe-an", "--month", "2025-05"])
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertFalse(text.stdout.contains("24,95"), text.stdout)
        // The headline share beside the amount, marked † as another publication's.
        let line = text.stdout.split(separator: "\n").first { $0.hasPrefix("Giải ngân ĐTC") && $0.contains("2.703,973 tỷ đồng") }
        XCTAssertTrue(line?.contains(" 30,01 %⚑† ") ?? false, text.stdout)
        let json = try ChisoProcess.run(["report", "--province", "nghe-an", "--month", "2025-05", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let figures = object?["figures"] as? [[String: Any]] ?? []
        func row(_ id: String) -> [String: Any]? { figures.first { $0["indicator"] as? String == id && $0["basis"] as? String == "ytd" } }
        XCTAssertEqual(row("pi_disbursed")?["value"] as? Double, 2703.973)
        XCTAssertEqual(row("pi_disbursed")?["share_of_target"] as? Double, 30.01)
        XCTAssertEqual(row("pi_disbursed")?["share_derived"] as? Bool, false)
        // Each comparison names its own publication: the amount vneconomy's, the share baonghean's.
        XCTAssertTrue((row("pi_disbursed")?["source"] as? String ?? "").contains("vneconomy.vn"))
        XCTAssertTrue((row("pi_disbursed")?["share_source"] as? String ?? "").contains("baonghean.vn"))
        XCTAssertEqual(row("budget_revenue")?["value"] as? Double, 11360)
        XCTAssertEqual(row("budget_revenue")?["change"] as? Double, 8.4)
        XCTAssertEqual(row("budget_revenue")?["share_of_target"] as? Double, 64.1)
    }

    func testReportAcceptsNamesWithDiacriticsAndEnglish() throws {
        let r = try ChisoProcess.run(["report", "--province", "Tỉnh Nghệ An", "--month", "2025-05", "--lang", "en", "--indicator", "budget_revenue"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("11,360 VND bn⚑"))
        XCTAssertTrue(r.stdout.contains("Jan–May"))
        XCTAssertTrue(r.stdout.contains("other value: 10,846"))
        XCTAssertFalse(r.stdout.contains("IIP"))
    }

    func testReportMarkdownCSVAndJSON() throws {
        let md = try ChisoProcess.run(["report", "--province", "nghe-an", "--month", "2025-05", "--format", "markdown", "--lang", "en"])
        XCTAssertTrue(md.stdout.hasPrefix("# Brief: Nghe An — May 2025"))
        XCTAssertTrue(md.stdout.contains("| Budget revenue | Jan–May | 11,360 VND bn⚑ | +8.4 %⚑ | 64.1 %⚑ |"), md.stdout)
        let csv = try ChisoProcess.run(["report", "--province", "nghe-an", "--month", "2025-05", "--format", "csv"])
        let lines = csv.stdout.split(separator: "\n")
        XCTAssertTrue(lines[0].hasPrefix("province,province_name,period,indicator,indicator_name,basis,value,unit,derived,derivation,synthetic,source,published,as_of,quote,revisions"))
        let pi = lines.first { $0.contains(",pi_disbursed_pct_plan,") }
        XCTAssertTrue(pi?.contains(",30.01,%,false,") ?? false, String(describing: pi))
        XCTAssertTrue(pi?.contains("27.03 (https://vneconomy.vn/") ?? false)
        let json = try ChisoProcess.run(["report", "--province", "nghe-an", "--month", "2025-05", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        XCTAssertEqual(object?["province"] as? String, "nghe-an")
        XCTAssertEqual(object?["synthetic"] as? Bool, false)
        let figures = object?["figures"] as? [[String: Any]] ?? []
        let approved = figures.first { $0["indicator"] as? String == "projects_approved" }
        XCTAssertEqual(approved?["value"] as? Double, 23)
        XCTAssertEqual(approved?["derived"] as? Bool, false)
        XCTAssertTrue((approved?["source"] as? String ?? "").contains("baonghean.vn"))
    }

    func testReportRejectsUnknownProvinceWithSuggestion() throws {
        let r = try ChisoProcess.run(["report", "--province", "nge-an", "--month", "2025-05", "--lang", "en"])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertTrue(r.stderr.contains("unknown --province 'nge-an' (did you mean \"nghe-an\"?)"), r.stderr)
    }

    func testValidateBundledDataPasses() throws {
        let r = try ChisoProcess.run(["validate", "--lang", "en"])
        XCTAssertEqual(r.status, 0, r.stdout)
        XCTAssertTrue(r.stderr.contains("0 error(s)"))
    }

    /// validate speaks the UI language: Vietnamese by default (as the dashboard and report), English with --lang en;
    /// the FILE:LINE:COLUMN: severity: message (hint) form is kept in both.
    func testValidateSpeaksVietnameseByDefaultAndEnglishWithLangEn() throws {
        let vi = try ChisoProcess.run(["validate", "--data", broken])
        XCTAssertEqual(vi.status, 1)
        XCTAssertTrue(vi.stdout.contains("\(broken)/empty.csv:1:1: lỗi: tệp rỗng (tệp số liệu cần một dòng tiêu đề và ít nhất một dòng)"), vi.stdout)
        XCTAssertFalse(vi.stdout.contains(": error:"), vi.stdout)
        XCTAssertTrue(vi.stderr.contains("lỗi,") && vi.stderr.contains("cảnh báo"), vi.stderr)
        let en = try ChisoProcess.run(["validate", "--lang", "en", "--data", broken])
        XCTAssertTrue(en.stdout.contains("\(broken)/empty.csv:1:1: error: empty file (a data file needs a header row and at least one row)"), en.stdout)
        XCTAssertTrue(en.stderr.contains("error(s)"), en.stderr)
    }

    func testValidateBrokenFolderPrintsEachProblemAtItsPlace() throws {
        let r = try ChisoProcess.run(["validate", "--lang", "en", "--data", broken, "--data", "/nonexistent/folder"])
        XCTAssertEqual(r.status, 1)
        let expected = [
            "/nonexistent/folder: error: no such file or folder",
            "\(broken)/empty.csv:1:1: error: empty file",
            "\(broken)/figures.csv:3:1: error: unknown province 'Nge An' (did you mean \"nghe-an\"?)",
            "\(broken)/figures.csv:4:17: error: unknown indicator 'iip_yo' (did you mean \"iip_yoy\"?)",
            "\(broken)/figures.csv:5:9: error: bad period '2025-13'",
            "\(broken)/figures.csv:6:36: error: value '11.360,5' is not a number (use '.' as the decimal mark: 11360.5)",
            "\(broken)/figures.csv:7:36: error: duplicate figure with a conflicting value: nghe-an 2025-05 budget_revenue (ytd) is 10,846 here but 11,360 at line 2, which gave it first",
            "\(broken)/figures.csv:8:43: error: unit 'tỷ đồng' disagrees with the catalogue's 'VND bn'",
            "\(broken)/figures.csv:10:1: warning: year-to-date budget_revenue for thanh-hoa falls",
            "\(broken)/invalid-utf8.csv:3:4: error: invalid UTF-8 at byte offset 64",
            "\(broken)/no-indicator-column.csv:1:1: error: missing required column 'indicator'",
            "\(broken)/unterminated.csv:2:30: error: unterminated quote",
            "\(broken)/quarters.csv:3:16: error: bad period '2025-Q5' (write a quarter as YYYY-Qn with n from 1 to 4, e.g. 2025-Q1)",
            "\(broken)/quarters.csv:4:24: error: basis 'month' does not fit the quarter 2025-Q1",
            "\(broken)/quarters.csv:5:24: error: basis 'quarter' does not fit the month 2025-05",
            "\(broken)/quarters.csv:6:9: error: bad scope 'old'",
            "\(broken)/quarters.csv:7:11: error: scope 'merged' contradicts 'Bac Giang': bac-giang is a unit before 1 July 2025, merged into bac-ninh",
            "\(broken)/quarters.csv:8:16: error: bad period '2025-Q'",
        ]
        let lines = r.stdout.split(separator: "\n").map(String.init)
        for e in expected { XCTAssertTrue(lines.contains { $0.hasPrefix(e) }, "missing: \(e)\n\(r.stdout)") }
        // The good quarter row of quarters.csv loads; its six bad rows do not.
        XCTAssertEqual(lines.filter { $0.contains("/quarters.csv:") }.count, 6, r.stdout)
    }

    func testValidateWarningsAloneExitZero() throws {
        let dir = temporaryFolder("chiso-e2e-")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try "province,period,indicator,value,colour\nnghe-an,2025-05,iip_yoy,1,red\n".write(toFile: dir + "/a.csv", atomically: true, encoding: .utf8)
        let r = try ChisoProcess.run(["validate", "--lang", "en", "--data", dir])
        XCTAssertEqual(r.status, 0)
        XCTAssertTrue(r.stdout.contains("a.csv:1:33: warning: unknown column ignored: colour"), r.stdout)
    }

    func testDemoDataIsDeterministicSyntheticAndLoadsBack() throws {
        let a = temporaryFolder("chiso-demo-a-")
        let b = temporaryFolder("chiso-demo-b-")
        let ra = try ChisoProcess.run(["demo-data", "--out", a, "--units", "3", "--months", "14"])
        XCTAssertEqual(ra.status, 0, ra.stderr)
        _ = try ChisoProcess.run(["demo-data", "--out", b, "--units", "3", "--months", "14"])
        let fa = try String(contentsOfFile: a + "/observations-synthetic.csv", encoding: .utf8)
        let fb = try String(contentsOfFile: b + "/observations-synthetic.csv", encoding: .utf8)
        XCTAssertEqual(fa, fb)
        let rows = fa.split(separator: "\n").dropFirst()
        XCTAssertFalse(rows.isEmpty)
        XCTAssertTrue(rows.allSatisfy { $0.contains(",synthetic,\"chiso demo generator, illustrative only, seed 2025\"") })
        let v = try ChisoProcess.run(["validate", "--lang", "en", "--data", a])
        XCTAssertEqual(v.status, 0, v.stdout)
        let report = try ChisoProcess.run(["report", "--province", "ha-noi", "--month", "2025-02", "--data", a])
        XCTAssertTrue(report.stdout.contains("CẢNH BÁO: có số liệu minh họa (synthetic)"), report.stdout)
    }

    func testDemoFlagMarksSyntheticButRealFiguresWin() throws {
        let r = try ChisoProcess.run(["report", "--demo", "--province", "nghe-an", "--month", "2025-05", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        XCTAssertEqual(object?["synthetic"] as? Bool, true)
        let figures = object?["figures"] as? [[String: Any]] ?? []
        let budget = figures.first { $0["indicator"] as? String == "budget_revenue" && $0["basis"] as? String == "ytd" }
        XCTAssertEqual(budget?["value"] as? Double, 11360)
        XCTAssertEqual(budget?["synthetic"] as? Bool, false)
        XCTAssertTrue(figures.contains { $0["synthetic"] as? Bool == true })
    }

    func testHostileTextIsSanitisedInEveryFormat() throws {
        let dir = temporaryFolder("chiso-hostile-")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let evil = "\u{1B}]0;owned\u{07}\u{1B}[2J\u{202E}"
        try "province,period,indicator,basis,value,source,quote\nnghe-an,2025-05,iip_yoy,month,1,\"src\(evil)\",\"q\(evil)\"\n\"X\(evil)\",2025-05,iip_yoy,month,1,s,q\n"
            .write(toFile: dir + "/evil.csv", atomically: true, encoding: .utf8)
        for format in ["text", "markdown", "csv", "json"] {
            let r = try ChisoProcess.run(["report", "--data", dir, "--province", "nghe-an", "--month", "2025-05", "--format", format])
            XCTAssertFalse(r.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E }, "\(format): \(r.stdout.debugDescription)")
            switch format {
            case "markdown": XCTAssertTrue(r.stdout.contains("␛\\]0;owned␇"), format)
            // JSON keeps the data's text exactly, as \u escapes.
            case "json": XCTAssertTrue(r.stdout.contains("\\u001b]0;owned\\u0007\\u001b[2J\\u202e"), r.stdout)
            default: XCTAssertTrue(r.stdout.contains("␛]0;owned␇"), format)
            }
        }
        let v = try ChisoProcess.run(["validate", "--lang", "en", "--data", dir])
        XCTAssertFalse(v.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E }, v.stdout.debugDescription)
    }

    func testUnreadableFileIsReportedNotFatal() throws {
        // As root every file is readable, so the check runs chiso as `nobody` through setpriv.
        let setpriv = "/usr/bin/setpriv"
        let dir = temporaryFolder("chiso-perm-")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        let file = dir + "/locked.csv"
        XCTAssertTrue(FileManager.default.createFile(atPath: file, contents: Data("province,period,indicator,value\nnghe-an,2025-05,iip_yoy,1\n".utf8), attributes: [.posixPermissions: 0]))
        let process = Process()
        if getuid() == 0 {
            try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: setpriv), "setpriv is needed to drop root")
            process.executableURL = URL(fileURLWithPath: setpriv)
            process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", ChisoProcess.binary, "validate", "--lang", "en", "--data", file]
        } else {
            process.executableURL = URL(fileURLWithPath: ChisoProcess.binary)
            process.arguments = ["validate", "--lang", "en", "--data", file]
        }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try XCTSkipIf(text.isEmpty && process.terminationStatus != 1, "the binary cannot be run as nobody here (status \(process.terminationStatus))")
        XCTAssertEqual(process.terminationStatus, 1)
        XCTAssertTrue(text.contains("locked.csv: error: cannot read: permission denied"), text)
    }

    func testUnreadableSubFolderIsReportedNotSkippedSilently() throws {
        // As root every folder is readable, so chiso runs as `nobody` through setpriv.
        let setpriv = "/usr/bin/setpriv"
        let dir = temporaryFolder("chiso-subperm-")
        let locked = dir + "/locked"
        try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir)
        try "province,period,indicator,value,source\nnghe-an,2025-05,iip_yoy,1,s\n".write(toFile: dir + "/ok.csv", atomically: true, encoding: .utf8)
        try "province,period,indicator,value,source\nnghe-an,2025-04,iip_yoy,1,s\n".write(toFile: locked + "/hidden.csv", atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: locked)
        let process = Process()
        if getuid() == 0 {
            try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: setpriv), "setpriv is needed to drop root")
            process.executableURL = URL(fileURLWithPath: setpriv)
            process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", ChisoProcess.binary, "validate", "--lang", "en", "--data", dir]
        } else {
            try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: locked)
            process.executableURL = URL(fileURLWithPath: ChisoProcess.binary)
            process.arguments = ["validate", "--lang", "en", "--data", dir]
        }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try XCTSkipIf(text.isEmpty && process.terminationStatus != 1, "the binary cannot be run as nobody here (status \(process.terminationStatus))")
        XCTAssertEqual(process.terminationStatus, 1)
        XCTAssertTrue(text.contains("locked: error: cannot read folder: permission denied"), text)
    }

    func testHelpAndVersion() throws {
        for sub in [["--help"], ["report", "--help"], ["validate", "--help"], ["demo-data", "--help"]] {
            let r = try ChisoProcess.run(sub)
            XCTAssertEqual(r.status, 0)
            XCTAssertTrue(r.stdout.contains("CÁCH DÙNG"), sub.joined(separator: " "))
            let en = try ChisoProcess.run(sub + ["--lang", "en"])
            XCTAssertEqual(en.status, 0)
            XCTAssertTrue(en.stdout.contains("USAGE"), sub.joined(separator: " "))
        }
        XCTAssertEqual(try ChisoProcess.run(["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines), "0.1.0")
    }
}
