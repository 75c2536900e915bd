import Foundation
import XCTest

/// The dashboard over a real OpenSSH connection on loopback: the test runs its own `sshd` with
/// throw-away keys, connects with `ssh -tt` inside tmux, navigates and reads the screen, then
/// kills the client and checks that chiso on the server side exited and its pty was released.
final class SSHTests: TmuxTestCase {
    var sshd: Int32 = 0
    var port = 0
    var dir: URL { work.appendingPathComponent("ssh") }

    override func tearDown() {
        if sshd > 0 { kill(sshd, SIGTERM) }
        super.tearDown()
    }

    /// Runs a shell command quietly; true when it exits 0.
    @discardableResult
    func sh(_ command: String) -> Bool { shell(command + " >/dev/null 2>&1 </dev/null") == 0 }

    func startServer() throws {
        for tool in ["sshd", "ssh", "ssh-keygen"] { try ChisoProcess.requireTool(tool) }
        try XCTSkipUnless(getuid() == 0, "the loopback sshd test runs as root (CI does)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let d = dir.path
        XCTAssertTrue(sh("ssh-keygen -q -t ed25519 -N '' -f '\(d)/host_key' && ssh-keygen -q -t ed25519 -N '' -f '\(d)/user_key' && cp '\(d)/user_key.pub' '\(d)/authorized_keys'"))
        // sshd's privilege separation directory.
        try? FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)
        for _ in 0..<5 {
            port = Int.random(in: 20_000...60_000)
            let config = """
            Port \(port)
            ListenAddress 127.0.0.1
            HostKey \(d)/host_key
            AuthorizedKeysFile \(d)/authorized_keys
            PidFile \(d)/sshd.pid
            UsePAM no
            StrictModes no
            PermitRootLogin prohibit-password
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            ExposeAuthInfo yes
            LogLevel INFO

            """
            try config.write(toFile: "\(d)/sshd_config", atomically: true, encoding: .utf8)
            try? FileManager.default.removeItem(atPath: "\(d)/sshd.log")
            shell("/usr/sbin/sshd -D -e -f '\(d)/sshd_config' > '\(d)/sshd.log' 2>&1 < /dev/null & echo $! > '\(d)/sshd.bgpid'")
            sshd = Int32((try? String(contentsOfFile: "\(d)/sshd.bgpid", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? 0
            var log = ""
            let up = poll(timeout: 5) {
                log = (try? String(contentsOfFile: "\(d)/sshd.log", encoding: .utf8)) ?? ""
                return log.contains("Server listening") || log.contains("already in use") || Self.hasEnded(sshd)
            }
            if up && log.contains("Server listening") { return }
            if sshd > 0 { kill(sshd, SIGTERM) }
            sshd = 0
            if !log.contains("already in use") { XCTFail("sshd did not start:\n\(log)"); throw XCTSkip("no sshd") }
        }
        throw XCTSkip("no free port for sshd")
    }

    /// The processes that have `path` open, from /proc/*/fd.
    static func holders(of path: String) -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { Int32($0) }.filter { pid in
            let fds = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/fd")) ?? []
            return fds.contains { (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/fd/\($0)")) == path }
        }
    }

    func testDashboardOverSSHEndsWithItsClient() throws {
        try startServer()
        let d = dir.path
        let remote = "echo $$ > '\(d)/remote.pid'; exec env LANG=C.UTF-8 LC_ALL=C.UTF-8 '\(ChisoProcess.binary)' --province nghe-an --month 2025-05"
        try tmux(["new-session", "-d", "-s", "t", "-x", "100", "-y", "30", "env", "TERM=xterm-256color",
                  "ssh", "-tt", "-p", "\(port)", "-i", "\(d)/user_key", "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
                  "-o", "BatchMode=yes", "-o", "LogLevel=ERROR", "root@127.0.0.1", remote])
        try waitForText("11.360")
        try keys("Right")
        try waitForText("tháng 6/2025")
        try keys("L")
        try waitForText("Jun 2025")
        try keys("2")
        try waitForText("Vietnam:")
        let pid = Int32((try? String(contentsOfFile: "\(d)/remote.pid", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? 0
        XCTAssertGreaterThan(pid, 0)
        let tty = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/fd/0")) ?? ""
        XCTAssertTrue(tty.hasPrefix("/dev/pts/"), "chiso's stdin is \(tty)")
        // The client vanishes (SIGKILL: no goodbye to the server).
        let client = try panePID()
        XCTAssertGreaterThan(client, 0)
        kill(client, SIGKILL)
        XCTAssertTrue(poll(timeout: 10) { Self.hasEnded(pid) }, "chiso \(pid) survived its SSH client")
        XCTAssertTrue(poll(timeout: 10) { !FileManager.default.fileExists(atPath: tty) || Self.holders(of: tty).isEmpty },
                      "\(tty) still held by \(Self.holders(of: tty))")
    }

    /// Issue 12: an entry saved over SSH names the login and the client key's fingerprint, read
    /// from the file sshd names in $SSH_USER_AUTH (ExposeAuthInfo).
    func testEntrySavedOverSSHNamesTheKeysFingerprint() throws {
        try startServer()
        let d = dir.path
        let entries = "\(d)/entries"
        let add = [ChisoProcess.binary, "entry", "add", "--entries", entries, "--province", "nghe-an", "--month", "2025-05", "--basis", "ytd",
                   "--indicator", "budget_revenue", "--value", "11360", "--source", "https://baonghean.vn/a", "--quote", "q"]
            .map(ChisoProcess.quoted).joined(separator: " ")
        XCTAssertTrue(sh("ssh -p \(port) -i '\(d)/user_key' -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o BatchMode=yes "
                         + "-o LogLevel=ERROR root@127.0.0.1 \(ChisoProcess.quoted(add))"), "the save over SSH failed")
        XCTAssertEqual(shell("ssh-keygen -l -E sha256 -f '\(d)/user_key.pub' > '\(d)/fingerprint' 2>/dev/null"), 0)
        let fingerprint = try String(contentsOfFile: "\(d)/fingerprint", encoding: .utf8).split(separator: " ")[1]
        XCTAssertTrue(fingerprint.hasPrefix("SHA256:"), String(fingerprint))
        let journal = try String(contentsOfFile: entries + "/figures.csv", encoding: .utf8)
        XCTAssertTrue(journal.contains(",root (\(fingerprint)),"), "entered_by without the key:\n\(journal)")
        // Without SSH: the login name alone.
        XCTAssertEqual(shell("env -u SSH_USER_AUTH \(add) 2>/dev/null"), 0)
        let lines = try String(contentsOfFile: entries + "/figures.csv", encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(lines.count, 3)
        XCTAssertTrue(lines[2].contains(",root,"), String(lines[2]))
    }

    /// Starts `chiso ARGS` over `ssh -tt` to the test's sshd in a new tmux session `name`; the
    /// remote shell writes chiso's pid to `ssh/NAME.remote`. The remote chiso carries the test's
    /// mark (sshd does not pass its own environment on), so `tearDown` ends it whatever failed.
    func openSSHSession(_ name: String, _ args: String, width: Int, height: Int) throws {
        let d = dir.path
        let remote = "echo $$ > '\(d)/\(name).remote'; exec env '\(mark)' CHISO_NO_GUARD=1 LANG=C.UTF-8 LC_ALL=C.UTF-8 '\(ChisoProcess.binary)' \(args)"
        try tmux(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", "env", "TERM=xterm-256color",
                  "ssh", "-tt", "-p", "\(port)", "-i", "\(d)/user_key", "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
                  "-o", "BatchMode=yes", "-o", "LogLevel=ERROR", "root@127.0.0.1", remote])
    }

    /// The pid of the chiso started over SSH in session `name`.
    func remotePID(_ name: String) -> Int32 {
        Int32((try? String(contentsOfFile: dir.appendingPathComponent("\(name).remote").path, encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? 0
    }

    /// Issue 13, as a meeting would be held: the presenter and three followers each log in over
    /// SSH, the followers at 80×24 (English), 120×40 (Vietnamese) and 200×60 (English). They follow
    /// the presenter's month and unit; one looks around and snaps back with `f`; one is stopped
    /// (SIGSTOP) while the presenter goes on, and catches up when woken; one is killed, and the
    /// presenter goes on answering keys and counts its followers right.
    func testAMeetingOverSSHWithThreeFollowers() throws {
        try startServer()
        let meet = work.appendingPathComponent("meet").path
        try FileManager.default.createDirectory(atPath: meet, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        try openSSHSession("p", "--present hdnd --meeting-dir '\(meet)' --province nghe-an --month 2025-05", width: 120, height: 40)
        try wait("p", for: "ĐANG TRÌNH BÀY: hdnd · 0 người theo")
        let follow = "follow hdnd --meeting-dir '\(meet)'"
        try openSSHSession("small", follow + " --lang en", width: 80, height: 24)
        try openSSHSession("mid", follow + " --lang vi", width: 120, height: 40)
        try openSSHSession("big", follow + " --lang en", width: 200, height: 60)
        try wait("p", for: "3 người theo")
        try wait("small", for: "FOLLOWING: hdnd", "Nghe An │ May 2025")
        try wait("mid", for: "ĐANG THEO: hdnd", "Nghệ An │ tháng 5/2025")
        try wait("big", for: "FOLLOWING: hdnd", "Nghe An │ May 2025")
        // The month, then the unit.
        try send("p", "Right")
        try wait("small", for: "Nghe An │ Jun 2025")
        try wait("mid", for: "Nghệ An │ tháng 6/2025")
        try wait("big", for: "Nghe An │ Jun 2025")
        try send("p", "j")
        try wait("small", for: "Ha Tinh │ Jun 2025")
        try wait("mid", for: "Hà Tĩnh │ tháng 6/2025")
        try wait("big", for: "Ha Tinh │ Jun 2025")
        // The small follower looks around; the others follow on; `f` brings it back.
        try send("small", "Left")
        try wait("small", for: "LOOKING AROUND", "Ha Tinh │ May 2025")
        try send("p", "Right")
        try wait("p", for: "Hà Tĩnh │ tháng 7/2025")
        try wait("mid", for: "Hà Tĩnh │ tháng 7/2025")
        try wait("big", for: "Ha Tinh │ Jul 2025")
        XCTAssertTrue(try screen("small").contains("Ha Tinh │ May 2025"), "the follower looking around was moved")
        try send("small", "f")
        try wait("small", for: "Ha Tinh │ Jul 2025")
        XCTAssertFalse(try screen("small").contains("LOOKING AROUND"))
        // The middle follower is stopped: the presenter takes forty more keys and goes to Compare,
        // the others follow; woken, the stopped one shows the presenter's latest place.
        let stopped = remotePID("mid")
        XCTAssertGreaterThan(stopped, 0)
        kill(stopped, SIGSTOP)
        XCTAssertTrue(poll(timeout: 5) { MeetingTestCase.isStopped(stopped) }, "the follower did not stay stopped")
        try tmux(["send-keys", "-t", "=p:"] + Array(repeating: ["Right", "Left"], count: 20).flatMap { $0 } + ["2"])
        try wait("p", for: "Hà Tĩnh │ tháng 7/2025", "[2 So sánh]")
        try wait("small", for: "Ha Tinh │ Jul 2025 │ Compare")
        try wait("big", for: "Jul 2025", "[2 Compare]", "▸ Ha Tinh")
        kill(stopped, SIGCONT)
        try wait("mid", for: "Hà Tĩnh │ tháng 7/2025", "[2 So sánh]", "▸ Hà Tĩnh")
        // The big follower is killed: the presenter counts two and answers keys.
        let killed = remotePID("big")
        XCTAssertGreaterThan(killed, 0)
        kill(killed, SIGKILL)
        try wait("p", for: "2 người theo")
        try send("p", "Right")
        try wait("p", for: "tháng 8/2025")
        try wait("small", for: "Ha Tinh │ Aug 2025")
        try wait("mid", for: "Hà Tĩnh │ tháng 8/2025")
        // Stopped, then killed while stopped: the presenter still answers.
        kill(stopped, SIGSTOP)
        XCTAssertTrue(poll(timeout: 5) { MeetingTestCase.isStopped(stopped) })
        try send("p", "Right", "1")
        try wait("small", for: "Ha Tinh │ Sep 2025 │ Overview")
        kill(stopped, SIGKILL)
        try wait("p", for: "1 người theo", "[1 Tổng quan]")
        try send("small", "q")
        try wait("p", for: "0 người theo")
    }

    /// A meeting over SSH: the presenter runs here, a follower logs in over ssh at 80×24 in English
    /// and follows the presenter's month and unit changes, looks around and snaps back.
    func testAFollowerOverSSHFollowsThePresenter() throws {
        try startServer()
        let meet = work.appendingPathComponent("meet").path
        try FileManager.default.createDirectory(atPath: meet, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        try openSession("p", "--present hdnd --meeting-dir '\(meet)' --province nghe-an --month 2025-05", width: 120, height: 40)
        try wait("p", for: "ĐANG TRÌNH BÀY: hdnd · 0 người theo")
        let d = dir.path
        let remote = "exec env LANG=C.UTF-8 LC_ALL=C.UTF-8 '\(ChisoProcess.binary)' follow hdnd --meeting-dir '\(meet)' --lang en"
        try tmux(["new-session", "-d", "-s", "ssh", "-x", "80", "-y", "24", "env", "TERM=xterm-256color",
                  "ssh", "-tt", "-p", "\(port)", "-i", "\(d)/user_key", "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
                  "-o", "BatchMode=yes", "-o", "LogLevel=ERROR", "root@127.0.0.1", remote])
        try wait("ssh", for: "FOLLOWING: hdnd", "Nghe An │ May 2025")
        try wait("p", for: "1 người theo")
        try send("p", "Right")
        try wait("ssh", for: "Nghe An │ Jun 2025")
        try send("p", "j")
        try wait("ssh", for: "Ha Tinh │ Jun 2025")
        try send("ssh", "Left")
        try wait("ssh", for: "LOOKING AROUND", "Ha Tinh │ May 2025")
        try send("p", "Right")
        try wait("p", for: "Hà Tĩnh │ tháng 7/2025")
        try send("ssh", "f")
        try wait("ssh", for: "Ha Tinh │ Jul 2025")
        try send("ssh", "q")
        try wait("p", for: "0 người theo")
    }
}
