import ChisoCore

/// Going to a screen and coming back: the history stack for Back.
enum Navigation {
    static func push(_ state: inout AppState) {
        state.history.append(state.place)
        if state.history.count > AppState.historyLimit { state.history.removeFirst(state.history.count - AppState.historyLimit) }
    }

    static func go(_ state: inout AppState, to screen: ScreenID, _ data: DashboardData) {
        if state.screen == .help {
            state.screen = state.beforeHelp ?? .overview
        }
        guard screen != state.screen else { return }
        push(&state)
        state.screen = screen
        switch screen {
        case .overview: state.focus = .provinces
        case .compare:
            state.focus = .table
            if data.unit(state.province)?.level == .commune, state.compareLevel == .provinces { state.compareLevel = .communesOfProvince }
            // The selected unit's row, scrolled into view from the top.
            if let i = CompareTable.rows(state, data).rows.firstIndex(where: { $0.unit.id == state.province }) {
                state.compare = Cursor(selected: i, offset: 0)
            }
        case .detail:
            state.focus = .table
            state.provenanceOpen = false
        case .resolutions:
            state.focus = .list
            if data.resolution(state.resolution) == nil, let first = data.resolutions.first { state.resolution = first.id }
        case .help: break
        }
    }

    static func back(_ state: inout AppState, _ data: DashboardData) {
        if state.screen == .help {
            state.screen = state.beforeHelp ?? .overview
            return
        }
        guard let place = state.history.popLast() else {
            state.message = state.tr(.messageNothingToGoBackTo)
            return
        }
        state.screen = place.screen
        state.province = place.province
        state.month = place.month
        state.indicator = place.indicator
        state.resolution = place.resolution
        state.focus = place.focus
    }
}
