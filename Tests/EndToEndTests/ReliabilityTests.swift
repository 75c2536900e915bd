import Foundation
import XCTest

/// Faults at the terminal: every way chiso can end leaves the terminal as it was found; the end
/// of input ends it; a storm of resizes does not break it.
final class ReliabilityTests: TmuxTestCase {
    /// Starts chiso on a known screen and waits until it has drawn.
    func startDrawn(_ args: String = "", env: String = "", prefix: String = "") throws {
        try start("--province nghe-an --month 2025-05 " + args, env: env, prefix: prefix)
        try waitForText("11.360")
    }

    func testQuitKeysAndTerminatingSignalsRestoreTheTerminal() throws {
        // q, Ctrl-C (the tty's SIGINT), and signals sent from outside.
        let cases: [(String, String)] = [("q", "0"), ("C-c", "130"), ("TERM", "143"), ("HUP", "129"), ("QUIT", "131"), ("INT", "130")]
        for (how, status) in cases {
            // The shell traps (not ignores) INT and QUIT so that it outlives chiso to record the
            // status; chiso starts with the default actions.
            try startDrawn(prefix: "trap 'true' INT QUIT;")
            if how.count <= 3 && how == how.lowercased() || how.hasPrefix("C-") {
                try keys(how)
            } else {
                kill(try chisoPID(), how == "TERM" ? SIGTERM : how == "HUP" ? SIGHUP : how == "QUIT" ? SIGQUIT : SIGINT)
            }
            XCTAssertEqual(try waitForExit(), status, how)
            try assertTerminalRestored(how)
            try resetSession()
        }
    }

    /// Every other signal whose default action ends a process, sent to the dashboard process
    /// itself: the terminal comes back and chiso dies of that signal (the shell sees 128 + n).
    /// SIGSYS is a fault (restored in the handler, then re-raised); the others end through the
    /// normal exit path. The dashboard runs without its supervising parent here
    /// (CHISO_NO_GUARD=1), so its own handlers alone must do it; two more signals are sent to a
    /// supervising parent, which passes them on.
    func testEveryTerminatingSignalRestoresTheTerminalAndEndsWithIt() throws {
        var cases: [(Int32, String, Bool)] = [(SIGUSR1, "USR1", false), (SIGUSR2, "USR2", false), (SIGALRM, "ALRM", false),
                                              (SIGPIPE, "PIPE", false), (SIGVTALRM, "VTALRM", false), (SIGPROF, "PROF", false),
                                              (SIGXCPU, "XCPU", false), (SIGSYS, "SYS", false), (SIGSTKFLT, "STKFLT", false),
                                              (SIGPWR, "PWR", false)]
        cases += [(SIGUSR1, "USR1 to the parent", true), (SIGTERM, "TERM to the parent", true), (SIGSEGV, "SEGV to the parent", true)]
        for (signal, name, toParent) in cases {
            try startDrawn(env: toParent ? "" : "CHISO_NO_GUARD=1")
            let pid = try chisoPID()
            if !toParent { XCTAssertEqual(Self.children(of: pid), [], "CHISO_NO_GUARD=1 still forked") }
            kill(pid, signal)
            XCTAssertEqual(try waitForExit(), "\(128 + signal)", name)
            try assertTerminalRestored(name)
            try resetSession()
        }
    }

    /// SIGXFSZ is ignored (a write over a file-size limit fails with EFBIG and says so): sent to
    /// the dashboard and to its parent, it ends nothing; `q` then quits with the terminal restored.
    func testSIGXFSZIsIgnoredAndTheDashboardGoesOn() throws {
        try startDrawn()
        let parent = try chisoPID(), dashboard = try dashboardPID()
        kill(dashboard, SIGXFSZ)
        kill(parent, SIGXFSZ)
        try keys("Right")
        try waitForText("tháng 6/2025")
        XCTAssertFalse(Self.hasEnded(dashboard) || Self.hasEnded(parent), "SIGXFSZ ended chiso")
        try keys("q")
        XCTAssertEqual(try waitForExit(), "0")
        try assertTerminalRestored("after SIGXFSZ")
    }

    /// SIGKILL cannot be caught (the out-of-memory killer sends it too): the supervising parent
    /// puts the terminal back and ends of the same signal. With the parent killed too, nothing
    /// could; that is not tested.
    func testSIGKILLOfTheDashboardProcessRestoresTheTerminal() throws {
        for key in ["Right", "?"] {
            try startDrawn()
            let dashboard = try dashboardPID()
            XCTAssertNotEqual(dashboard, try chisoPID())
            try keys(key)
            kill(dashboard, SIGKILL)
            XCTAssertEqual(try waitForExit(), "137", key)
            try assertTerminalRestored("SIGKILL after \(key)")
            try resetSession()
        }
    }

