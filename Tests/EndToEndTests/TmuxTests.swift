import Foundation
import XCTest

/// Helpers for tests that run the real binary in tmux on a private socket: start it from a
/// shell that records `stty -a` before and after, poll the pane (never fixed sleeps), type keys,
/// and check the terminal is left as it was found.
///
/// Every process a test starts (the tmux server, the pane's shell, chiso, helpers) carries
/// `CHISO_TEST_MARK=<this test's name>` in its environment; `tearDown` ends them all, also when
/// the test failed or a process ignores SIGHUP, and removes the work folder, which holds the
/// tmux socket too.
class TmuxTestCase: XCTestCase {
    var socket = ""
    /// This test's own folder; `tearDown` removes it only when `setUp` made it (never a shared
    /// folder such as /tmp, whatever failed).
    var work = URL(fileURLWithPath: "/nonexistent/chiso-test-work")
    private var madeWork = false
    /// The environment entry that marks this test's processes.
    var mark: String { "\(TestProcesses.markName)=\(socket)" }

    override func setUpWithError() throws {
        try ChisoProcess.requireBinary()
        try ChisoProcess.requireTool("tmux")
        socket = "chiso-test-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        work = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: false)
        madeWork = true
    }

    override func tearDown() {
        guard madeWork else { return }
        _ = try? tmux(["kill-server"])
        TestProcesses.end(marked: mark)
        _ = system("chmod -R u+rwx '\(work.path)' 2>/dev/null")
        try? FileManager.default.removeItem(at: work)
    }

    /// Runs `command` with `sh -c`, marked as this test's (see `tearDown`); returns its status.
    @discardableResult
    func shell(_ command: String) -> Int32 {
        system("env '\(mark)' sh -c " + ChisoProcess.quoted(command))
    }

