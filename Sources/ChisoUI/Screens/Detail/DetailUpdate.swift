import ChisoCore

/// What keys do on the Detail screen: the rows are months (quarters for a quarterly indicator), so
/// moving is a month (quarter) step; Enter opens
/// the whole provenance of the month's figures, which the moving keys then scroll and Esc closes.
enum DetailUpdate {
    /// Page Up / Page Down: a year.
    static let pageMonths = 12
    /// The longest step one key takes (`g` / `G`, a fast wheel): two years, the table's length.
    static let longestStep = DetailMonths.count

    /// The effects when the action means something here, nil when it goes to the global update.
    static func update(_ state: inout AppState, _ action: Action, _ data: DashboardData) -> [Effect]? {
        if state.provenanceOpen, let text = state.layout.detail?.provenanceText,
           let delta = ListMove.delta(action, page: text.page) {
            state.textScroll += delta
            return []
        }
        let quarterly = DetailMonths.isQuarterly(state, data)
        if let delta = ListMove.delta(action, page: quarterly ? pageMonths / 3 : pageMonths) {
            move(&state, delta, data)
            return []
        }
        switch action {
        case .focusNext, .focusPrevious, .click: break
        case .drillDown:
            if state.provenanceOpen {
                state.message = state.tr(.detailThisIsTheMostDetailed)
            } else {
                state.provenanceOpen = true
                state.textScroll = 0
            }
        case .back:
            guard state.provenanceOpen else { return nil }
            state.provenanceOpen = false
        default: return nil
        }
        return []
    }

    /// Moves `delta` rows: months, or for a quarterly indicator quarters (to the quarter's last
    /// month, so the row selected is the quarter moved to).
    static func move(_ state: inout AppState, _ delta: Int, _ data: DashboardData) {
        guard DetailMonths.isQuarterly(state, data) else {
            GlobalUpdate.moveMonth(&state, max(-longestStep, min(longestStep, delta)), data)
            return
        }
        let rows = max(-DetailMonths.quarterCount, min(DetailMonths.quarterCount, delta))
        guard rows != 0 else { return }  // a clamp after a resize or a reload keeps the month
        let target = DetailMonths.selected(state, data).lastMonth.advanced(by: 3 * rows)
        GlobalUpdate.moveMonth(&state, target.ordinal - state.month.ordinal, data)
    }
}
