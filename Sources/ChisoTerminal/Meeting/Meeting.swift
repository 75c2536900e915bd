import ChisoCore
import ChisoUI
import Foundation

/// The dashboard's meeting, for the run loop: what to wait for, what arrived (as
/// `MeetingEvent`s for the reducer), and the presenter's state going out after each frame.
/// A presenter that is taken over (`--take-over` elsewhere) becomes a follower of the same name.
public final class Meeting {
    enum Part {
        case presenter(MeetingPresenter)
        case follower(MeetingFollower)
    }

    let folder: MeetingFolder
    let name: String
    private var part: Part
    /// The hash of this dashboard's data (`DataHash`), sent with a presenter's state.
    public var dataHash: String
    /// The last state sent, not sent again while the place stays the same.
    private var lastSent: MeetingState?

    /// Presents `name` in `folder` (see `MeetingPresenter.init` for `takeOver`).
    public static func present(_ name: String, folder: MeetingFolder, takeOver: Bool, dataHash: String) throws -> Meeting {
        try MeetingFolder.check(name: name)
        try folder.prepare()
        return Meeting(folder: folder, name: name, part: .presenter(try MeetingPresenter(folder: folder, name: name, takeOver: takeOver)), dataHash: dataHash)
    }

    /// Follows `name` in `folder`; waits for its presenter when there is none yet.
    public static func follow(_ name: String, folder: MeetingFolder, dataHash: String) throws -> Meeting {
        try MeetingFolder.check(name: name)
        try folder.prepare()
        return Meeting(folder: folder, name: name, part: .follower(MeetingFollower(folder: folder, name: name)), dataHash: dataHash)
    }

    private init(folder: MeetingFolder, name: String, part: Part, dataHash: String) {
        self.folder = folder
        self.name = name
        self.part = part
        self.dataHash = dataHash
    }

    /// The events that set up the dashboard's role (the banner) at the start.
    public func startEvents() -> [MeetingEvent] {
        switch part {
        case .presenter(let p): return [.role(.presenting(name: name, followers: p.followers))]
        case .follower(let f): return [.role(.following(FollowState(name: name))), .ownData(dataHash)] + f.connectIfDue()
        }
    }

    /// The descriptors to wait on with the terminal.
    public func descriptors() -> [pollfd] {
        switch part {
        case .presenter(let p): return p.descriptors()
        case .follower(let f): return f.descriptors()
        }
    }

    /// The longest wait before `service` must run again (-1: none).
    public func timeout() -> Int32 {
        if case .follower(let f) = part { return f.timeout() }
        return -1
    }

    /// Handles the ready descriptors (and a follower's next attempt to connect); returns what
    /// the dashboard must know.
    public func service(_ fds: [pollfd]) -> [MeetingEvent] {
        switch part {
        case .presenter(let p):
            switch p.handle(fds) {
            case .nothing: return []
            case .followersChanged: return [.followers(p.followers)]
            case .takenOver:
                // The new presenter has replaced the socket file: leave it, and follow it.
                p.stop(removeSocket: false)
                let f = MeetingFollower(folder: folder, name: name)
                part = .follower(f)
                lastSent = nil
                return [.role(.following(FollowState(name: name))), .ownData(dataHash)] + f.connectIfDue()
            }
        case .follower(let f):
            return f.handle(fds) + f.connectIfDue()
        }
    }

    /// A presenter sends `state`'s shared part when it changed; returns the followers' count
    /// when it changed (a follower found gone while writing).
    public func publish(_ state: AppState, _ data: DashboardData) -> [MeetingEvent] {
        guard case .presenter(let p) = part else { return [] }
        let shared = MeetingState(state, data, meeting: name, dataHash: dataHash)
        guard shared != lastSent else { return [] }
        lastSent = shared
        return p.publish(shared.line()) ? [.followers(p.followers)] : []
    }

    /// Ends the meeting's part: a presenter closes its followers' connections and removes its socket.
    public func stop() {
        if case .presenter(let p) = part { p.stop(removeSocket: true) }
    }
}
