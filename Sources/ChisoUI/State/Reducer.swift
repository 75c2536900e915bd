import ChisoCore

/// The pure update function: `reduce(&state, action, data)` changes the state and returns the
/// effects the runner must carry out. No I/O, no clock, no randomness.
///
/// It only dispatches: the problems overlay, when open, takes the keys it uses; then the current
/// screen's update (`OverviewUpdate`, `CompareUpdate`, …) takes what means something on that
/// screen; `GlobalUpdate` takes the rest. After every update the layout pass measures the frame.
public enum Reducer {
    /// Turns a key into an action through the key table, then reduces it.
    @discardableResult
    public static func handle(_ key: Key, _ state: inout AppState, _ data: DashboardData) -> [Effect] {
        guard let action = Keymap.action(for: key, in: state.keyMode) else {
            if state.keyMode == .global, case .char(let c) = key, c != " " {
                state.message = state.tr(.messageKey1IsNotBound, "\(c)")
            }
            return []
        }
        return reduce(&state, action, data)
    }

    @discardableResult
    public static func reduce(_ state: inout AppState, _ action: Action, _ data: DashboardData) -> [Effect] {
        switch action {
        case .resize, .setMessage, .reloadFailed, .redraw, .meeting: break
        default: state.message = nil
        }
        // A follower's own move is noticed by comparing the shared place before and after.
        let before = state.meeting != nil && MeetingUpdate.isOwnMove(action) ? state : nil
        let effects: [Effect]
        if let handled = MeetingUpdate.update(&state, action, data) {
            effects = handled
        } else if let handled = ItemFormUpdate.update(&state, action, data) {
            effects = handled
        } else if let handled = EntryFormUpdate.update(&state, action, data) {
            effects = handled
        } else if let handled = ItemHistoryUpdate.update(&state, action, data) {
            effects = handled
        } else if let handled = HistoryUpdate.update(&state, action, data) {
            effects = handled
        } else if state.problemsOpen, let handled = ProblemsUpdate.update(&state, action) {
            effects = handled
        } else if let handled = screenUpdate(&state, action, data) {
            effects = handled
        } else {
            effects = GlobalUpdate.update(&state, action, data)
        }
        LayoutPass.run(&state, data)
        if let before { MeetingUpdate.noteLookingAround(before: before, &state, data) }
        return effects
    }

    /// The current screen's update; nil when the action means the same on every screen.
    static func screenUpdate(_ state: inout AppState, _ action: Action, _ data: DashboardData) -> [Effect]? {
        switch state.screen {
        case .overview: return OverviewUpdate.update(&state, action, data)
        case .compare: return CompareUpdate.update(&state, action, data)
        case .detail: return DetailUpdate.update(&state, action, data)
        case .resolutions: return ResolutionsUpdate.update(&state, action, data)
        case .help: return HelpUpdate.update(&state, action, data)
        }
    }

    /// Moves the current screen's cursor by `delta` rows (0: only keeps it valid).
    static func move(_ state: inout AppState, _ delta: Int, _ data: DashboardData) {
        switch state.screen {
        case .overview: OverviewUpdate.move(&state, delta, data)
        case .compare: CompareUpdate.move(&state, delta, data)
        case .detail: DetailUpdate.move(&state, delta, data)
        case .resolutions: ResolutionsUpdate.move(&state, delta, data)
        case .help: HelpUpdate.move(&state, delta)
        }
    }

    /// `i` moved inside `0..<count` (0 for an empty list).
    static func clampIndex(_ i: Int, _ count: Int) -> Int { LayoutPass.clampIndex(i, count) }
}
