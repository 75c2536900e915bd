import ChisoCore

/// What keys do on Help: scroll the key table; Enter closes it.
enum HelpUpdate {
    /// The effects when the action means something here, nil when it goes to the global update.
    static func update(_ state: inout AppState, _ action: Action, _ data: DashboardData) -> [Effect]? {
        let lines = state.layout.help?.lines ?? HelpLayout(FrameLayout.body(state.size), state).lines
        if let delta = ListMove.delta(action, page: lines.page) {
            move(&state, delta)
            return []
        }
        switch action {
        case .focusNext, .focusPrevious, .click: break
        case .drillDown: state.screen = state.beforeHelp ?? .overview
        default: return nil
        }
        return []
    }

    /// Scrolls by `delta` lines, within the table.
    static func move(_ state: inout AppState, _ delta: Int) {
        let lines = state.layout.help?.lines ?? HelpLayout(FrameLayout.body(state.size), state).lines
        state.helpOffset = max(0, min(lines.lastFirst, state.helpOffset + delta))
    }
}