    /// A terminal without cursor addressing cannot show the dashboard: one line, exit 2, and
    /// the terminal untouched.
    func testDumbTerminalSaysSoInOneLineAndExitsTwo() throws {
        try start("--province nghe-an --lang en", term: "dumb", redirect: "2> '\(work.path)/err'")
        XCTAssertEqual(try waitForExit(), "2")
        let err = try String(contentsOfFile: work.path + "/err", encoding: .utf8)
        XCTAssertEqual(err.components(separatedBy: "\n").filter { !$0.isEmpty }.count, 1, err)
        XCTAssertTrue(err.contains("cursor addressing") && err.contains("chiso render") && err.contains("chiso report"), err)
        try assertTerminalRestored("TERM=dumb")
    }

    func testErrorsAtStartAndWhileRunningRestoreTheTerminal() throws {
        // A bad option fails before the terminal is touched; the hooks throw once it is set up.
        try start("--province nowhere")
        XCTAssertEqual(try waitForExit(), "64")
        try assertTerminalRestored("bad option")
        try resetSession()
        try start("--province nghe-an", env: "CHISO_TEST_CRASH=throw-start", redirect: "2> '\(work.path)/err'")
        XCTAssertEqual(try waitForExit(), "1")
        try assertTerminalRestored("error at start")
        XCTAssertTrue(try String(contentsOfFile: work.path + "/err", encoding: .utf8).contains("test error"))
        try resetSession()
        try startDrawn(env: "CHISO_TEST_CRASH=throw")
        try keys("!")
        XCTAssertEqual(try waitForExit(), "1")
        try assertTerminalRestored("error while running")
    }

    func testFatalSignalsRestoreTheTerminal() throws {
        // A real invalid write (SIGSEGV), raised SIGBUS/SIGILL/SIGTRAP, abort(), and a Swift runtime
        // trap (fatalError: SIGILL on x86-64, SIGTRAP on arm64); the process still dies of the signal.
        #if arch(x86_64)
        let swiftTrap = "132"
        #else
        let swiftTrap = "133"
        #endif
        let cases = [("segv", "139"), ("bus", "135"), ("ill", "132"), ("trap", "133"), ("abort", "134"), ("fatal", swiftTrap)]
        for (kind, status) in cases {
            try startDrawn(env: "CHISO_TEST_CRASH=\(kind)")
            try keys("!")
            XCTAssertEqual(try waitForExit(), status, kind)
            try assertTerminalRestored(kind)
            try resetSession()
        }
    }

    func testHangUpEndsChisoAndLeavesNoOrphan() throws {
        try startDrawn()
        let pid = try chisoPID()
        // The terminal goes away (an SSH connection dropped): the pty master closes.
        try tmux(["kill-server"])
        XCTAssertTrue(poll(timeout: 5) { Self.hasEnded(pid) }, "chiso \(pid) outlived its terminal")
    }

