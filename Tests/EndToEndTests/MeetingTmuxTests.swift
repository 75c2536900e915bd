import Foundation
import XCTest

/// Meetings as people hold them: a presenter and followers, each in its own tmux session at its
/// own size and language, over a meeting folder private to the test (removed with the test's
/// work folder). Followers follow month, unit and screen changes, look around and snap back; a
/// stopped or killed follower leaves the presenter answering keys; a second presenter takes over.
class MeetingTestCase: TmuxTestCase {
    var meetingDir: String { work.appendingPathComponent("meet").path }

    override func setUpWithError() throws {
        try super.setUpWithError()
        try FileManager.default.createDirectory(atPath: meetingDir, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
    }

    /// The presenter `p` on Nghệ An, May 2025, at 120×40 in Vietnamese, and its first follower's banner.
    func startPresenter(_ name: String = "p", extra: String = "", width: Int = 120, height: Int = 40) throws {
        try openSession(name, "--present hdnd --meeting-dir '\(meetingDir)' --province nghe-an --month 2025-05 \(extra)", width: width, height: height)
        try wait(name, for: "ĐANG TRÌNH BÀY: hdnd")
    }

    func startFollower(_ name: String, width: Int, height: Int, lang: String, extra: String = "") throws {
        try openSession(name, "follow hdnd --meeting-dir '\(meetingDir)' --lang \(lang) \(extra)", width: width, height: height)
        try wait(name, for: lang == "en" ? "FOLLOWING: hdnd" : "ĐANG THEO: hdnd")
    }
}

/// Sessions of their own in the test's tmux server (the meeting tests and the SSH test use them).
extension TmuxTestCase {
    /// Starts `chiso ARGS` in a new tmux session `name`; the shell writes chiso's pid (the
    /// dashboard itself: no supervising parent) to `work/NAME.pid`.
    ///
    /// chiso runs under a shell that stays the pane's process: tmux continues a pane's own
    /// process at once when it stops, so a SIGSTOP sent to a chiso that is the pane's process
    /// would not hold (tmux 3.3 `server_child_stopped`).
    func openSession(_ name: String, _ args: String, width: Int, height: Int, file: StaticString = #filePath, line: UInt = #line) throws {
        let d = work.path
        let script = "\(d)/\(name).sh"
        try "echo $$ > '\(d)/\(name).pid'; unset NO_COLOR; exec env CHISO_NO_GUARD=1 TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 '\(ChisoProcess.binary)' \(args) 2> '\(d)/\(name).err'\n"
            .write(toFile: script, atomically: true, encoding: .utf8)
        try tmux(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", "sh", "-c", "sh '\(script)'; exit $?"])
        XCTAssertTrue(poll(timeout: 5) { (try? self.tmux(["has-session", "-t", "=" + name])) != nil && FileManager.default.fileExists(atPath: "\(d)/\(name).pid") },
                      "session \(name) did not start", file: file, line: line)
    }

    /// True while `pid` is stopped (state `T` in /proc/PID/stat).
    static func isStopped(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8), let close = stat.lastIndex(of: ")") else { return false }
        return stat[close...].dropFirst(2).first == "T"
    }

