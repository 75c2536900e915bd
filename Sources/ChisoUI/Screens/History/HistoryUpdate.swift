import ChisoCore

/// `H` on a figure: its history over the screen; ↑ ↓ choose a value, Enter reverts to it (a new
/// entry: the journal is never changed), Esc or `H` closes.
enum HistoryUpdate {
    /// The effects when the history took the action, nil when the action goes on.
    static func update(_ state: inout AppState, _ action: Action, _ data: DashboardData) -> [Effect]? {
        if case .showHistory = action, state.figureHistory == nil {
            open(&state, data)
            return []
        }
        guard var history = state.figureHistory else { return nil }
        let model = HistoryModel(history, data)
        switch action {
        case .up: history.selected = max(0, history.selected - 1)
        case .down: history.selected = min(max(0, model.lines.count - 1), history.selected + 1)
        case .showHistory, .back:
            state.figureHistory = nil
            return []
        case .drillDown:
            guard model.lines.indices.contains(history.selected) else { return [] }
            let line = model.lines[history.selected]
            if line.isShown {
                state.message = state.tr(.historyAlreadyShown)
                return []
            }
            guard state.entryAvailability.isWritable else {
                state.message = state.tr(.formReadOnly)
                return []
            }
            let who = line.source.enteredBy ?? line.source.shortLabel(state.language)
            // When, in the session's words: the time it was entered, else the publication's day.
            let when = line.source.enteredAt.map { Words.enteredTime($0, state.language) }
                ?? line.source.published.map { Words.shortDate($0, state.language) } ?? ""
            let note = state.tr(.historyRevertNote, who, when)
            state.figureHistory = nil
            return [.saveEntry(model.revert(line, history, unit: data.indicator(history.indicator)?.unit ?? "", note: note))]
        case .resize, .setMessage, .reloadFailed, .dataReloaded, .redraw, .quit, .reload, .entrySaved, .entrySaveFailed: return nil
        default: break
        }
        state.figureHistory = history
        return []
    }

    /// The figure under the cursor: the Overview's selected panel, Compare's row, Detail's month.
    static func open(_ state: inout AppState, _ data: DashboardData) {
        var province = state.province, month = state.month, indicator = state.indicator
        switch state.screen {
        case .overview where state.focus == .quarterly:
            // The GRDP box: the quarter it shows.
            if let box = data.quarterlyPanels.first, let ind = data.indicator(box.primary), let unit = data.unit(province) {
                indicator = ind.id
                month = data.analytics.latestQuarter(unit: unit, indicator: ind, endingBy: month)?.period ?? month.latestQuarterEnded
            }
        case .overview:
            if data.panels.indices.contains(state.panel) { indicator = data.panels[state.panel].primary }
        case .compare:
            province = CompareTable.unitAtCursor(state, data) ?? province
        case .detail:
            let periods = DetailMonths.periods(state, data)
            if periods.indices.contains(state.detail.selected) { month = periods[state.detail.selected] }
        default: break
        }
        // A quarter has no month basis: its single-period figure is the quarter alone.
        let basis = month.isQuarter && state.basis == .month ? Basis.quarter : state.basis
        let history = HistoryState(province: province, month: month, indicator: indicator, basis: basis)
        if HistoryModel(history, data).lines.isEmpty {
            state.message = state.tr(.historyNoFigure)
            return
        }
        state.figureHistory = history
    }
}