    func testEndOfInputEndsChisoEvenWithHangUpIgnored() throws {
        // Started with SIGHUP ignored (as under nohup), chiso only sees its input end; it must
        // exit, not spin on a read that keeps failing.
        try startDrawn(prefix: "trap '' HUP;")
        let pid = try chisoPID()
        let ignored = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8))?.components(separatedBy: "\n")
            .first { $0.hasPrefix("SigIgn:") }.flatMap { UInt64($0.dropFirst(7).trimmingCharacters(in: .whitespaces), radix: 16) } ?? 0
        XCTAssertEqual(ignored & 1, 1, "SIGHUP should stay ignored")
        try tmux(["kill-server"])
        XCTAssertTrue(poll(timeout: 5) { Self.hasEnded(pid) }, "chiso \(pid) kept running after its input ended")
    }

    func testNotATerminalOnStdinOrOnStdoutSaysSoAndExitsTwo() throws {
        for (what, redirect) in [("stdin", "< /dev/null"), ("stdout", "> '\(work.path)/out'")] {
            try start("", redirect: redirect + " 2> '\(work.path)/err'")
            XCTAssertEqual(try waitForExit(), "2", what)
            let err = try String(contentsOfFile: work.path + "/err", encoding: .utf8)
            XCTAssertEqual(err.components(separatedBy: "\n").filter { !$0.isEmpty }.count, 1, err)
            XCTAssertTrue(err.contains("chiso render") && err.contains("chiso report"), err)
            try assertTerminalRestored(what)
            try resetSession()
        }
    }

    func testUnknownTerminalTypeFailsCleanly() throws {
        try start("", term: "no-such-terminal", redirect: "2> '\(work.path)/err'")
        XCTAssertEqual(try waitForExit(), "1")
        let err = try String(contentsOfFile: work.path + "/err", encoding: .utf8)
        XCTAssertTrue(err.contains("no-such-terminal") && err.contains("chiso render"), err)
        try assertTerminalRestored()
    }

    func testResizeStormWhileTypingNeverBreaksTheDashboard() throws {
        try startDrawn()
        let pid = try chisoPID()
        // Hundreds of SIGWINCH from outside, in the background...
        shell("(i=0; while [ $i -lt 400 ]; do kill -WINCH \(pid) 2>/dev/null; i=$((i+1)); done) >/dev/null 2>&1 &")
        // ...while the window changes size, down to 1×1, between keys.
        var generator = SystemRandomNumberGenerator()
        var chain: [String] = []
        let keysToSend = ["j", "k", "Right", "Left", "2", "3", "4", "1", "?", "Tab", "Down", "Up", "i", "b"]
        for n in 0..<300 {
            let w = n % 7 == 0 ? 1 : Int.random(in: 1...200, using: &generator)
            let h = n % 7 == 0 ? 1 : Int.random(in: 1...60, using: &generator)
            chain += ["resize-window", "-t", "t", "-x", "\(w)", "-y", "\(h)", ";", "send-keys", "-t", "t", keysToSend[n % keysToSend.count], ";"]
        }
        try tmux(chain + ["resize-window", "-t", "t", "-x", "100", "-y", "30"])
        XCTAssertFalse(Self.hasEnded(pid), "chiso died in the resize storm")
        try keys("1")
        try waitFor("a whole 100×30 frame") { screen in
            let lines = screen.components(separatedBy: "\n")
            return lines.first?.contains("chỉ số") == true && lines.contains { $0.contains("tháng") || $0.contains("month") }
        }
        try keys("q")
        XCTAssertEqual(try waitForExit(), "0")
        try assertTerminalRestored("after the resize storm")
    }
}

/// A data folder whose texts try to drive the terminal: a province name and a source and note
/// with an OSC title change, a clear-screen and a right-to-left override.
enum HostileData {
    static let attack = "\u{1B}]0;owned\u{07} \u{1B}[2J\u{202E}"

    static func make(in folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let provinces = try String(contentsOf: ChisoProcess.repoRoot.appendingPathComponent("Data/provinces.csv"), encoding: .utf8)
        let hostile = provinces.components(separatedBy: "\n").map { line -> String in
            guard line.hasPrefix("nghe-an,") else { return line }
            return line.replacingOccurrences(of: ",Tỉnh Nghệ An,Nghe An,", with: ",Tỉnh Nghệ\(attack)An,Nghe\(attack)An,")
        }.joined(separator: "\n")
        XCTAssertNotEqual(hostile, provinces, "the fixture should change Nghệ An's name")
        try hostile.write(to: folder.appendingPathComponent("provinces.csv"), atomically: true, encoding: .utf8)
        let observations = "province,period,basis,indicator,value,unit,source,quote,published,note\n"
            + "nghe-an,2025-05,ytd,budget_revenue,11360,VND bn,\"https://x.example/a\(attack)b\",\"quote \(attack)\",2025-06-10,\"note \(attack)\"\n"
        try observations.write(to: folder.appendingPathComponent("observations.csv"), atomically: true, encoding: .utf8)
    }

    /// Text that reached the terminal as it came from the data.
    static func leaks(_ text: String) -> [String] {
        var found: [String] = []
        if text.contains("\u{1B}]") { found.append("OSC") }
        if text.contains("\u{1B}[2J") { found.append("clear screen") }
        if text.contains("\u{07}") { found.append("BEL") }
        if text.unicodeScalars.contains(where: { (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) }) { found.append("bidi") }
        return found
    }
}

/// Reload, watch mode, export and the data folder, with the real binary in tmux.
final class ReloadExportTests: TmuxTestCase {
    var data: URL { work.appendingPathComponent("data") }
    var observations: URL { data.appendingPathComponent("observations.csv") }

