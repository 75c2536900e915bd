import Foundation
import XCTest

/// "Fail loudly, never crash": every command, every way its output or its arguments can go
/// wrong, run as a user would (through a shell, with `>/dev/full`, `2>&-`, a missing path).
/// Each case checks the exit status from the one table in Docs/cli.md and that no crash text,
/// no raw `Error Domain=…` and no raw control character reaches standard error.
final class FailLoudlyTests: XCTestCase {
    override func setUpWithError() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: ChisoProcess.binary), "build chiso first (make test does)")
    }

    /// Runs `script` with bash (`pipefail` on) in the repository folder; `$CHISO` is the binary.
    func shell(_ script: String) throws -> ChisoProcess.Output {
        try ChisoProcess.run(["-o", "pipefail", "-c", script], environment: ["CHISO": ChisoProcess.binary], executable: "/bin/bash")
    }

    /// A fresh temporary folder, removed when the test ends, pass or fail.
    func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "chiso-fail-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        return path
    }

    /// No crash, no backtrace, no bridged NSError text, no raw control character.
    func assertClean(_ text: String, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        for bad in ["Fatal error", "Backtrac", "Program crashed", "Error Domain=", "NSCocoaErrorDomain"] {
            XCTAssertFalse(text.contains(bad), "\(what): \(bad) in \(text)", file: file, line: line)
        }
        let raw = text.unicodeScalars.filter { s in
            (s.value < 0x20 && s != "\n") || (0x7F...0x9F).contains(s.value) || (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value)
        }
        XCTAssertTrue(raw.isEmpty, "\(what): raw control characters \(raw.map { String($0.value, radix: 16) }) in \(text.debugDescription)", file: file, line: line)
    }

    // MARK: Every write checked

    func testAFullDiskOnStandardOutputIsOneLineAndStatus74InEveryCommand() throws {
        let out = try temporaryFolder()
        let commands = [
            "render --province nghe-an --month 2025-05", "report --province nghe-an --month 2025-05",
            "report --province nghe-an --month 2025-05 --format json", "validate", "demo-data --out \(out)/d",
            "--help", "report --help", "--version",
        ]
        // In English (`--lang en`); Vietnamese: `VietnameseCLITests`.
        for command in commands {
            let r = try shell("\"$CHISO\" \(command) --lang en >/dev/full")
            XCTAssertEqual(r.status, 74, command + "\n" + r.stderr)
            XCTAssertTrue(r.stderr.hasPrefix("chiso: cannot write to standard output: No space left on device\n"), command + "\n" + r.stderr)
            assertClean(r.stderr, command)
        }
    }

    func testAClosedStandardErrorNeverCrashesAndStillGivesTheOutput() throws {
        // validate's summary goes to stderr: the listing still comes; errors in the data keep status 1,
        // and a run that would pass says that its output is incomplete (74).
        let v = try shell("\"$CHISO\" validate --lang en --data Tests/EndToEndTests/Fixtures/broken 2>&-")
        XCTAssertEqual(v.status, 1, v.stdout)
        XCTAssertTrue(v.stdout.contains("figures.csv:3:1: error: unknown province"), v.stdout)
        let ok = try shell("\"$CHISO\" validate --lang en 2>&-")
        XCTAssertEqual(ok.status, 74)
        // report warns about data errors on stderr, then prints the brief.
        let r = try shell("\"$CHISO\" report --province nghe-an --month 2025-05 --data Tests/EndToEndTests/Fixtures/broken 2>&-")
        XCTAssertEqual(r.status, 74)
        XCTAssertTrue(r.stdout.contains("Nghệ An"), r.stdout)
        // A bad argument keeps its own status even when it cannot be told.
        XCTAssertEqual(try shell("\"$CHISO\" render --province nowhere 2>&-").status, 64)
        XCTAssertEqual(try shell("\"$CHISO\" render --width 40 --height 10 2>&- >/dev/null").status, 0)
    }

    func testAClosedStandardOutputIsStatus74() throws {
        for command in ["report --province nghe-an --month 2025-05 --lang en", "render --lang en", "validate --lang en"] {
            let r = try shell("\"$CHISO\" \(command) >&-")
            XCTAssertEqual(r.status, 74, command)
            XCTAssertEqual(r.stderr.split(separator: "\n").first.map(String.init), "chiso: cannot write to standard output: Bad file descriptor", command + r.stderr)
            assertClean(r.stderr, command)
        }
    }

    func testAReaderThatGoesAwayEndsChisoQuietly() throws {
        // About 3 MB of frame into `head -c 1`: the write fails with EPIPE, chiso stops without a word.
        let r = try shell("\"$CHISO\" render --width 1000 --height 1000 | head -c 1 >/dev/null")
        XCTAssertEqual(r.status, 141)
        XCTAssertEqual(r.stderr, "")
    }

    // MARK: Missing data, data without figures

    func testAMissingDataPathIsAnErrorNamingItInEveryCommand() throws {
        let missing = "/nonexistent-\(UUID().uuidString)/figures"
        for command in ["report --province nghe-an", "report --province nghe-an --month 2025-05", "render", "render --demo"] {
            let r = try ChisoProcess.run(command.split(separator: " ").map(String.init) + ["--data", missing, "--lang", "en"])
            XCTAssertEqual(r.status, 1, command)
            XCTAssertEqual(r.stdout, "", command)
            XCTAssertEqual(r.stderr, "chiso: \(missing): no such file or folder (check the path given to --data)\n", command)
            XCTAssertFalse(r.stderr.contains("give --month"), command)
            // In the interface's language: Vietnamese unless --lang en.
            let vi = try ChisoProcess.run(command.split(separator: " ").map(String.init) + ["--data", missing])
            XCTAssertEqual(vi.stderr, "chiso: \(missing): không có tệp hay thư mục này (kiểm tra đường dẫn đưa cho --data)\n", command)
        }
        let v = try ChisoProcess.run(["validate", "--lang", "en", "--data", missing])
        XCTAssertEqual(v.status, 1)
        XCTAssertTrue(v.stdout.contains("\(missing): error: no such file or folder"), v.stdout)
    }

    func testDataWithoutASingleFigureIsAnErrorInEveryCommand() throws {
        let dir = try temporaryFolder()
        try "province,period,indicator,value,source\n".write(toFile: dir + "/observations.csv", atomically: true, encoding: .utf8)
        for command in ["report --province nghe-an", "render"] {
            let r = try ChisoProcess.run(command.split(separator: " ").map(String.init) + ["--data", dir, "--lang", "en"])
            XCTAssertEqual(r.status, 1, command + r.stdout)
            XCTAssertEqual(r.stdout, "", command)
            XCTAssertTrue(r.stderr.hasPrefix("chiso: no figures in \(dir) ("), command + r.stderr)
            XCTAssertEqual(r.stderr.split(separator: "\n").count, 1, r.stderr)
        }
        let v = try ChisoProcess.run(["validate", "--lang", "en", "--data", dir])
        XCTAssertEqual(v.status, 1)
        XCTAssertTrue(v.stdout.contains("\(dir): error: no figures loaded"), v.stdout)
        // Rows that all have errors: no figure either, and the message says where to look.
        try "province,period,indicator,value,source\nnowhere,2025-05,iip_yoy,1,s\n".write(toFile: dir + "/observations.csv", atomically: true, encoding: .utf8)
        let e = try ChisoProcess.run(["render", "--data", dir, "--lang", "en"])
        XCTAssertEqual(e.status, 1)
        XCTAssertTrue(e.stderr.contains("chiso: no figures loaded from \(dir): 1 error(s) (`chiso validate --data \(dir)` lists them)"), e.stderr)
    }

    // MARK: No non-finite figure

    func testNoOutputShowsANonFiniteFigure() throws {
        let dir = try temporaryFolder()
        try """
            province,period,indicator,basis,value,unit,source
            nghe-an,2024-05,budget_revenue,month,1e-300,VND bn,s
            nghe-an,2025-05,budget_revenue,month,1e300,VND bn,s
            nghe-an,2025-04,pi_disbursed,ytd,-1.7e308,VND bn,s
            nghe-an,2025-05,pi_disbursed,ytd,1.7e308,VND bn,s

            """.write(toFile: dir + "/observations.csv", atomically: true, encoding: .utf8)
        func assertFinite(_ text: String, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
            let words = text.lowercased().split { !$0.isLetter }
            XCTAssertFalse(text.contains("∞"), "\(what): ∞ in\n\(text)", file: file, line: line)
            XCTAssertFalse(words.contains { ["inf", "infinity", "nan"].contains($0) }, "\(what): inf/nan in\n\(text)", file: file, line: line)
        }
        for format in ["text", "markdown", "csv", "json"] {
            let r = try ChisoProcess.run(["report", "--data", dir, "--province", "nghe-an", "--month", "2025-05", "--format", format, "--lang", "en"])
            XCTAssertEqual(r.status, 0, format + r.stderr)
            assertFinite(r.stdout, format)
            XCTAssertTrue(r.stderr.contains("chiso: 4 value(s) make derived figures not finite numbers; those are shown as missing."), r.stderr)
            if format == "json" {
                let doc = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
                let figures = doc?["figures"] as? [[String: Any]] ?? []
                XCTAssertFalse(figures.isEmpty, "JSON holds the records: \(r.stdout)")
                let revenue = figures.first { $0["indicator"] as? String == "budget_revenue" && $0["basis"] as? String == "month" }
                XCTAssertEqual(revenue?["value"] as? Double, 1e300)
                XCTAssertNil(revenue?["change"] as? Double, "the change on last year is missing")
            }
        }
        for screen in ["overview", "compare", "detail"] {
            for indicator in ["budget_revenue", "pi_disbursed"] {
                let r = try ChisoProcess.run(["render", "--data", dir, "--province", "nghe-an", "--month", "2025-05", "--screen", screen,
                                              "--indicator", indicator, "--width", "160", "--height", "50", "--lang", "en"])
                XCTAssertEqual(r.status, 0, r.stderr)
                assertFinite(r.stdout, "\(screen) \(indicator)")
            }
        }
        // The dashboard's problems list (`p`) names them too.
        let problems = try ChisoProcess.run(["render", "--data", dir, "--province", "nghe-an", "--month", "2025-05", "--keys", "p",
                                             "--width", "200", "--height", "30", "--lang", "en"])
        XCTAssertTrue(problems.stdout.contains("observations.csv:5:1: warning: value 1.7e+308 of pi_disbursed for nghe-an 2025-05 makes the month"), problems.stdout)
        let v = try ChisoProcess.run(["validate", "--lang", "en", "--data", dir])
        XCTAssertEqual(v.status, 0, "warnings only")
        XCTAssertTrue(v.stdout.contains("\(dir)/observations.csv:3:1: warning: value 1e+300 of budget_revenue for nghe-an 2025-05 makes the change on last year for 2025-05 not a finite number"), v.stdout)
        XCTAssertTrue(v.stdout.contains("\(dir)/observations.csv:5:1: warning: value 1.7e+308 of pi_disbursed for nghe-an 2025-05 makes the month 2025-05 not a finite number"), v.stdout)
        for lineNumber in [2, 4] { XCTAssertTrue(v.stdout.contains("observations.csv:\(lineNumber):1: warning: value"), v.stdout) }
    }

    // MARK: demo-data

    func testDemoDataRefusesHugeOrOddRequestsClearly() throws {
        let dir = try temporaryFolder()
        let cases: [([String], Int32, String)] = [
            (["--units", "1000000000"], 64, "--units must be between 1 and 100000, not 1000000000"),
            (["--units", "0"], 64, "--units must be between 1 and 100000, not 0"),
            (["--months", "601"], 64, "--months must be between 1 and 600, not 601"),
            (["--level", "town"], 64, "unknown --level 'town' (use province or commune)"),
            (["--level", "comune"], 64, "unknown --level 'comune' (did you mean \"commune\"?)"),
            (["--units", "40", "--level", "province"], 64, "--level province takes at most 34 units"),
            (["--start", "2090-01", "--months", "200"], 64, "ends in 2106-08; the data must stay within 1990–2100"),
            (["--start", "2025-13"], 64, "bad --start '2025-13' (write the month as YYYY-MM, e.g. 2025-05)"),
            (["--out", ""], 64, "--out '' names no folder"),
        ]
        for (args, status, message) in cases {
            let start = Date()
            let r = try ChisoProcess.run(["demo-data", "--out", dir + "/x", "--lang", "en"] + args)
            XCTAssertEqual(r.status, status, args.joined(separator: " ") + r.stderr)
            XCTAssertTrue(r.stderr.contains(message), args.joined(separator: " ") + "\n" + r.stderr)
            XCTAssertTrue(r.stderr.contains("Usage: chiso demo-data --out"), r.stderr)
            XCTAssertLessThan(Date().timeIntervalSince(start), 5, "refused before generating anything")
            assertClean(r.stderr, args.joined(separator: " "))
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/x"), "nothing written for a refused request")
    }

    func testDemoDataToABadPlaceSaysWhyInOneLine() throws {
        let dir = try temporaryFolder()
        try "not a folder".write(toFile: dir + "/file", atomically: true, encoding: .utf8)
        let cases = [("/proc/chiso-nope", "cannot create folder /proc/chiso-nope: No such file or directory"),
                     (dir + "/file/sub", "cannot create folder \(dir)/file/sub: Not a directory")]
        for (out, message) in cases {
            let r = try ChisoProcess.run(["demo-data", "--out", out, "--units", "2", "--months", "2", "--lang", "en"])
            XCTAssertEqual(r.status, 73, out)
            XCTAssertEqual(r.stderr, "chiso: \(message)\n")
            XCTAssertEqual(r.stdout, "")
        }
    }

    func testDemoDataNeverOverwritesWithoutForce() throws {
        let dir = try temporaryFolder()
        let file = dir + "/observations-synthetic.csv"
        try "mine\n".write(toFile: file, atomically: true, encoding: .utf8)
        let r = try ChisoProcess.run(["demo-data", "--out", dir, "--units", "2", "--months", "2", "--lang", "en"])
        XCTAssertEqual(r.status, 73)
        XCTAssertEqual(r.stderr, "chiso: \(file) already exists; give --force to replace it\n")
        XCTAssertEqual(try String(contentsOfFile: file, encoding: .utf8), "mine\n")
        let forced = try ChisoProcess.run(["demo-data", "--out", dir, "--units", "2", "--months", "2", "--force"])
        XCTAssertEqual(forced.status, 0, forced.stderr)
        XCTAssertTrue(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("province,period,"))
        // Communes: both files are checked before either is written.
        try "mine\n".write(toFile: dir + "/observations-communes.csv", atomically: true, encoding: .utf8)
        let c = try ChisoProcess.run(["demo-data", "--out", dir, "--units", "50", "--months", "2"])
        XCTAssertEqual(c.status, 73)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/communes.csv"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasPrefix(".chiso-") }, [], "no temporary file left")
    }

    func testDemoDataThatCannotWriteLeavesNoFileBehind() throws {
        let dir = try temporaryFolder()
        // A file size limit of 8 KB: the write fails part-way with EFBIG, as a full disk fails with ENOSPC.
        let r = try shell("ulimit -f 8; \"$CHISO\" demo-data --out '\(dir)' --lang en")
        XCTAssertEqual(r.status, 74, r.stderr)
        XCTAssertEqual(r.stderr, "chiso: cannot write \(dir)/observations-synthetic.csv: File too large\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir), [], "neither the file nor the temporary one is left")
    }

    // MARK: One wording, the subcommand's usage, suggestions

    func testOneWordingForOneErrorWithTheSubcommandsUsage() throws {
        let cases: [(args: [String], message: String)] = [
            (["--province", "nowhere", "--month", "2025-05"], "Error: unknown --province 'nowhere'\n"),
            (["--province", "nge-an", "--month", "2025-05"], "Error: unknown --province 'nge-an' (did you mean \"nghe-an\"?)\n"),
            (["--province", "nghe-an", "--month", "2025-13"], "Error: bad --month '2025-13' (write the month as YYYY-MM, e.g. 2025-05)\n"),
            (["--province", "nghe-an", "--lang", "fr"], "Error: unknown --lang 'fr' (use vi or en)\n"),
            (["--province", "nghe-an", "--month", "1989-12"], "Error: bad --month '1989-12' (chiso's months run from 1990-01 to 2100-12)\n"),
            (["--province", "nghe-an", "--data", ""], "Error: --data '' names no file or folder\n"),
            (["--province", "nghe-an", "--indicator", "iip_yo"], "Error: unknown --indicator 'iip_yo' (did you mean \"iip_yoy\"?)\n"),
        ]
        for (args, message) in cases {
            for sub in ["report", "render"] {
                // `--lang en` before the mistake; `--lang fr` is the mistake (English: the guess reads --lang en first).
                let r = try ChisoProcess.run([sub, "--lang", "en"] + args)
                XCTAssertEqual(r.status, 64, sub + args.joined(separator: " "))
                XCTAssertTrue(r.stderr.hasPrefix(message), "\(sub): \(r.stderr)")
                XCTAssertTrue(r.stderr.contains("\nUsage: chiso \(sub) "), "\(sub): \(r.stderr)")
                XCTAssertTrue(r.stderr.contains("See 'chiso \(sub) --help'"), "\(sub): \(r.stderr)")
            }
        }
        // The dashboard checks what needs no data before it asks for a terminal.
        let d = try ChisoProcess.run(["--month", "2025-13", "--lang", "en"])
        XCTAssertEqual(d.status, 64)
        XCTAssertTrue(d.stderr.hasPrefix("Error: bad --month '2025-13' (write the month as YYYY-MM, e.g. 2025-05)\nUsage: chiso dashboard "), d.stderr)
    }

    func testEveryUnknownIdGetsASuggestion() throws {
        let cases: [([String], String)] = [
            (["render", "--province", "ha noii"], "(did you mean \"ha-noi\"?)"),
            (["render", "--indicator", "budget_revenu"], "(did you mean \"budget_revenue\"?)"),
            (["render", "--screen", "compar"], "(did you mean \"compare\"?)"),
            (["render", "--screen", "nowhere"], "(use overview, compare, detail, resolutions or help)"),
            (["render", "--resolution", "57-NQ/T"], "(did you mean \"57-NQ/TW\"?)"),
            (["render", "--theme", "mon"], "(did you mean \"mono\"?)"),
            (["render", "--keys", "entr"], "(did you mean \"enter\"?; use single characters"),
            (["report", "--province", "nghe-an", "--indicator", "pi_disbursd"], "(did you mean \"pi_disbursed\"?)"),
        ]
        for (args, hint) in cases {
            let r = try ChisoProcess.run(args + ["--lang", "en"])
            XCTAssertEqual(r.status, 64, args.joined(separator: " "))
            XCTAssertTrue(r.stderr.split(separator: "\n").first?.contains(hint) ?? false, args.joined(separator: " ") + "\n" + r.stderr)
        }
    }

    func testArgumentsEchoedInErrorsAreSanitised() throws {
        let hostile = "x\u{1B}]0;owned\u{07}\u{1B}[2J\u{9B}31m\u{202E}"
        let cases: [[String]] = [
            ["render", "--theme", hostile], ["render", "--lang", hostile], ["render", "--keys", hostile],
            ["render", "--resolution", hostile], ["render", "--screen", hostile], ["render", "--province", hostile],
            ["render", "--indicator", hostile], ["render", "--month", hostile], ["report", "--province", hostile],
            ["report", "--province", "nghe-an", "--indicator", hostile], ["report", "--province", "nghe-an", "--lang", hostile],
            ["report", "--province", "nghe-an", "--format", hostile], ["render", "--width", hostile], [hostile], ["--" + hostile],
            ["demo-data", "--out", "/tmp", "--level", hostile], ["demo-data", "--out", "/proc/" + hostile], ["--data", "/nonexistent/" + hostile],
            ["render", "--data", "/nonexistent/" + hostile],
        ]
        for args in cases {
            let r = try ChisoProcess.run(args)
            XCTAssertNotEqual(r.status, 0, args.debugDescription)
            XCTAssertFalse(r.stderr.isEmpty, args.debugDescription)
            assertClean(r.stderr, args.debugDescription)
            assertClean(r.stdout, args.debugDescription)
        }
        let r = try ChisoProcess.run(["render", "--theme", hostile, "--lang", "en"])
        XCTAssertTrue(r.stderr.contains("unknown --theme 'x␛]0;owned␇␛[2J"), r.stderr)
        // A line feed in an echoed argument or path cannot forge a line of its own.
        let forged: [[String]] = [["render", "--theme", "a\nforged"], ["--x\nforged"], ["render", "--data", "/nope\nforged"],
                                  ["demo-data", "--out", "/proc/x\nforged"], ["report", "--province", "a\nforged"]]
        for args in forged {
            let f = try ChisoProcess.run(args)
            XCTAssertFalse(f.stderr.split(separator: "\n").contains { $0.hasPrefix("forged") }, f.stderr)
            XCTAssertTrue(f.stderr.contains("␊forged"), f.stderr)
        }
    }
}

/// The dashboard in a real terminal (tmux): a missing `--data` path, data without figures and a
/// bad province end it with one line and the status from the table, before the screen changes.
final class DashboardFailsLoudlyTests: TmuxTestCase {
    /// Starts the dashboard once in this test's own tmux server; its status and stderr.
    func run(_ args: String) throws -> (status: String, stderr: String) {
        let err = work.appendingPathComponent("stderr").path
        try start(args, redirect: "2>'\(err)'")
        let status = try waitForExit()
        try assertTerminalRestored(args)
        return (status, (try? String(contentsOfFile: err, encoding: .utf8)) ?? "")
    }

    func testTheDashboardRefusesAMissingDataPath() throws {
        let missing = "/nonexistent-\(UUID().uuidString)/figures"
        // In the interface's language, Vietnamese by default.
        let m = try run("--data '\(missing)'")
        XCTAssertEqual(m.status, "1")
        XCTAssertEqual(m.stderr, "chiso: \(missing): không có tệp hay thư mục này (kiểm tra đường dẫn đưa cho --data)\n")
    }

    func testTheDashboardRefusesDataWithoutFigures() throws {
        let empty = work.appendingPathComponent("empty").path
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        try "province,period,indicator,value,source\n".write(toFile: empty + "/observations.csv", atomically: true, encoding: .utf8)
        let e = try run("--data '\(empty)' --lang en")
        XCTAssertEqual(e.status, "1")
        XCTAssertTrue(e.stderr.hasPrefix("chiso: no figures in \(empty) ("), e.stderr)
    }

    func testTheDashboardWordsABadProvinceAsEveryCommandDoes() throws {
        let p = try run("--province nge-an --lang en")
        XCTAssertEqual(p.status, "64")
        XCTAssertTrue(p.stderr.hasPrefix("Error: unknown --province 'nge-an' (did you mean \"nghe-an\"?)\nUsage: chiso dashboard "), p.stderr)
    }
}
