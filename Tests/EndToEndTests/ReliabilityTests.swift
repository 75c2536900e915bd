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
        _ = system("(i=0; while [ $i -lt 400 ]; do kill -WINCH \(pid) 2>/dev/null; i=$((i+1)); done) >/dev/null 2>&1 &")
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
