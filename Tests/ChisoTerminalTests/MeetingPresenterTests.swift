import CChisoSys
import ChisoCore
import ChisoTerminal
import ChisoTestSupport
import ChisoUI
import Foundation
import XCTest

/// Issue 13: the presenter is never slowed by a follower. Two followers connect and do not read
/// while the presenter publishes 10,000 states, as its run loop does (publish, then look at its
/// sockets without waiting). Every publish must return at once: with a blocking `send` the first
/// dozen states fill the socket's buffer and the presenter would wait for ever, so the publishing
/// runs on a thread of its own, bounded by a timeout; on failure the followers' sockets are
/// closed, which ends a `send` stuck on them. Afterwards the followers are still counted, hold
/// only a short backlog (latest state wins, nothing queued without bound), and a follower that
/// starts reading gets the presenter's last state.
final class MeetingPresenterTests: XCTestCase {
    /// States published while nobody reads (about 3 MB of JSON lines).
    static let states = 10_000

    /// A connection of the test's own: a follower's socket (non-blocking) that is closed once.
    final class Follower: @unchecked Sendable {
        let fd: Int32
        private var open = true
        private let lock = NSLock()
        init(fd: Int32) { self.fd = fd }
        func close() {
            lock.lock()
            defer { lock.unlock() }
            if open { _ = Glibc.close(fd) }
            open = false
        }

        /// Everything readable now (nil when the presenter hung up).
        func readAvailable() -> [UInt8]? {
            var out: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 16 * 1024)
            while true {
                let n = chunk.withUnsafeMutableBytes { chiso_recv(fd, $0.baseAddress, UInt($0.count)) }
                if n > 0 { out += chunk[0..<n]; continue }
                return n == 0 ? nil : out
            }
        }
    }

    /// The presenter and what it reported, shared with the publishing thread.
    final class Presenter: @unchecked Sendable {
        let meeting: Meeting
        var events: [MeetingEvent] = []
        var published = 0
        init(_ meeting: Meeting) { self.meeting = meeting }

        /// What the run loop does between frames: look at the sockets without waiting, and handle them.
        func service() {
            var fds = meeting.descriptors()
            guard !fds.isEmpty else { return }
            _ = Glibc.poll(&fds, nfds_t(fds.count), 0)
            events += meeting.service(fds)
        }

        func publish(_ session: DashboardSession) {
            events += meeting.publish(session.state, session.data)
            published += 1
            service()
        }
    }

    /// Services `presenter` until `condition` holds, for at most `timeout` seconds.
    func serve(_ presenter: Presenter, timeout: TimeInterval = 10, until condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            presenter.service()
            if condition() { return true }
            usleep(2_000)
        }
        return condition()
    }

    /// What the test and its teardown share: the followers, and the publishing thread's end.
    final class Run: @unchecked Sendable {
        var followers: [Follower] = []
        let finished = DispatchSemaphore(value: 0)
        var running = false
        /// The states published in turn.
        var states: [DashboardSession] = []
    }

    func testFollowersThatNeverReadCostThePresenterNothing() throws {
        let dir = try XCTUnwrap(mkdtemp(strdup(FileManager.default.temporaryDirectory.appendingPathComponent("chiso-meeting-XXXXXX").path)).map { String(cString: $0) })
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        XCTAssertEqual(chmod(dir, 0o700), 0)
        let folder = MeetingFolder(path: dir)
        let presenter = Presenter(try Meeting.present("hdnd", folder: folder, takeOver: false, dataHash: "0123456789abcdef"))
        let run = Run()
        // Runs first: closing the followers' sockets ends a `send` stuck on them; the thread is
        // waited for before the presenter stops (the presenter is not shared after that).
        addTeardownBlock {
            run.followers.forEach { $0.close() }
            if run.running { _ = run.finished.wait(timeout: .now() + 30) }
            presenter.meeting.stop()
        }

        // Two states that differ (May and June), sent in turn, and a last one on Compare.
        let may = try Fixtures.session(width: 120, height: 40)
        var june = may
        june.send(.right)
        var last = may
        last.send(.char("2"))
        XCTAssertNotEqual(june.state.month, may.state.month)
        run.states = [june, may]

        for _ in 0..<2 {
            let fd = chiso_unix_connect(folder.socketPath("hdnd"))
            XCTAssertGreaterThanOrEqual(fd, 0, "connect: \(String(cString: strerror(-fd)))")
            run.followers.append(Follower(fd: fd))
        }
        XCTAssertTrue(serve(presenter) { presenter.events.contains(.followers(2)) }, "the presenter did not take the followers: \(presenter.events)")
        presenter.events = []

        let count = Self.states
        let thread = Thread {
            for i in 0..<count { presenter.publish(run.states[i % 2]) }
            run.finished.signal()
        }
        run.running = true
        let start = Date()
        thread.start()
        guard run.finished.wait(timeout: .now() + 60) == .success else {
            XCTFail("the presenter blocked on followers that do not read: \(presenter.published) of \(count) states published in 60 s")
            return
        }
        run.running = false
        let seconds = Date().timeIntervalSince(start)
        print("MeetingPresenterTests: \(count) states published in \(String(format: "%.2f", seconds)) s, 2 followers not reading")
        // Nobody was dropped: a follower that does not read is still a follower.
        XCTAssertEqual(presenter.events, [], "the followers' count changed while they did not read")

        // The presenter's last state, then the followers read: each gets a short backlog (what
        // its socket held) and then the last state, in whole lines.
        presenter.publish(last)
        for (n, follower) in run.followers.enumerated() {
            var bytes: [UInt8] = []
            var lastLine: MeetingState?
            let got = serve(presenter) {
                guard let more = follower.readAvailable() else { return true }
                bytes += more
                lastLine = bytes.last == 0x0A ? bytes.split(separator: 0x0A).last.flatMap { MeetingState.parse($0) } : nil
                return lastLine?.screen == "compare"
            }
            XCTAssertTrue(got, "follower \(n) never got the last state; read \(bytes.count) bytes")
            XCTAssertEqual(lastLine?.month, "2025-05")
            let lines = bytes.split(separator: 0x0A)
            XCTAssertTrue(lines.allSatisfy { MeetingState.parse($0) != nil }, "a line that is not a whole state")
            // 10,000 states are about 3 MB; the backlog is what one small socket buffer holds.
            XCTAssertLessThan(bytes.count, 64 * 1024, "follower \(n) was sent \(lines.count) states: the presenter queued them")
        }
        XCTAssertEqual(presenter.events, [], "a follower was dropped")
    }
}
