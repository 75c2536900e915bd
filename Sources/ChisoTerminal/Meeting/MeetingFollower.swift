import CChisoSys
import Foundation
import ChisoUI

/// A follower's end of a meeting: connects to `NAME.sock` (again and again while there is no
/// presenter, every `retry` milliseconds), reads the presenter's lines and hands on only the
/// latest whole one. It never writes to the presenter.
final class MeetingFollower {
    let name: String
    let path: String
    private(set) var fd: Int32 = -1
    private var buffer: [UInt8] = []
    private var nextTry = Date.distantPast
    /// Milliseconds between attempts to connect.
    static let retry = 200
    /// A line longer than this is not a meeting state: the connection is dropped.
    static let longestLine = 64 * 1024

    init(folder: MeetingFolder, name: String) {
        self.name = name
        path = folder.socketPath(name)
    }

    deinit { if fd >= 0 { close(fd) } }

    var isConnected: Bool { fd >= 0 }

    func descriptors() -> [pollfd] { fd >= 0 ? [pollfd(fd: fd, events: Int16(POLLIN), revents: 0)] : [] }

    /// How long the loop may sleep before the next attempt to connect (-1: no limit).
    func timeout() -> Int32 {
        guard fd < 0 else { return -1 }
        return Int32(max(0, min(Double(MeetingFollower.retry), nextTry.timeIntervalSinceNow * 1000)))
    }

    /// Connects when it is time to try again; `.connected(true)` when it did.
    func connectIfDue() -> [MeetingEvent] {
        guard fd < 0, Date() >= nextTry else { return [] }
        nextTry = Date().addingTimeInterval(Double(MeetingFollower.retry) / 1000)
        let c = chiso_unix_connect(path)
        guard c >= 0 else { return [] }
        fd = c
        buffer = []
        return [.connected(true)]
    }

    /// Reads what arrived: the latest whole state, or `.connected(false)` when the presenter went.
    func handle(_ fds: [pollfd]) -> [MeetingEvent] {
        guard fd >= 0, let p = fds.first(where: { $0.fd == fd }), p.revents != 0 else { return [] }
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        var closed = false
        while true {
            let n = chunk.withUnsafeMutableBytes { chiso_recv(fd, $0.baseAddress, UInt($0.count)) }
            if n > 0 {
                buffer += chunk[0..<n]
                // Only the last whole line matters: drop everything before it.
                if buffer.count > MeetingFollower.longestLine, let nl = buffer.dropLast().lastIndex(of: 0x0A) {
                    buffer.removeSubrange(...nl)
                }
                if buffer.count > MeetingFollower.longestLine { closed = true; break }
                continue
            }
            if n == 0 || (n != -Int(EAGAIN) && n != -Int(EINTR)) { closed = true }
            break
        }
        var events: [MeetingEvent] = []
        if let last = buffer.lastIndex(of: 0x0A) {
            let start = buffer[..<last].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            if let state = MeetingState.parse(buffer[start..<last]) { events.append(.state(state)) }
            buffer.removeSubrange(...last)
        }
        if closed {
            close(fd)
            fd = -1
            nextTry = Date().addingTimeInterval(Double(MeetingFollower.retry) / 1000 / 4)
            events.append(.connected(false))
        }
        return events
    }
}