    func pid(_ name: String) -> Int32 {
        Int32((try? String(contentsOfFile: work.appendingPathComponent("\(name).pid").path, encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? 0
    }

    func screen(_ name: String) throws -> String { try tmux(["capture-pane", "-p", "-t", "=" + name + ":"]) }

    func send(_ name: String, _ k: String...) throws { try tmux(["send-keys", "-t", "=" + name + ":"] + k) }

    /// Waits until session `name` shows `text` (every one of `texts`).
    @discardableResult
    func wait(_ name: String, for texts: String..., timeout: TimeInterval = 20, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen(name)
            if texts.allSatisfy({ last.contains($0) }) { return last }
            usleep(30_000)
        }
        let err = (try? String(contentsOfFile: work.appendingPathComponent("\(name).err").path, encoding: .utf8)) ?? ""
        XCTFail("\(name) never showed \(texts); screen:\n\(last)\nstderr: \(err)", file: file, line: line)
        throw XCTSkip("timed out")
    }
}

final class MeetingTmuxTests: MeetingTestCase {
    func testFollowersAtTheirOwnSizeAndLanguageFollowMonthUnitAndScreen() throws {
        try startPresenter()
        try startFollower("small", width: 80, height: 24, lang: "en")
        try startFollower("mid", width: 120, height: 40, lang: "vi")
        try startFollower("big", width: 200, height: 60, lang: "en")
        try wait("p", for: "3 người theo")
        try wait("small", for: "Nghe An │ May 2025")
        try wait("big", for: "Nghe An │ May 2025")
        try wait("mid", for: "Nghệ An │ tháng 5/2025")
        try send("p", "Right")
        try wait("small", for: "Nghe An │ Jun 2025")
        try wait("mid", for: "Nghệ An │ tháng 6/2025")
        try wait("big", for: "Nghe An │ Jun 2025")
        try send("p", "j")
        try wait("small", for: "Ha Tinh │ Jun 2025")
        try wait("mid", for: "Hà Tĩnh │ tháng 6/2025")
        try wait("big", for: "Ha Tinh │ Jun 2025")
        // Compare: each follower's own list, scrolled so the presenter's selected row shows.
        try send("p", "2", "G")
        try wait("p", for: "▸ Cà Mau")
        try wait("small", for: "Jun 2025 │ Compare", "▸ Ca Mau")
        try wait("mid", for: "[2 So sánh]", "▸ Cà Mau")
        try wait("big", for: "[2 Compare]", "▸ Ca Mau")
        // The projector layout is each dashboard's own choice.
        try send("small", "P")
        try wait("small", for: "State budget revenue", "█")
        try send("p", "1")
        try wait("mid", for: "[1 Tổng quan]")
        try wait("small", for: "FOLLOWING: hdnd")
    }

    func testAFollowerLooksAroundAndSnapsBack() throws {
        try startPresenter()
        try startFollower("f", width: 80, height: 24, lang: "en")
        try wait("f", for: "Nghe An │ May 2025")
        try send("f", "Left")
        try wait("f", for: "LOOKING AROUND", "Nghe An │ Apr 2025")
        try send("p", "Right", "Right")
        try wait("p", for: "tháng 7/2025")
        // The follower stays where it looked, and the presenter was not moved by it.
        usleep(300_000)
        let looking = try screen("f")
        XCTAssertTrue(looking.contains("Nghe An │ Apr 2025"), looking)
        XCTAssertTrue(try screen("p").contains("tháng 7/2025"))
        try send("f", "f")
        try wait("f", for: "Nghe An │ Jul 2025")
        XCTAssertFalse(try screen("f").contains("LOOKING AROUND"))
        try send("p", "Right")
        try wait("f", for: "Nghe An │ Aug 2025")
    }

    func testAStoppedOrKilledFollowerCostsThePresenterNothing() throws {
        try startPresenter()
        try startFollower("stopped", width: 80, height: 24, lang: "en")
        try startFollower("live", width: 100, height: 30, lang: "vi")
        try wait("p", for: "2 người theo")
        let stopped = pid("stopped")
        XCTAssertGreaterThan(stopped, 0)
        kill(stopped, SIGSTOP)
        XCTAssertTrue(poll(timeout: 5) { Self.isStopped(stopped) }, "the follower did not stay stopped")
        // More states than a stopped follower's socket holds (its buffer is 8 KB).
        try tmux(["send-keys", "-t", "=p:"] + Array(repeating: ["Right", "Left", "j", "k"], count: 15).flatMap { $0 })
        try send("p", "Right", "2")
        // The presenter took every key while the stopped follower held its socket full: with a
        // blocking write it would hang at about the tenth state and never show Compare.
        try wait("p", for: "Nghệ An │ tháng 6/2025", "[2 So sánh]")
        try wait("live", for: "Nghệ An │ tháng 6/2025 │ So sánh")
        // Woken, it shows the latest state.
        kill(stopped, SIGCONT)
        try wait("stopped", for: "Nghe An │ Jun 2025 │ Compare")
        kill(stopped, SIGSTOP)
        XCTAssertTrue(poll(timeout: 5) { Self.isStopped(stopped) }, "the follower did not stay stopped")
        try send("p", "Right")
        try wait("live", for: "tháng 7/2025")
        kill(stopped, SIGKILL)
        try wait("p", for: "1 người theo")
        try send("p", "Right")
        try wait("p", for: "tháng 8/2025")
        try wait("live", for: "tháng 8/2025")
        let live = pid("live")
        kill(live, SIGKILL)
        try wait("p", for: "0 người theo")
        try send("p", "1")
        try wait("p", for: "[1 Tổng quan]")
    }

    func testASecondPresenterTakesOver() throws {
        try startPresenter()
        try startFollower("f", width: 80, height: 24, lang: "en")
        // Without --take-over a second presenter is refused, and says how.
        try openSession("refused", "--present hdnd --meeting-dir '\(meetingDir)' --lang en", width: 120, height: 10)
        XCTAssertTrue(poll(timeout: 10) { ChisoProcessEnded.check(self.pid("refused")) })
        let err = (try? String(contentsOfFile: work.appendingPathComponent("refused.err").path, encoding: .utf8)) ?? ""
        XCTAssertTrue(err.contains("already has a presenter") && err.contains("--take-over"), err)
        try openSession("q", "--present hdnd --take-over --meeting-dir '\(meetingDir)' --province ha-noi --month 2025-03", width: 100, height: 30)
        try wait("q", for: "ĐANG TRÌNH BÀY: hdnd")
        // The old presenter follows the new one, as does the follower.
        try wait("p", for: "ĐANG THEO: hdnd", "Hà Nội │ tháng 3/2025")
        try wait("f", for: "Ha Noi │ Mar 2025")
        try wait("q", for: "2 người theo")
        try send("q", "Right")
        try wait("p", for: "Hà Nội │ tháng 4/2025")
        try wait("f", for: "Ha Noi │ Apr 2025")
        // Keys on the old presenter no longer drive anyone.
        try send("p", "Right")
        try wait("p", for: "TỰ XEM")
        usleep(300_000)
        XCTAssertTrue(try screen("f").contains("Ha Noi │ Apr 2025"))
    }

    func testAFollowerWithOtherDataSaysSo() throws {
        try startPresenter()
        // The same data with one figure changed.
        let other = work.appendingPathComponent("other")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: false)
        let source = ChisoProcess.repoRoot.appendingPathComponent("Data/observations.csv")
        var text = try String(contentsOf: source, encoding: .utf8)
        let range = try XCTUnwrap(text.range(of: ",budget_revenue,11360,"))
        text.replaceSubrange(range, with: ",budget_revenue,11361,")
        try text.write(to: other.appendingPathComponent("observations.csv"), atomically: true, encoding: .utf8)
        try startFollower("f", width: 100, height: 30, lang: "en", extra: "--data '\(other.path)'")
        try wait("f", for: "DATA DIFFERS")
        try startFollower("same", width: 100, height: 30, lang: "en")
        try wait("same", for: "Nghe An │ May 2025")
        XCTAssertFalse(try screen("same").contains("DATA DIFFERS"))
    }
}

/// Whether a process has ended (gone or a zombie).
enum ChisoProcessEnded {
    static func check(_ pid: Int32) -> Bool { pid > 0 && TmuxTestCase.hasEnded(pid) }
}