    /// A private copy of the bundled data to change.
    func copyData() throws {
        try? FileManager.default.removeItem(at: data)
        try FileManager.default.copyItem(at: ChisoProcess.repoRoot.appendingPathComponent("Data"), to: data)
    }

    func edit(_ change: (String) -> String) throws {
        let text = try String(contentsOf: observations, encoding: .utf8)
        let changed = change(text)
        XCTAssertNotEqual(changed, text)
        // Written in place, as an editor without atomic saves would.
        try Data(changed.utf8).write(to: observations)
    }

    func breakData() throws { try edit { $0 + "Nghe An,2025-05,ytd,budget_revenue,abc,VND bn,https://example.org\n" } }
    func changeValue() throws { try edit { $0.replacingOccurrences(of: "budget_revenue,11360,", with: "budget_revenue,11370,") } }

    func header() throws -> String { try screen().components(separatedBy: "\n").first ?? "" }

    func testReloadWithErrorsKeepsTheLastGoodDataMarksItStaleAndListsTheProblems() throws {
        try copyData()
        try start("--data '\(data.path)' --province nghe-an --month 2025-05")
        try waitForText("11.360")
        try breakData()
        try keys("r")
        try waitFor("stale marker") { $0.components(separatedBy: "\n").first?.contains("DỮ LIỆU CŨ") == true }
        try waitForText("Nạp lại lỗi")
        XCTAssertTrue(try screen().contains("11.360"), "the last good data stays on screen")
        try keys("p")
        try waitForText("Vấn đề dữ liệu")
        try waitForText("observations.csv:")
        try keys("Escape")
        try waitFor("problems closed") { !$0.contains("Vấn đề dữ liệu") }
        // Fixed, with a new value: the reload takes it and the mark goes.
        try edit { $0.components(separatedBy: "\n").filter { !$0.contains(",abc,") }.joined(separator: "\n") }
        try changeValue()
        try keys("r")
        try waitForText("11.370")
        XCTAssertFalse(try header().contains("DỮ LIỆU CŨ"))
        try keys("q")
        XCTAssertEqual(try waitForExit(), "0")
    }

    func testWatchModeReloadsWhenTheFilesChangeAndRefusesBrokenData() throws {
        try copyData()
        try start("--watch --data '\(data.path)' --province nghe-an --month 2025-05")
        try waitForText("11.360")
        try changeValue()
        try waitForText("11.370")
        try breakData()
        try waitFor("stale marker") { $0.components(separatedBy: "\n").first?.contains("DỮ LIỆU CŨ") == true }
        XCTAssertTrue(try screen().contains("11.370"), "the last good data stays on screen")
        try keys("q")
        XCTAssertEqual(try waitForExit(), "0")
    }

    /// The blocking call chiso waits in and its timeout argument, from /proc/PID/syscall.
    func waitingTimeout(_ pid: Int32) -> String? {
        var result: String?
        _ = poll(timeout: 5) {
            guard let text = try? String(contentsOfFile: "/proc/\(pid)/syscall", encoding: .utf8) else { return false }
            let f = text.split(separator: " ")
            guard f.count > 3 else { return false }
            // x86-64 poll (7): the timeout is the third argument; ppoll (271 on x86-64, 73 on
            // arm64): the third argument points to the timeout, 0 for none.
            switch f[0] {
            case "7": result = f[3] == "0xffffffff" || f[3] == "0xffffffffffffffff" ? "forever" : "timer"
            case "271", "73": result = f[3] == "0x0" ? "forever" : "timer"
            default: return false
            }
            // A dashboard that opened on a store snapshot looks at its background check every 50 ms
            // until the check ends, then blocks: read again until it blocks (or 5 s have passed).
            return result == "forever"
        }
        return result
    }

    /// Idle means blocked in poll(2) with no timeout, also in watch mode (inotify wakes it). The
    /// store snapshot's background check runs a 50 ms timer until it ends, so "idle" is waited
    /// for (5 s at most); the polling watcher of before never got there.
    func testIdleMeansBlockedWithoutATimerAlsoWhenWatching() throws {
        try start("--province nghe-an --month 2025-05")
        try waitForText("11.360")
        let pid = try dashboardPID()
        guard waitingTimeout(pid) != nil else { throw XCTSkip("cannot read /proc/\(pid)/syscall here") }
        XCTAssertTrue(poll(timeout: 5) { waitingTimeout(pid) == "forever" }, "still on a timer: \(waitingTimeout(pid) ?? "?")")
        try keys("q")
        XCTAssertEqual(try waitForExit(), "0")
        try resetSession()
        try start("--watch --province nghe-an --month 2025-05")
        try waitForText("11.360")
        let watching = try dashboardPID()
        XCTAssertTrue(poll(timeout: 5) { waitingTimeout(watching) == "forever" }, "still on a timer: \(waitingTimeout(watching) ?? "?")")
        try keys("q")
        XCTAssertEqual(try waitForExit(), "0")
    }