    /// Makes the work folder again after a test removed files from it.
    func ensureWork() throws { try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true) }

    /// Runs a tmux command through `system`, output to a file. Not `Process`: the tmux server
    /// daemonises with the client's descriptors, and Foundation's Process would wait on them.
    @discardableResult
    func tmux(_ args: [String]) throws -> String {
        let out = work.appendingPathComponent("tmux-out-\(UInt32.random(in: 0...UInt32.max))").path
        defer { unlink(out) }
        // The socket lives in the work folder, so removing the folder removes it.
        let quoted = (["env", mark, "tmux", "-S", work.appendingPathComponent("tmux.sock").path] + args).map(ChisoProcess.quoted).joined(separator: " ")
        _ = system(quoted + " > '\(out)' 2>/dev/null < /dev/null")
        return (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
    }

    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", "t"]) }

    /// Polls the pane until `predicate` holds (no fixed sleeps); fails with the last screen.
    @discardableResult
    func waitFor(_ what: String, timeout: TimeInterval = 30, file: StaticString = #filePath, line: UInt = #line,
                 _ predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if predicate(last) { return last }
            usleep(30_000)
        }
        XCTFail("timed out waiting for \(what); screen:\n\(last)", file: file, line: line)
        throw XCTSkip("timed out")
    }

    func waitForText(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws {
        try waitFor("“\(text)”", file: file, line: line) { $0.contains(text) }
    }

    func keys(_ k: String...) throws { try tmux(["send-keys", "-t", "t"] + k) }

    /// Starts chiso in a new session; the shell records `stty -a` before and after and the exit
    /// status. `prefix` is shell code run first (a `trap`); `launcher` goes before the binary (a
    /// `setpriv`, a shell with a `ulimit`); `redirect` is appended to chiso's command line.
    func start(_ args: String, term: String = "xterm-256color", env: String = "", width: Int = 80, height: Int = 24,
               prefix: String = "", redirect: String = "", launcher: String = "") throws {
        let d = work.path
        // swift test may hand its own NO_COLOR down; each test says what it wants.
        let command = "unset NO_COLOR; \(prefix) stty -a > \(d)/before; \(env) TERM=\(term) LANG=C.UTF-8 LC_ALL=C.UTF-8 \(launcher) '\(ChisoProcess.binary)' \(args) \(redirect); code=$?; stty -a > \(d)/after; echo $code > \(d)/status; sleep 600"
        // After `resetSession` the old server may still be exiting (tmux ends when its last
        // session does) and drop the new client: start again until the session exists.
        for _ in 0..<3 {
            try tmux(["new-session", "-d", "-s", "t", "-x", "\(width)", "-y", "\(height)", "sh", "-c", command])
            if poll(timeout: 5, { (try? tmux(["display-message", "-p", "-t", "t", "#{session_name}"]))?.hasPrefix("t") == true }) { return }
        }
        XCTFail("tmux did not start the session")
    }

    /// The pid of the pane's shell.
    func panePID() throws -> Int32 {
        Int32(try tmux(["display-message", "-p", "-t", "t", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    /// The pids of processes named `chiso` whose parent is `parent`, from /proc.
    static func children(of parent: Int32, named name: String = "chiso") -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { Int32($0) }.filter { pid in
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let open = stat.firstIndex(of: "("), let close = stat.lastIndex(of: ")") else { return false }
            let comm = stat[stat.index(after: open)..<close]
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            return comm == name && fields.count > 2 && Int32(fields[1]) == parent
        }
    }

    /// Whether a process has ended (gone, or a zombie nobody reaped yet).
    static func hasEnded(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8), let close = stat.lastIndex(of: ")") else { return true }
        return stat[stat.index(after: close)...].split(separator: " ").first == "Z"
    }

    /// Polls until `condition` holds or `timeout` passes; returns whether it held.
    func poll(timeout: TimeInterval = 10, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if condition() { return true }
            usleep(20_000)
        }
        return condition()
    }

    /// The chiso started by the pane's shell.
    func chisoPID(file: StaticString = #filePath, line: UInt = #line) throws -> Int32 {
        let shell = try panePID()
        var found: [Int32] = []
        _ = poll { found = Self.children(of: shell); return !found.isEmpty }
        guard let pid = found.first else {
            XCTFail("no chiso process under the pane's shell", file: file, line: line)
            throw XCTSkip("no chiso")
        }
        return pid
    }

    /// The dashboard process: the child of the supervising parent `chisoPID()` returns (see
    /// Sources/CChisoTTY/guard.c).
    func dashboardPID(file: StaticString = #filePath, line: UInt = #line) throws -> Int32 {
        let guardPID = try chisoPID(file: file, line: line)
        var found: [Int32] = []
        _ = poll { found = Self.children(of: guardPID); return !found.isEmpty }
        guard let pid = found.first else {
            XCTFail("chiso \(guardPID) has no dashboard child: not supervised", file: file, line: line)
            throw XCTSkip("no dashboard child")
        }
        return pid
    }

    /// tmux's view of the modes the program left on: alternate screen, cursor, mouse, keypad.
    func paneModes() throws -> [String: String] {
        let names = ["alternate_on", "cursor_flag", "mouse_any_flag", "mouse_standard_flag", "mouse_button_flag", "mouse_sgr_flag", "keypad_cursor_flag"]
        let out = try tmux(["display-message", "-p", "-t", "t", names.map { "#{\($0)}" }.joined(separator: " ")])
        let values = out.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ").map(String.init)
        return Dictionary(uniqueKeysWithValues: zip(names, values))
    }

    func waitForExit(timeout: TimeInterval = 30) throws -> String {
        let path = work.appendingPathComponent("status").path
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let s = try? String(contentsOfFile: path, encoding: .utf8), s.hasSuffix("\n") { return s.trimmingCharacters(in: .whitespacesAndNewlines) }
            usleep(30_000)
        }
        XCTFail("chiso did not exit; screen:\n\(try screen())")
        return ""
    }

    /// `stty -a` is the same as before chiso started; the cursor is visible, mouse reporting
    /// and the keypad mode are off and the alternate screen is left.
    func assertTerminalRestored(_ what: String = "", file: StaticString = #filePath, line: UInt = #line) throws {
        // The first line holds the size, which a resize legitimately changes.
        let before = try String(contentsOf: work.appendingPathComponent("before"), encoding: .utf8).components(separatedBy: "\n").dropFirst()
        let after = try String(contentsOf: work.appendingPathComponent("after"), encoding: .utf8).components(separatedBy: "\n").dropFirst()
        XCTAssertEqual(Array(before), Array(after), "stty -a differs after exit \(what)", file: file, line: line)
        let modes = try paneModes()
        let expected = ["alternate_on": "0", "cursor_flag": "1", "mouse_any_flag": "0", "mouse_standard_flag": "0", "mouse_button_flag": "0",
                        "mouse_sgr_flag": "0", "keypad_cursor_flag": "0"]
        XCTAssertEqual(modes, expected, "terminal modes left on \(what)", file: file, line: line)
    }

    /// The SGR parameters that set a colour (30–38, 40–48, 90–97, 100–107; not the defaults 39 and
    /// 49) in text captured with `capture-pane -e`.
    static func colourCodes(_ text: String) -> Set<Int> {
        var codes: Set<Int> = []
        for part in text.components(separatedBy: "\u{1B}[").dropFirst() {
            guard let end = part.firstIndex(where: { !($0.isNumber || $0 == ";") }), part[end] == "m" else { continue }
            for p in part[..<end].split(separator: ";").compactMap({ Int($0) })
            where (30...38).contains(p) || (40...48).contains(p) || (90...97).contains(p) || (100...107).contains(p) {
                codes.insert(p)
            }
        }
        return codes
    }

    /// Ends the session and forgets the last run's files, for a test that starts chiso again.
    func resetSession() throws {
        try tmux(["kill-session", "-t", "t"])
        for name in ["status", "before", "after"] { try? FileManager.default.removeItem(at: work.appendingPathComponent(name)) }
    }
}

