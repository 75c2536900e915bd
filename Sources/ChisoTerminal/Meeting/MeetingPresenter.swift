import CChisoSys
import ChisoCore
import Foundation

/// The presenter's end of a meeting: a listening Unix socket `NAME.sock` in the meeting folder,
/// and one `OutgoingLink` per follower. Every state goes to every follower without blocking
/// (latest wins); followers' input is read only for a `takeover` line, and a follower that hangs
/// up is dropped.
final class MeetingPresenter {
    let name: String
    let path: String
    private var listener: Int32 = -1
    /// The inode of the socket file this presenter made: it removes the file at the end only
    /// when the file is still its own (after a take-over it belongs to the new presenter).
    private var inode: ino_t = 0
    private(set) var links: [OutgoingLink] = []
    private var latest: [UInt8] = []
    /// Bytes each follower socket may hold unread: a small buffer keeps a stopped follower's
    /// backlog short (Linux doubles it; each state, about 300 bytes, is charged with its buffer overhead).
    static let sendBuffer: Int32 = 4 * 1024
    /// The most followers at once (the wait takes at most 512 descriptors).
    static let mostFollowers = 400

    /// Starts presenting `name`. A live presenter of that name is refused unless `takeOver`,
    /// which asks it to become a follower and replaces its socket; a socket left by a presenter
    /// that is gone (nothing answers) is replaced.
    init(folder: MeetingFolder, name: String, takeOver: Bool) throws {
        self.name = name
        path = folder.socketPath(name)
        let probe = chiso_unix_connect(path)
        if probe >= 0 {
            defer { close(probe) }
            guard takeOver else {
                throw MeetingError(Phrase(.meetingHasPresenter, "\(name)", "\(path)"))
            }
            let line = Array("takeover\n".utf8)
            _ = line.withUnsafeBytes { chiso_send(probe, $0.baseAddress, UInt($0.count)) }
            unlink(path)
        } else if probe == -ECONNREFUSED {
            unlink(path)
        } else if probe != -ENOENT {
            throw MeetingError(Phrase(.meetingCannotUse, "\(path)", "\(String(cString: strerror(-probe)))"))
        }
        let fd = chiso_unix_listen(path, 0o660)
        guard fd >= 0 else { throw MeetingError(Phrase(.meetingCannotPresent, "\(path)", "\(String(cString: strerror(-fd)))")) }
        listener = fd
        var st = stat()
        if stat(path, &st) == 0 { inode = st.st_ino }
    }

    deinit { stop(removeSocket: true) }

    var followers: Int { links.count }

    /// What to wait for: new followers, followers' input or hang-ups, and room to write.
    func descriptors() -> [pollfd] {
        guard listener >= 0 else { return [] }
        return [pollfd(fd: listener, events: Int16(POLLIN), revents: 0)]
            + links.map { pollfd(fd: $0.fd, events: Int16(POLLIN) | ($0.hasPending ? Int16(POLLOUT) : 0), revents: 0) }
    }

    /// What happened, from the ready descriptors.
    enum Outcome { case nothing, followersChanged, takenOver }

    func handle(_ fds: [pollfd]) -> Outcome {
        var outcome = Outcome.nothing
        var gone: Set<Int32> = []
        for p in fds where p.revents != 0 {
            if p.fd == listener {
                while links.count < MeetingPresenter.mostFollowers {
                    let c = chiso_unix_accept(listener)
                    guard c >= 0 else { break }
                    _ = chiso_set_send_buffer(c, MeetingPresenter.sendBuffer)
                    var link = OutgoingLink(fd: c)
                    // A new presenter's `takeover` may come on a connection it has already closed:
                    // what it sent is read before anything is written.
                    switch read(&link) {
                    case .takeover:
                        close(c)
                        return .takenOver
                    case .closed:
                        close(c)
                        continue
                    case .open: break
                    }
                    if !latest.isEmpty { link.offer(latest) }
                    if link.flush() { links.append(link) } else { close(c) }
                    outcome = .followersChanged
                }
                continue
            }
            guard let i = links.firstIndex(where: { $0.fd == p.fd }) else { continue }
            if p.revents & Int16(POLLIN) != 0 {
                switch read(&links[i]) {
                case .takeover: return .takenOver
                case .closed: gone.insert(p.fd)
                case .open: break
                }
            }
            if p.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 && p.revents & Int16(POLLIN) == 0 { gone.insert(p.fd) }
            if !gone.contains(p.fd), p.revents & Int16(POLLOUT) != 0, !links[i].flush() { gone.insert(p.fd) }
        }
        if !gone.isEmpty {
            for fd in gone { close(fd) }
            links.removeAll { gone.contains($0.fd) }
            outcome = .followersChanged
        }
        return outcome
    }

    private enum ReadResult { case open, closed, takeover }

    /// Reads what a follower sent; a follower sends nothing but a possible `takeover`.
    private func read(_ link: inout OutgoingLink) -> ReadResult {
        var buf = [UInt8](repeating: 0, count: 512)
        while true {
            let n = buf.withUnsafeMutableBytes { chiso_recv(link.fd, $0.baseAddress, UInt($0.count)) }
            if n == 0 { return .closed }
            if n < 0 { return n == -Int(EAGAIN) || n == -Int(EINTR) ? .open : .closed }
            link.input += buf[0..<n]
            while let nl = link.input.firstIndex(of: 0x0A) {
                let line = link.input[..<nl]
                link.input.removeSubrange(...nl)
                if line.elementsEqual("takeover".utf8) { return .takeover }
            }
            if link.input.count > 4096 { return .closed }
        }
    }

    /// Sends `line` to every follower; a follower whose connection broke is dropped. Returns
    /// true when the number of followers changed.
    @discardableResult
    func publish(_ line: [UInt8]) -> Bool {
        latest = line
        let before = links.count
        var kept: [OutgoingLink] = []
        kept.reserveCapacity(links.count)
        for var link in links {
            link.offer(line)
            if link.flush() { kept.append(link) } else { close(link.fd) }
        }
        links = kept
        return links.count != before
    }

    /// Closes the listener and every follower's connection; removes the socket file when asked
    /// and when it is still this presenter's.
    func stop(removeSocket: Bool) {
        for link in links { close(link.fd) }
        links = []
        guard listener >= 0 else { return }
        close(listener)
        listener = -1
        var st = stat()
        if removeSocket, stat(path, &st) == 0, st.st_ino == inode { unlink(path) }
    }
}
