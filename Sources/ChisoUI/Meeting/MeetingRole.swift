import ChisoCore

/// The dashboard's part in a meeting (`--present NAME`, `chiso follow NAME`), kept in `AppState`
/// so that the banner is drawn from the state like everything else.
public enum MeetingRole: Hashable, Sendable {
    /// Publishing under `name` to `followers` connected followers.
    case presenting(name: String, followers: Int)
    case following(FollowState)
}

/// A follower's view of its presenter.
public struct FollowState: Hashable, Sendable {
    /// The meeting followed.
    public var name: String
    /// The presenter's latest state (nil before the first message arrives).
    public var latest: MeetingState?
    /// The follower moved on its own: the presenter's states are kept, not shown, until `f`.
    public var lookingAround = false
    /// Connected to a presenter now.
    public var connected = false
    /// The hash of this follower's own data (`DataHash`, hex).
    public var ownData = ""
    /// The presenter's data hash differs from this follower's.
    public var dataDiffers: Bool { latest.map { !ownData.isEmpty && $0.data != ownData } ?? false }
    /// What the presenter shows that this follower's data lacks (a unit, an indicator), if anything.
    public var missing: String?

    public init(name: String) { self.name = name }
}