/// The real binary in tmux: start, move, read figures, search, switch language, resize, export,
/// quit, and check the terminal is left as it was found.
final class TmuxTests: TmuxTestCase {

    func testNavigateReadSearchSwitchLanguageResizeAndQuit() throws {
        try start("")
        try waitForText("chỉ số")
        // Search for Nghệ An without accents, then step to May 2025.
        try keys("/", "n", "g", "h", "e")
        try waitForText("Nghệ An")
        try keys("Enter")
        try waitFor("Nghệ An in the header") { $0.components(separatedBy: "\n").first?.contains("Nghệ An") == true }
        var screenText = try screen()
        var presses = 0
        while !(screenText.components(separatedBy: "\n").first ?? "").contains("tháng 5/2025") && presses < 40 {
            let header = screenText.components(separatedBy: "\n").first ?? ""
            let after = header.range(of: "/2025") == nil && header.range(of: "/2024") != nil
            try keys(after ? "Right" : "Left")
            presses += 1
            // One key at a time: wait for this step's header before the next key.
            screenText = try waitFor("the month step") { ($0.components(separatedBy: "\n").first ?? "") != header }
        }
        try waitForText("tháng 5/2025")
        for figure in ["18,4", "11.360", "64,1", "30,01"] { try waitForText(figure) }
        try keys("L")
        try waitForText("May 2025")
        try waitForText("11,360")
        try tmux(["resize-window", "-t", "t", "-x", "120", "-y", "40"])
        try waitForText("[1 Overview]")
        try tmux(["resize-window", "-t", "t", "-x", "50", "-y", "15"])
        try waitForText("needs 60×18")
        try tmux(["resize-window", "-t", "t", "-x", "80", "-y", "24"])
        try waitForText("Industrial production")
        try keys("?")
        try waitForText("Help")
        try keys("q")
        XCTAssertEqual(try waitForExit(), "0")
        try assertTerminalRestored()
    }