    /// Names, sizes, times and contents of every file under `folder`.
    func snapshot(_ folder: URL) throws -> [String] { try FolderSnapshot.of(folder) }

    func testChisoNeverWritesIntoTheDataFolderEvenWhenExportingAndReloading() throws {
        try copyData()
        let exports = work.appendingPathComponent("exports")
        try FileManager.default.createDirectory(at: exports, withIntermediateDirectories: true)
        _ = system("chmod -R a-w '\(data.path)'")
        defer { _ = system("chmod -R u+w '\(data.path)'") }
        let before = try snapshot(data)
        try start("--watch --data '\(data.path)' --province nghe-an --month 2025-05", env: "CHISO_EXPORT_DIR='\(exports.path)'")
        try waitForText("11.360")
        try keys("e")
        try waitForText("Đã xuất")
        try keys("r")
        try waitForText("Đã nạp lại")
        try keys("2")
        try waitFor("compare screen") { !$0.contains("Đã nạp lại") }
        try keys("e")
        try waitForText("Đã xuất")
        try keys("q")
        XCTAssertEqual(try waitForExit(), "0")
        XCTAssertEqual(try snapshot(data), before, "the data folder changed")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: exports.path).filter { $0.hasSuffix(".txt") }.count, 2)
    }

    func testExportFailuresAreReportedAndChisoGoesOn() throws {
        // A write that fails part-way (a file size limit of 0: EFBIG, as a full disk gives ENOSPC).
        let exports = work.appendingPathComponent("exports")
        try FileManager.default.createDirectory(at: exports, withIntermediateDirectories: true)
        try start("--province nghe-an --month 2025-05 --lang en", env: "CHISO_EXPORT_DIR='\(exports.path)'",
                  launcher: "sh -c 'ulimit -f 0; exec \"$0\" \"$@\"'")
        try waitForText("11,360")
        try keys("e")
        try waitForText("Export failed")
        let failed = try screen()
        XCTAssertTrue(failed.contains("too large"), failed)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: exports.path), [], "nothing left behind")
        try keys("Right")
        try waitForText("Jun 2025")
        try keys("q")
        XCTAssertEqual(try waitForExit(), "0")
        try assertTerminalRestored()
        try resetSession()
        // No permission: a read-only folder, as an unprivileged user (root ignores modes).
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"), getuid() == 0 else { return }
        let readOnly = work.appendingPathComponent("read-only")
        try FileManager.default.createDirectory(at: readOnly, withIntermediateDirectories: true)
        _ = system("chmod 755 '\(work.path)'; chmod 555 '\(readOnly.path)'")
        try start("--province nghe-an --month 2025-05 --lang en", env: "CHISO_EXPORT_DIR='\(readOnly.path)'",
                  launcher: "setpriv --reuid=65534 --regid=65534 --clear-groups")
        try waitForText("11,360")
        try keys("e")
        try waitForText("Export failed")
        let denied = try screen()
        XCTAssertTrue(denied.contains("Permission denied"), denied)
        try keys("q")
        XCTAssertEqual(try waitForExit(), "0")
    }

    func testHostileTextFromDataNeverDrivesTheTerminal() throws {
        let folder = work.appendingPathComponent("hostile")
        try HostileData.make(in: folder)
        let title = try tmux(["display-message", "-p", "-t", "t", "#{pane_title}"])
        try start("--data '\(folder.path)' --province nghe-an --month 2025-05 --screen detail --indicator budget_revenue", width: 120, height: 40)
        try waitForText("Nghệ␛]0;owned␇")
        try waitForText("x.example/a\u{241B}]0;owned\u{2407}")
        XCTAssertNotEqual(try tmux(["display-message", "-p", "-t", "t", "#{pane_title}"]).trimmingCharacters(in: .whitespacesAndNewlines), "owned", title)
        let shown = try tmux(["capture-pane", "-p", "-e", "-t", "t"])
        XCTAssertEqual(HostileData.leaks(shown), [])
        XCTAssertTrue(shown.contains("chỉ số"), "the screen was cleared")
        try keys("q")
        XCTAssertEqual(try waitForExit(), "0")
    }
}
