import CChisoSys
import Glibc

/// One follower's connection, seen from the presenter: at most one message being written and
/// one waiting (the latest; a newer one replaces it), written without ever blocking. A follower
/// that reads slowly, is stopped or is gone holds at most these two messages, and costs the
/// presenter one failed `send` per state.
struct OutgoingLink {
    let fd: Int32
    /// The message being written, and how much of it is written.
    private(set) var sending: [UInt8] = []
    private(set) var sent = 0
    /// The latest message, written once `sending` is done.
    private(set) var waiting: [UInt8]?
    /// What the follower sent (only `takeover` means anything), up to a newline.
    var input: [UInt8] = []

    init(fd: Int32) { self.fd = fd }

    /// True while something is left to write (the presenter then waits for POLLOUT).
    var hasPending: Bool { sent < sending.count || waiting != nil }

    /// Queues `line`: it replaces the waiting message; a message half written is finished first,
    /// so the stream stays whole lines.
    mutating func offer(_ line: [UInt8]) {
        if sent == 0 || sent >= sending.count {
            sending = line
            sent = 0
            waiting = nil
        } else {
            waiting = line
        }
    }

    /// Writes what the socket takes now. False when the connection is broken.
    mutating func flush() -> Bool {
        while true {
            if sent >= sending.count {
                guard let next = waiting else {
                    sending = []
                    sent = 0
                    return true
                }
                sending = next
                sent = 0
                waiting = nil
            }
            let n = sending.withUnsafeBytes { buf in chiso_send(fd, buf.baseAddress.map { $0 + sent }, UInt(sending.count - sent)) }
            if n > 0 {
                sent += n
            } else if n == -Int(EAGAIN) || n == -Int(EWOULDBLOCK) || n == -Int(EINTR) {
                return true
            } else {
                return false
            }
        }
    }
}