    func testExportWritesTextAndMarkdownAndNeverOverwrites() throws {
        try start("--province nghe-an --month 2025-05", env: "CHISO_EXPORT_DIR='\(work.path)'")
        try waitForText("11.360")
        try keys("e")
        try waitForText("Đã xuất")
        try keys("e")
        try waitFor("second export") { $0.contains("-2.txt") }
        let files = try FileManager.default.contentsOfDirectory(atPath: work.path).filter { $0.hasPrefix("chiso-") }.sorted()
        XCTAssertEqual(files, ["chiso-nghe-an-2025-05-overview-2.md", "chiso-nghe-an-2025-05-overview-2.txt",
                               "chiso-nghe-an-2025-05-overview.md", "chiso-nghe-an-2025-05-overview.txt"])
        let text = try String(contentsOf: work.appendingPathComponent("chiso-nghe-an-2025-05-overview.txt"), encoding: .utf8)
        XCTAssertTrue(text.contains("64,1 %"), text)
        try keys("q")
        XCTAssertEqual(try waitForExit(), "0")
    }

    func testSIGTERMRestoresTheTerminal() throws {
        try start("--province nghe-an --month 2025-05")
        try waitForText("11.360")
        let shell = try tmux(["display-message", "-p", "-t", "t", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        // Only the chiso started by this test's shell.
        _ = system("pkill -TERM -P \(Int(shell) ?? -1) -x chiso")
        XCTAssertEqual(try waitForExit(), "143")
        try assertTerminalRestored()
    }

    func testOtherTerminalTypesStayReadable() throws {
        for term in ["xterm-256color", "screen-256color", "tmux-256color", "vt100", "linux"] {
            try start("--province nghe-an --month 2025-05", term: term)
            try waitForText("11.360")
            try keys("Right")
            try waitForText("tháng 6/2025")
            let coloured = try tmux(["capture-pane", "-p", "-e", "-t", "t"])
            if term != "vt100" {
                XCTAssertFalse(Self.colourCodes(coloured).isEmpty, "no colours under \(term): \(coloured.prefix(400).debugDescription)")
            }
            try keys("q")
            XCTAssertEqual(try waitForExit(), "0", term)
            try assertTerminalRestored(term)
            try resetSession()
        }
    }

    /// Ctrl-L repaints a screen garbled by another program's output; muted text is grey (SGR 90)
    /// with 256 colours and dim (no grey) on the 8-colour linux console.
    func testCtrlLRepaintsAGarbledScreenAndMutedIsGrey() throws {
        try start("--province nghe-an --month 2025-05")
        try waitForText("11.360")
        XCTAssertTrue(Self.colourCodes(try tmux(["capture-pane", "-p", "-e", "-t", "t"])).contains(90), "no grey under xterm-256color")
        let tty = try tmux(["display-message", "-p", "-t", "t", "#{pane_tty}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let handle = FileHandle(forWritingAtPath: tty) else { throw XCTSkip("cannot open \(tty)") }
        handle.write(Data("\u{1B}[5;30HGARBLED-BY-ANOTHER-PROGRAM".utf8))
        try handle.close()
        try waitForText("GARBLED-BY-ANOTHER")
        try keys("C-l")
        try waitFor("the repaint") { !$0.contains("GARBLED") && $0.contains("11.360") }
        try keys("q")
        XCTAssertEqual(try waitForExit(), "0")
        try resetSession()
        try start("--province nghe-an --month 2025-05", term: "linux")
        try waitForText("11.360")
        let linux = try tmux(["capture-pane", "-p", "-e", "-t", "t"])
        XCTAssertFalse(Self.colourCodes(linux).contains(90), "grey under an 8-colour terminal")
        XCTAssertFalse(Self.colourCodes(linux).isEmpty, "no colours under linux")
        try keys("q")
        XCTAssertEqual(try waitForExit(), "0")
    }

    func testNoColorDrawsWithoutColours() throws {
        try start("--province nghe-an --month 2025-05", env: "NO_COLOR=1")
        try waitForText("11.360")
        let coloured = try tmux(["capture-pane", "-p", "-e", "-t", "t"])
        // Bold, underline and reverse only: no foreground or background colour at all.
        XCTAssertEqual(Self.colourCodes(coloured), [], coloured)
        XCTAssertTrue(coloured.contains("\u{1B}["), "no attributes at all under NO_COLOR")
        try keys("q")
        XCTAssertEqual(try waitForExit(), "0")
        try assertTerminalRestored()
    }
}
