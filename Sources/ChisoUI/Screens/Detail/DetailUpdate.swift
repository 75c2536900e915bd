import ChisoCore

/// What keys do on the Detail screen: the rows are months, so moving is a month step; Enter opens
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
        if let delta = ListMove.delta(action, page: pageMonths) {
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

    static func move(_ state: inout AppState, _ delta: Int, _ data: DashboardData) {
        GlobalUpdate.moveMonth(&state, max(-longestStep, min(longestStep, delta)), data)
    }
}
