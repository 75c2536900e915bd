import ChisoCore

/// The search prompt (`/`), its results and `n` / `N`.
enum SearchUpdate {
    static func update(_ state: inout AppState, _ action: Action, _ data: DashboardData) {
        switch action {
        case .startSearch:
            state.search = SearchState()
        case .searchInput(let c):
            var s = state.search ?? SearchState()
            s.query.append(c)
            s.matches = data.search(s.query)
            s.index = 0
            state.search = s
        case .searchDelete:
            guard var s = state.search else { return }
            if s.query.isEmpty { state.search = nil } else {
                s.query.removeLast()
                s.matches = data.search(s.query)
                s.index = 0
                state.search = s
            }
        case .searchCancel:
            state.search = nil
        case .searchCommit:
            guard var s = state.search else { return }
            state.search = nil
            if s.query.isEmpty { return }
            guard s.index < s.matches.count else {
                state.message = state.tr(.searchNothingMatches1, "\(s.query)")
                return
            }
            s.editing = false
            state.lastSearch = s
            apply(s.matches[s.index], &state, data, count: s.matches.count, position: s.index)
        case .nextMatch: step(&state, 1, data)
        case .previousMatch: step(&state, -1, data)
        default: break
        }
    }

    /// Goes to a match: a unit is selected (and ranked on Compare), an indicator opens in Detail,
    /// a resolution on the Resolutions screen.
    static func apply(_ match: SearchMatch, _ state: inout AppState, _ data: DashboardData, count: Int, position: Int) {
        let where_ = count > 1 ? (" " + state.tr(.searchMatch12NFor, "\(position + 1)", "\(count)")) : ""
        switch match.kind {
        case .province, .commune:
            if state.screen == .help { state.screen = state.beforeHelp ?? .overview }
            state.province = match.id
            if state.screen == .compare {
                // A commune is ranked among the communes of its province; a province among the provinces.
                if match.kind == .commune, CompareTable.level(state, data) == .provinces { state.compareLevel = .communesOfProvince }
                if match.kind == .province { state.compareLevel = .provinces }
                CompareUpdate.select(match.id, &state, data)
            }
        case .indicator:
            state.indicator = match.id
            if let p = data.panels.firstIndex(where: { $0.shows(match.id) }) { state.panel = p }
            if state.screen != .compare { Navigation.go(&state, to: .detail, data) }
        case .resolution:
            state.resolution = match.id
            Navigation.go(&state, to: .resolutions, data)
            state.focus = .list
        }
        state.message = match.label(state.language) + where_
    }

    /// `n` / `N`: the next or previous result, in the prompt while typing, else of the last search.
    static func step(_ state: inout AppState, _ delta: Int, _ data: DashboardData) {
        if var s = state.search, s.editing {
            if !s.matches.isEmpty { s.index = ((s.index + delta) % s.matches.count + s.matches.count) % s.matches.count }
            state.search = s
            return
        }
        guard var s = state.lastSearch, !s.matches.isEmpty else {
            state.message = state.tr(.searchNoSearchYetPressTo)
            return
        }
        s.index = ((s.index + delta) % s.matches.count + s.matches.count) % s.matches.count
        state.lastSearch = s
        apply(s.matches[s.index], &state, data, count: s.matches.count, position: s.index)
    }
}
