import Foundation
import XCTest

/// What the entries tests share: typing text into a pane, and a second dashboard (tmux session
/// `u` on the test's own server) on the same entries folder as the first (`t`).
extension TmuxTestCase {
    /// Types `text` as it is (tmux `send-keys -l`).
    func type(_ text: String, session: String = "t") throws { try tmux(["send-keys", "-t", session, "-l", text]) }

    /// A second dashboard in a tmux session of its own on the same server.
    func startSecond(_ args: String) throws {
        let command = "unset NO_COLOR; TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 '\(ChisoProcess.binary)' \(args); sleep 600"
        try tmux(["new-session", "-d", "-s", "u", "-x", "120", "-y", "40", "sh", "-c", command])
    }

    func second() throws -> String { try tmux(["capture-pane", "-p", "-t", "u"]) }

    func waitForSecond(_ what: String, timeout: TimeInterval = 30, _ predicate: (String) -> Bool) throws -> String {
        var last = ""
        guard poll(timeout: timeout, { last = (try? second()) ?? ""; return predicate(last) }) else {
            XCTFail("second dashboard: timed out waiting for \(what); screen:\n\(last)")
            throw XCTSkip("timed out")
        }
        return last
    }
}
