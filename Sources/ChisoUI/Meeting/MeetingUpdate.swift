import ChisoCore

/// The meeting's part of the reducer: news from the socket, `f` (snap back), and looking around.
/// A follower shows each state the presenter sends until the user moves on their own (any key
/// that changes what a presenter would share); from then on the states are kept, not shown,
/// until `f`. A follower's keys never reach the presenter: nothing here sends anything.
enum MeetingUpdate {
    /// The effects when the action is the meeting's, nil otherwise.
    static func update(_ state: inout AppState, _ action: Action, _ data: DashboardData) -> [Effect]? {
        switch action {
        case .meeting(let event):
            receive(event, &state, data)
            return []
        case .snapBack:
            guard case .following(var follow) = state.meeting else {
                state.message = state.tr(.meetingNotFollowing)
                return []
            }
            follow.lookingAround = false
            state.meeting = .following(follow)
            if let latest = follow.latest { show(latest, &state, data) }
            return []
        default:
            return nil
        }
    }

    static func receive(_ event: MeetingEvent, _ state: inout AppState, _ data: DashboardData) {
        switch event {
        case .role(let role): state.meeting = role
        case .followers(let n):
            if case .presenting(let name, _) = state.meeting { state.meeting = .presenting(name: name, followers: n) }
        case .connected(let up):
            guard case .following(var follow) = state.meeting else { return }
            follow.connected = up
            state.meeting = .following(follow)
        case .ownData(let hash):
            guard case .following(var follow) = state.meeting else { return }
            follow.ownData = hash
            state.meeting = .following(follow)
        case .state(let shared):
            guard case .following(var follow) = state.meeting else { return }
            follow.latest = shared
            follow.connected = true
            state.meeting = .following(follow)
            if !follow.lookingAround { show(shared, &state, data) }
        }
    }

    /// Puts the presenter's place into `state`, as far as this follower's data has it; what it
    /// lacks is named on the banner. Cursors follow from the place (the layout pass that runs
    /// after every update scrolls each list so its selected row shows).
    static func show(_ shared: MeetingState, _ state: inout AppState, _ data: DashboardData) {
        guard case .following(var follow) = state.meeting else { return }
        var missing: [String] = []
        if let screen = ScreenID(rawValue: shared.screen), screen != .help {
            // Help stays open over the presenter's screen, which it returns to.
            if state.screen == .help { state.beforeHelp = screen } else { state.screen = screen }
        }
        if data.unit(shared.unit) != nil { state.province = shared.unit } else { missing.append(shared.unit) }
        if let month = Period(shared.month) { state.month = month }
        if data.indicator(shared.indicator) != nil { state.indicator = shared.indicator } else { missing.append(shared.indicator) }
        if let basis = Basis(rawValue: shared.basis) { state.basis = basis }
        if let focus = Focus(rawValue: shared.focus) { state.focus = focus }
        state.panel = max(0, min(shared.panel, max(0, data.panels.count - 1)))
        if let level = CompareLevel(rawValue: shared.compareLevel) { state.compareLevel = level }
        if let sort = CompareColumn(rawValue: shared.compareSort) { state.compareSort = sort }
        if let column = CompareColumn(rawValue: shared.compareColumn) { state.compareColumn = column }
        state.compareAscending = shared.compareAscending
        if let row = data.resolutions.firstIndex(where: { $0.id == shared.resolution }) {
            state.resolution = shared.resolution
            state.resolutionList.selected = row
        } else if !shared.resolution.isEmpty {
            missing.append(shared.resolution)
        }
        state.items.selected = shared.itemRow
        state.itemOpen = shared.itemOpen
        state.search = nil
        state.monthPrompt = nil
        CompareUpdate.select(shared.compareUnit ?? state.province, &state, data)
        follow.missing = missing.isEmpty ? nil : missing.joined(separator: ", ")
        state.meeting = .following(follow)
    }

    /// Actions that come from the user (keys, mouse), not from the socket, a reload or the terminal.
    static func isOwnMove(_ action: Action) -> Bool {
        switch action {
        case .meeting, .snapBack, .resize, .setMessage, .dataReloaded, .reloadFailed, .redraw: return false
        default: return true
        }
    }

    /// After a user's action: a follower that now shows another place than the presenter's is
    /// looking around (its banner says so, and the presenter's states wait for `f`).
    static func noteLookingAround(before: AppState, _ state: inout AppState, _ data: DashboardData) {
        guard case .following(var follow) = state.meeting, !follow.lookingAround else { return }
        let was = MeetingState(before, data, meeting: "", dataHash: "")
        let now = MeetingState(state, data, meeting: "", dataHash: "")
        guard !was.samePlace(as: now) else { return }
        follow.lookingAround = true
        state.meeting = .following(follow)
    }
}
