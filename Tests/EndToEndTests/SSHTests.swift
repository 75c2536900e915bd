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
